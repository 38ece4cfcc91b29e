/**
 * Confusable folding with an offset map back to the original text.
 *
 * `foldText(text)` returns a lower-cased "skeleton" of the text in which
 *  - zero-width / invisible format characters are removed,
 *  - compatibility forms are NFKC-folded (fullwidth `ｔ.ｍｅ` → `t.me`, `①` → `1`),
 *  - diacritics are stripped from Latin letters (`cásino` → `casino`),
 *  - inside a word that mixes scripts (`Теlegram`, `Кpиптa`, `WһatsАрp`), the lookalike
 *    letters of the minority script are replaced by their twin in the majority script.
 *
 * `start[i]` / `end[i]` give the UTF-16 range in the ORIGINAL text of folded char `i`,
 * so a match `[a, b)` in the folded string is `[start[a], end[b - 1])` in the original.
 *
 * Pure module: no I/O, no Strapi.
 */

export interface Folded {
  /** Folded, lower-cased text. */
  s: string;
  /** Original UTF-16 start of each folded char; `null` = identity (same length, same offsets). */
  start: Int32Array | null;
  /** Original UTF-16 end (exclusive) of each folded char; `null` = identity. */
  end: Int32Array | null;
  /** True when at least one mixed-script word was folded (a disguise signal). */
  mixedWords: Array<{ from: number; to: number }>;
}

/** Invisible characters that are dropped entirely. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Cyrillic / Greek lookalikes of Latin letters (lower case; input is already lower-cased). */
const TO_LATIN: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ь: 'b', г: 'r',
  п: 'n', и: 'u', д: 'd',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ζ: 'z', σ: 'o', ς: 'c',
};

/** Latin lookalikes of Cyrillic letters. */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  u: 'и', n: 'п', r: 'г',
};

const enum Script {
  Other = 0,
  Latin = 1,
  Cyrillic = 2,
  Greek = 3,
}

function scriptOf(code: number): Script {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return Script.Latin;
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return Script.Latin;
  if (code >= 0x400 && code <= 0x52f) return Script.Cyrillic;
  if (code >= 0x370 && code <= 0x3ff) return Script.Greek;
  return Script.Other;
}

const foldCache = new Map<number, string>();
const COMBINING = /[\u0300-\u036f]/g;

/** Fold one non-ASCII code point (cached). */
function foldCodePoint(cp: number): string {
  let r = foldCache.get(cp);
  if (r !== undefined) return r;
  const ch = String.fromCodePoint(cp);
  let n = ch.normalize('NFKC');
  // strip diacritics from Latin letters only (keep й, ё … intact for Russian)
  if (n.length > 0) {
    const c0 = n.charCodeAt(0);
    if ((c0 >= 0xc0 && c0 <= 0x24f) || (c0 >= 0x1e00 && c0 <= 0x1eff)) {
      n = n.normalize('NFD').replace(COMBINING, '').normalize('NFC');
    }
  }
  n = n.toLowerCase();
  if (foldCache.size < 50_000) foldCache.set(cp, n);
  return n;
}

/**
 * BMP fast table: 0 = not computed yet, 0xFFFF = complex (use foldCodePoint),
 * 0xFFFE = invisible (dropped), anything else = the single folded UTF-16 unit.
 */
const BMP = new Uint16Array(0x10000);
const T_COMPLEX = 0xffff;
const T_DROP = 0xfffe;

function bmpFold(c: number): number {
  let v = BMP[c];
  if (v !== 0) return v;
  if (c >= 0xd800 && c <= 0xdfff) v = T_COMPLEX;
  else if (isInvisible(c)) v = T_DROP;
  else {
    const f = foldCodePoint(c);
    v = f.length === 1 && f.charCodeAt(0) < T_DROP && f.charCodeAt(0) !== 0 ? f.charCodeAt(0) : T_COMPLEX;
  }
  BMP[c] = v;
  return v;
}

let scratchCodes = new Uint16Array(1024);
let scratchStart = new Int32Array(1024);
let scratchEnd = new Int32Array(1024);
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Invisible characters, Latin letters with diacritics, surrogates (lone or not, handled per code point). */
const NEEDS_SLOW =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0d\ufeff\uffa0\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
/** A lone (unpaired) surrogate. */
const LONE_SURROGATE = /\p{Surrogate}/u;
const ANY_SURROGATE = /[\ud800-\udfff]/;
const HAS_LATIN = /[a-z]/;
const HAS_CYR_GREEK = /[\u0370-\u052f]/;

function ensure(cap: number): void {
  if (cap <= scratchCodes.length) return;
  let n = scratchCodes.length;
  while (n < cap) n *= 2;
  const c = new Uint16Array(n);
  c.set(scratchCodes);
  scratchCodes = c;
  const s = new Int32Array(n);
  s.set(scratchStart);
  scratchStart = s;
  const e = new Int32Array(n);
  e.set(scratchEnd);
  scratchEnd = e;
}

function codesToString(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Fold `text` (see module doc). Never throws, even on lone surrogates. */
export function foldText(text: string): Folded {
  const len = text.length;
  // ASCII: lower case, identity offsets, no invisible characters, a single script.
  if (ASCII_ONLY.test(text)) {
    return { s: text.toLowerCase(), start: null, end: null, mixedWords: [] };
  }
  // Common non-ASCII case (Cyrillic / CJK / emoji text without disguises): nothing to
  // remove or decompose, so lower-casing keeps the offsets and the native calls do it all.
  if (!NEEDS_SLOW.test(text) && !(ANY_SURROGATE.test(text) && LONE_SURROGATE.test(text)) && text.normalize('NFKC') === text) {
    const lower = text.toLowerCase();
    if (lower.length === len) {
      const mixedWords: Array<{ from: number; to: number }> = [];
      let s = lower;
      if (HAS_LATIN.test(lower) && HAS_CYR_GREEK.test(lower)) s = foldMixedScriptWords(lower, mixedWords);
      return { s, start: null, end: null, mixedWords };
    }
  }
  ensure(len * 2 + 16);
  let codes = scratchCodes;
  let start = scratchStart;
  let end = scratchEnd;
  let n = 0;
  let sawLatin = false;
  let sawOther = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      let o = c;
      if (c >= 0x41 && c <= 0x5a) {
        o = c + 32;
        sawLatin = true;
      } else if (c >= 0x61 && c <= 0x7a) sawLatin = true;
      codes[n] = o;
      start[n] = i;
      end[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const v = bmpFold(c);
    if (v === T_DROP) {
      i++;
      continue;
    }
    if (v !== T_COMPLEX) {
      if (v >= 0x370 && v <= 0x52f) sawOther = true;
      else if (v >= 0x61 && v <= 0x24f) sawLatin = true;
      codes[n] = v;
      start[n] = i;
      end[n] = i + 1;
      n++;
      i++;
      continue;
    }
    // complex: astral code point, lone surrogate, or a multi-unit fold
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    let piece: string;
    if (cp >= 0xd800 && cp <= 0xdfff) piece = text[i]; // lone surrogate kept as is
    else if (isInvisible(cp)) {
      i += w;
      continue;
    } else if (cp >= 0x1f000 && cp <= 0x1faff) piece = text.slice(i, i + w); // emoji: as is
    else piece = foldCodePoint(cp);
    if (n + piece.length + 2 * (len - i) + 16 > codes.length) {
      ensure(n + piece.length + 2 * (len - i) + 16);
      codes = scratchCodes;
      start = scratchStart;
      end = scratchEnd;
    }
    for (let k = 0; k < piece.length; k++) {
      const pc = piece.charCodeAt(k);
      if (pc >= 0x370 && pc <= 0x52f) sawOther = true;
      else if ((pc >= 0x61 && pc <= 0x7a) || (pc >= 0xc0 && pc <= 0x24f)) sawLatin = true;
      codes[n] = pc;
      start[n] = i;
      end[n] = i + w;
      n++;
    }
    i += w;
  }
  let s = codesToString(codes, n);
  const mixedWords: Array<{ from: number; to: number }> = [];
  if (sawLatin && sawOther) s = foldMixedScriptWords(s, mixedWords);
  return { s, start: start.slice(0, n), end: end.slice(0, n), mixedWords };
}

function isWordChar(code: number): boolean {
  return scriptOf(code) !== Script.Other || (code >= 0x30 && code <= 0x39);
}

/** Code-indexed lookalike tables built from TO_LATIN / TO_CYRILLIC. */
const LATIN_OF = new Uint16Array(0x530);
const CYRILLIC_OF = new Uint16Array(0x80);
for (const [k, v] of Object.entries(TO_LATIN)) if (k.charCodeAt(0) < 0x530) LATIN_OF[k.charCodeAt(0)] = v.charCodeAt(0);
for (const [k, v] of Object.entries(TO_CYRILLIC)) CYRILLIC_OF[k.charCodeAt(0)] = v.charCodeAt(0);

function foldMixedScriptWords(s: string, mixed: Array<{ from: number; to: number }>): string {
  let codes: Uint16Array | null = null;
  const len = s.length;
  let i = 0;
  while (i < len) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    let grk = 0;
    while (j < len) {
      const c = s.charCodeAt(j);
      const sc = scriptOf(c);
      if (sc === Script.Latin) lat++;
      else if (sc === Script.Cyrillic) cyr++;
      else if (sc === Script.Greek) grk++;
      else if (!(c >= 0x30 && c <= 0x39)) break;
      j++;
    }
    const scripts = (lat > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0);
    if (scripts > 1) {
      if (!codes) {
        codes = new Uint16Array(len);
        for (let k = 0; k < len; k++) codes[k] = s.charCodeAt(k);
      }
      const toLatin = lat >= cyr + grk || (grk > 0 && cyr === 0);
      let changed = false;
      for (let k = i; k < j; k++) {
        const c = codes[k];
        const sc = scriptOf(c);
        if (toLatin && sc !== Script.Latin) {
          const m = c < 0x530 ? LATIN_OF[c] : 0;
          if (m) {
            codes[k] = m;
            changed = true;
          }
        } else if (!toLatin && sc === Script.Latin) {
          const m = c < 0x80 ? CYRILLIC_OF[c] : 0;
          if (m) {
            codes[k] = m;
            changed = true;
          }
        }
      }
      if (changed) mixed.push({ from: i, to: j });
    }
    i = j;
  }
  return codes ? codesToString(codes, len) : s;
}

/** Map a folded range [a, b) to the original text. */
export function originalSpan(f: Folded, a: number, b: number): { start: number; end: number } {
  const n = f.s.length;
  if (n === 0) return { start: 0, end: 0 };
  const aa = Math.max(0, Math.min(a, n - 1));
  const bb = Math.max(aa + 1, Math.min(b, n));
  if (!f.start || !f.end) return { start: aa, end: bb };
  return { start: f.start[aa], end: f.end[bb - 1] };
}

/** Original UTF-16 index of folded char `i`. */
export function originalIndex(f: Folded, i: number): number {
  const n = f.s.length;
  const k = Math.max(0, Math.min(i, n - 1));
  return f.start ? f.start[k] : k;
}
