/**
 * Text normalization for matching, with a map back to the original offsets.
 *
 * Pure module (no Strapi). Two layers:
 *
 * 1. `normalizeForMatch(text)` — the base view, per code point:
 *    NFKC (fullwidth → ASCII, ligatures, …) → lower case → NFD + drop combining marks
 *    (diacritics: fück → fuck, ё → е, й → и) → drop invisible format characters
 *    (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls, variation
 *    selectors). Lone surrogates become U+FFFD. `map[i]` is the UTF-16 index in the
 *    original text of the code point that produced normalized char `i`. Idempotent.
 *
 * 2. Character classes and script folds used by the obscenity matcher (confusables
 *    both ways: toward Latin for the Latin view, toward Cyrillic for the Cyrillic view;
 *    leetspeak digits and symbols). These are table lookups, built once.
 */

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** `map[i]` = index in the original text of the code point that produced `text[i]`. */
  map: Int32Array;
}

/** Scratch result of {@link normalizeInto}; buffers are reused between calls. */
export interface NormBuffer {
  codes: Uint16Array;
  map: Int32Array;
  length: number;
}

const INVISIBLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f,
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061,
  0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e,
  0x206f, 0x3164, 0xfeff, 0xffa0,
]);

const RE_MARK = /\p{M}/gu;
const RE_FORMAT = /\p{Cf}/u;

/** One step of the per-code-point fold. */
function foldStep(cp: number): string {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd';
  if (INVISIBLE.has(cp)) return '';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xe0000 && cp <= 0xe007f)) return '';
  const ch = String.fromCodePoint(cp);
  if (RE_FORMAT.test(ch)) return '';
  let s = ch.normalize('NFKC').toLowerCase();
  if (s === 'ß') s = 'ss';
  s = s.normalize('NFD').replace(RE_MARK, '');
  let out = '';
  for (const c of s) {
    const p = c.codePointAt(0)!;
    if (INVISIBLE.has(p) || RE_FORMAT.test(c)) continue;
    out += c;
  }
  return out;
}

const foldCache = new Map<number, string>();

/** The fold of one code point, iterated to a fixpoint so that normalization is idempotent. */
export function foldCodePoint(cp: number): string {
  const hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  let cur = foldStep(cp);
  for (let iter = 0; iter < 4; iter++) {
    let next = '';
    for (const c of cur) next += foldStep(c.codePointAt(0)!);
    if (next === cur) break;
    cur = next;
  }
  foldCache.set(cp, cur);
  return cur;
}

/** Fast table for the BMP: -1 = not computed; -2 = multi-char/empty (see cache); else the single output code unit. */
const single = new Int32Array(0x10000).fill(-1);
for (let c = 0; c < 0x80; c++) single[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;

function grow(buf: NormBuffer, need: number): void {
  if (need <= buf.codes.length) return;
  let cap = buf.codes.length * 2 || 64;
  while (cap < need) cap *= 2;
  const codes = new Uint16Array(cap);
  codes.set(buf.codes.subarray(0, buf.length));
  const map = new Int32Array(cap);
  map.set(buf.map.subarray(0, buf.length));
  buf.codes = codes;
  buf.map = map;
}

export function createNormBuffer(capacity = 256): NormBuffer {
  return { codes: new Uint16Array(capacity), map: new Int32Array(capacity), length: 0 };
}

/** Normalize `text` into a reusable buffer (no string is built). Linear time. */
export function normalizeInto(text: string, buf: NormBuffer): NormBuffer {
  const n = text.length;
  buf.length = 0;
  grow(buf, n + 16);
  let codes = buf.codes;
  let map = buf.map;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) {
      let s = single[c];
      if (s === -1) {
        const f = foldCodePoint(c);
        s = f.length === 1 ? f.charCodeAt(0) : -2;
        single[c] = s;
      }
      if (s >= 0) {
        if (len >= codes.length) {
          buf.length = len;
          grow(buf, len + 1);
          codes = buf.codes;
          map = buf.map;
        }
        codes[len] = s;
        map[len++] = i;
        continue;
      }
      const f = foldCodePoint(c);
      if (len + f.length > codes.length) {
        buf.length = len;
        grow(buf, len + f.length + 16);
        codes = buf.codes;
        map = buf.map;
      }
      for (let k = 0; k < f.length; k++) {
        codes[len] = f.charCodeAt(k);
        map[len++] = i;
      }
      continue;
    }
    // surrogates
    let cp = 0xfffd;
    let width = 1;
    if (c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = width === 2 ? foldCodePoint(cp) : '\ufffd';
    if (len + f.length > codes.length) {
      buf.length = len;
      grow(buf, len + f.length + 16);
      codes = buf.codes;
      map = buf.map;
    }
    for (let k = 0; k < f.length; k++) {
      codes[len] = f.charCodeAt(k);
      map[len++] = i;
    }
    i += width - 1;
  }
  buf.length = len;
  return buf;
}

function codesToString(codes: Uint16Array, len: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * The base normalized view used for matching: NFKC, lower case, diacritics and invisible
 * characters removed. `map[i]` is the original UTF-16 index of normalized char `i`.
 */
export function normalizeForMatch(text: string): NormalizedText {
  const buf = normalizeInto(typeof text === 'string' ? text : String(text ?? ''), createNormBuffer(text?.length ?? 0));
  return { text: codesToString(buf.codes, buf.length), map: buf.map.slice(0, buf.length) };
}

/** UTF-16 end offset (exclusive) in `original` of the code point starting at `index`. */
export function codePointEnd(original: string, index: number): number {
  const c = original.charCodeAt(index);
  if (c >= 0xd800 && c <= 0xdbff && index + 1 < original.length) {
    const d = original.charCodeAt(index + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return index + 2;
  }
  return Math.min(index + 1, original.length);
}

// ---------------------------------------------------------------------------
// Character classes (on normalized text)
// ---------------------------------------------------------------------------

export enum CharClass {
  Unknown = 0,
  Space = 1,
  Latin = 2,
  /** Russian Cyrillic letters а–я (after folding: no ё/й), ъ, ь. */
  Cyr = 3,
  /** Other Cyrillic letters, many of them Latin look-alikes (ѕ һ і ј ԁ ԛ ԝ ү ӏ …). */
  CyrX = 4,
  Digit = 5,
  /** Symbols used as letters in leetspeak: @ $ ! | ( € ¢ £ ¥ */
  Leet = 6,
  /** Masking characters: * # */
  Mask = 7,
  Cjk = 8,
  Greek = 9,
  /** Letters of other scripts (word characters, but no view). */
  OtherLetter = 10,
  /** Punctuation, symbols, emoji: separators that may sit inside a disguised word. */
  Soft = 11,
  /** Sentence punctuation that also breaks a CJK run: , ! ? ; : 。 、 and line breaks. */
  Stop = 12,
}

const RE_SPACE = /\s/u;
const RE_LETTER = /\p{L}/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_CYR = /\p{Script=Cyrillic}/u;
const RE_GREEK = /\p{Script=Greek}/u;
const RE_HAN = /\p{Script=Han}/u;
const RE_NUMBER = /\p{N}/u;

/** Lazily filled class table (0 = not computed yet); read it directly in hot loops, fall back to charClass(). */
export const CLASS_TABLE = new Uint8Array(0x10000);
const classTable = CLASS_TABLE;

function computeClass(c: number): CharClass {
  if (c === 0x2a || c === 0x23) return CharClass.Mask;
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if (c >= 0x61 && c <= 0x7a) return CharClass.Latin;
  if (c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0x3001 || c === 0xff61 || c === 0xff64 || c === 0x2028 || c === 0x2029) return CharClass.Stop;
  if (c === 0x27 || c === 0x2019 || c === 0x60 || c === 0x2bc) return CharClass.Space; // apostrophes: don't join who're
  if (c === 0x21) return CharClass.Leet; // '!' is a letter inside words, a Stop for CJK (handled there)
  if (c === 0x40 || c === 0x24 || c === 0x7c || c === 0x28 || c === 0x20ac || c === 0xa2 || c === 0xa3 || c === 0xa5) return CharClass.Leet;
  if (c >= 0x430 && c <= 0x44f) return CharClass.Cyr;
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Soft;
  const ch = String.fromCharCode(c);
  if (RE_SPACE.test(ch)) return CharClass.Space;
  if (RE_HAN.test(ch) || (c >= 0x3400 && c <= 0x9fff) || c === 0x3007) return CharClass.Cjk;
  if (RE_LETTER.test(ch)) {
    if (RE_LATIN.test(ch)) return CharClass.Latin;
    if (RE_CYR.test(ch)) return CharClass.CyrX;
    if (RE_GREEK.test(ch)) return CharClass.Greek;
    return CharClass.OtherLetter;
  }
  if (RE_NUMBER.test(ch)) return CharClass.Soft;
  return CharClass.Soft;
}

export function charClass(c: number): CharClass {
  let k = classTable[c];
  if (k === 0) {
    k = computeClass(c);
    classTable[c] = k;
  }
  return k as CharClass;
}

// ---------------------------------------------------------------------------
// Script folds (views). Output code 0 = "no letter" (breaks a match).
// ---------------------------------------------------------------------------

/** Symbol used for a masking character in both views. */
export const MASK = 0x2a; // '*'
/** Symbol separating adjacent words inside a stream (phrases may contain it). */
export const SEP = 0x20; // ' '
/** Symbol that never occurs in a pattern. */
export const BREAK = 0x01;

function pairs(table: Uint16Array, spec: string): void {
  // spec: "ab cd" → a maps to b, c maps to d
  for (const pair of spec.split(/\s+/)) {
    if (!pair) continue;
    const cps = Array.from(pair);
    table[cps[0].codePointAt(0)!] = cps[1].codePointAt(0)!;
  }
}

/** Latin view: letters and look-alikes → a–z. */
export const LAT_FOLD = new Uint16Array(0x10000);
/** Latin view, leetspeak digits (used only when the word has enough real letters). */
export const LAT_LEET_DIGIT = new Uint16Array(0x10000);
/** Cyrillic view: letters and look-alikes → а–я (ё→е, й→и, ъ→ь). */
export const CYR_FOLD = new Uint16Array(0x10000);
export const CYR_LEET_DIGIT = new Uint16Array(0x10000);

for (let c = 0x61; c <= 0x7a; c++) LAT_FOLD[c] = c;
for (let c = 0x30; c <= 0x39; c++) {
  LAT_FOLD[c] = c;
  CYR_FOLD[c] = c;
}
LAT_FOLD[MASK] = MASK;
CYR_FOLD[MASK] = MASK;
LAT_FOLD[0x23] = MASK;
CYR_FOLD[0x23] = MASK;
// Latin extended leftovers (after diacritic stripping) and look-alikes.
pairs(LAT_FOLD, 'øo łl đd ħh ıi ȷj ŀl ƀb ɨi ʉu ɵo ǝe ɑa ɡg ʋv ʏy ꞵb ſs');
// Cyrillic look-alikes → Latin.
pairs(LAT_FOLD, 'аa вb сc еe һh іi јj кk мm нh оo рp ѕs тt уy хx ԁd ԛq ԝw үy ӏl ьb гr пn иu ѵv ӡz ɜ3 ђh ћh ӑa ӓa');
// Greek look-alikes → Latin.
pairs(LAT_FOLD, 'αa βb γy εe ζz ηn ιi κk νv οo ρp σo ςs τt υu φf χx ψw ωw μu');
// Leet symbols (always letters inside a word).
pairs(LAT_FOLD, '@a $s !i |i (c €e ¢c £l ¥y');
pairs(LAT_LEET_DIGIT, '0o 1i 3e 4a 5s 7t 8b 9g 6b');

for (let c = 0x430; c <= 0x44f; c++) CYR_FOLD[c] = c;
pairs(CYR_FOLD, 'ъь ёе йи');
// Latin look-alikes (and, for letters without a look-alike, transliteration) → Cyrillic.
pairs(CYR_FOLD, 'aа bб cс dд eе fф gг hн iи jи kк lл mм nп oо pр qк rг sс tт uи vв wш xх yу zз');
// Other Cyrillic and Greek look-alikes → Russian letters.
pairs(CYR_FOLD, 'іи їи ѕс һн ји үу ұу ԁд ӏл єе ґг ўу αа οо εе ρр χх υу κк τт νв');
pairs(CYR_FOLD, '@а $с (с !и |и');
pairs(CYR_LEET_DIGIT, '0о 1и 3з 4ч 6б 7т 9я 8в');

/** Fold a lexicon term or exception to a view, char by char (no leet digit folding unless asked). */
export function foldWord(word: string, view: 'lat' | 'cyr', leetDigits = false): string {
  const base = normalizeForMatch(word).text;
  const table = view === 'lat' ? LAT_FOLD : CYR_FOLD;
  const digits = view === 'lat' ? LAT_LEET_DIGIT : CYR_LEET_DIGIT;
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (c === 0x20 || c === 0x5f) {
      out += ' ';
      continue;
    }
    let f = leetDigits && digits[c] ? digits[c] : table[c];
    if (!f) f = c;
    out += String.fromCharCode(f);
  }
  return out;
}

/** Collapse runs of the same letter (masks are never collapsed). Returns the collapsed string and run lengths. */
export function collapseRuns(s: string): { text: string; runs: number[] } {
  let text = '';
  const runs: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (text.length > 0 && c !== MASK && c !== SEP && text.charCodeAt(text.length - 1) === c) {
      runs[runs.length - 1]++;
    } else {
      text += s[i];
      runs.push(1);
    }
  }
  return { text, runs };
}
