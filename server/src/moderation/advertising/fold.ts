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
  /** Original UTF-16 start of each folded char. */
  start: Int32Array;
  /** Original UTF-16 end (exclusive) of each folded char. */
  end: Int32Array;
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

/** Fold `text` (see module doc). Never throws, even on lone surrogates. */
export function foldText(text: string): Folded {
  const len = text.length;
  let out = '';
  // Over-allocate: NFKC may expand a char (e.g. `㎏`), grow if needed.
  let cap = len + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let n = 0;
  let asciiRunStart = -1;

  const push = (piece: string, s: number, e: number) => {
    if (n + piece.length > cap) {
      cap = (n + piece.length) * 2;
      const ns = new Int32Array(cap);
      ns.set(start.subarray(0, n));
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end.subarray(0, n));
      end = ne;
    }
    for (let k = 0; k < piece.length; k++) {
      start[n] = s;
      end[n] = e;
      n++;
    }
    out += piece;
  };

  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // fast path for ASCII runs
      asciiRunStart = i;
      let j = i + 1;
      while (j < len && text.charCodeAt(j) < 0x80) j++;
      const piece = text.slice(asciiRunStart, j).toLowerCase();
      if (n + piece.length > cap) {
        cap = (n + piece.length) * 2;
        const ns = new Int32Array(cap);
        ns.set(start.subarray(0, n));
        start = ns;
        const ne = new Int32Array(cap);
        ne.set(end.subarray(0, n));
        end = ne;
      }
      for (let k = asciiRunStart; k < j; k++) {
        start[n] = k;
        end[n] = k + 1;
        n++;
      }
      out += piece;
      i = j;
      continue;
    }
    // non-ASCII: read a full code point (lone surrogates are kept as-is)
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (isInvisible(cp)) {
      i += w;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      // lone surrogate: keep one code unit, do not normalize
      push(text[i], i, i + 1);
      i += 1;
      continue;
    }
    push(foldCodePoint(cp), i, i + w);
    i += w;
  }

  // Second pass: mixed-script words.
  const mixedWords: Array<{ from: number; to: number }> = [];
  let s = out;
  if (n !== len || hasNonAscii(s)) {
    s = foldMixedScriptWords(out, mixedWords);
  }
  return { s, start: start.subarray(0, n), end: end.subarray(0, n), mixedWords };
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

function isWordChar(code: number): boolean {
  return scriptOf(code) !== Script.Other || (code >= 0x30 && code <= 0x39);
}

function foldMixedScriptWords(s: string, mixed: Array<{ from: number; to: number }>): string {
  let result: string[] | null = null;
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
    while (j < len && isWordChar(s.charCodeAt(j))) {
      const sc = scriptOf(s.charCodeAt(j));
      if (sc === Script.Latin) lat++;
      else if (sc === Script.Cyrillic) cyr++;
      else if (sc === Script.Greek) grk++;
      j++;
    }
    const scripts = (lat > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0);
    if (scripts > 1) {
      if (!result) result = s.split('');
      const toLatin = lat >= cyr + grk || (grk > 0 && cyr === 0);
      let changed = false;
      for (let k = i; k < j; k++) {
        const ch = s[k];
        const sc = scriptOf(s.charCodeAt(k));
        if (toLatin && sc !== Script.Latin) {
          const m = TO_LATIN[ch];
          if (m && m.length === 1) {
            result[k] = m;
            changed = true;
          }
        } else if (!toLatin && sc === Script.Latin) {
          const m = TO_CYRILLIC[ch];
          if (m) {
            result[k] = m;
            changed = true;
          }
        }
      }
      if (changed) mixed.push({ from: i, to: j });
    }
    i = j;
  }
  return result ? result.join('') : s;
}

/** Map a folded range [a, b) to the original text. */
export function originalSpan(f: Folded, a: number, b: number): { start: number; end: number } {
  if (f.start.length === 0) return { start: 0, end: 0 };
  const aa = Math.max(0, Math.min(a, f.start.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, f.end.length));
  return { start: f.start[aa], end: f.end[bb - 1] };
}
