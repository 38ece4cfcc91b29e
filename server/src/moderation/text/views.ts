/**
 * Character classes and script views of the normalized text, used by the obscenity matcher.
 *
 * Views fold letters of a word to one script: the Latin view (Cyrillic/Greek look-alikes and
 * leetspeak → a–z) and the Cyrillic view (Latin look-alikes and transliteration → а–я).
 * Table lookups, built once at module load.
 */
import { TO_LATIN } from './lookalike';
import { normalizeForMatch } from './base';

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
// Cyrillic and Greek look-alikes → Latin (the one look-alike table, ./lookalike).
for (let c = 0x80; c < 0x10000; c++) if (TO_LATIN[c] && !LAT_FOLD[c]) LAT_FOLD[c] = TO_LATIN[c];
pairs(LAT_FOLD, 'ɜ3');
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
