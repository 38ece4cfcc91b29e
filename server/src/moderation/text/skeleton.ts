/**
 * The advertising view ("skeleton") of a text, with an offset map back to the original.
 *
 * `foldText(text)` folds every code point with the shared fold (./codepoint: invisible
 * characters dropped, NFKC, lower case, marks removed, look-alikes of other scripts), except
 * that Cyrillic letters keep their marks (й, ё: the word lists are spelled that way). Inside a
 * word that mixes scripts (`Теlegram`, `Кpиптa`, `WһatsАрp`), the look-alike letters of the
 * minority script are then replaced by their twin in the majority script (./lookalike).
 *
 * `start[i]` / `end[i]` give the UTF-16 range in the ORIGINAL text of folded char `i`, so a
 * match `[a, b)` in the folded string is `[start[a], end[b - 1])` in the original. Both are
 * `null` when the fold kept every char in place (same length, same offsets).
 * Linear time; never throws, even on lone surrogates.
 */
import * as codepoint from './codepoint';
import * as chars from './chars';
import { foldLinkTokens, foldMixedScriptWords } from './mixed-script';

export interface Folded {
  /** Folded, lower-cased text. */
  s: string;
  /** Original UTF-16 start of each folded char; `null` = identity (same length, same offsets). */
  start: Int32Array | null;
  /** Original UTF-16 end (exclusive) of each folded char; `null` = identity. */
  end: Int32Array | null;
  /** Folded ranges of the mixed-script words that were folded (a disguise signal). */
  mixedWords: Array<{ from: number; to: number }>;
}

/** BMP table: 0 = not computed, T_COMPLEX = multi-unit or empty fold, else the single folded unit. */
const BMP = new Uint16Array(0x10000);
const T_COMPLEX = 0xffff;
for (let c = 0; c < 0x80; c++) BMP[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
BMP[0] = T_COMPLEX; // NUL folds to itself, but 0 means "not computed": take the slow path

function bmpFold(c: number): number {
  let v = BMP[c];
  if (v !== 0) return v;
  if (c >= 0xd800 && c <= 0xdfff) v = T_COMPLEX;
  else {
    const f = foldCodePointKeepCyrillic(c);
    v = f.length === 1 && f.charCodeAt(0) !== 0 && f.charCodeAt(0) !== T_COMPLEX ? f.charCodeAt(0) : T_COMPLEX;
  }
  BMP[c] = v;
  return v;
}

let scratchCodes = new Uint16Array(1024);
let scratchStart = new Int32Array(1024);
let scratchEnd = new Int32Array(1024);

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

/** ASCII (no NUL), Russian letters, CJK ideographs and CJK punctuation that NFKC keeps. */
const PLAIN = /^[\x01-\x7f\u0401\u0410-\u044f\u0451\u3001-\u301f\u4e00-\u9fff]*$/;
const HAS_LATIN = /[a-z]/;
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

// Bound once: a call through a module's export object costs a property read per character.
const { codesToString, isAsciiAlnum, isCyrGreek, isLatin, isLinkChar } = chars;
const { foldCodePointKeepCyrillic } = codepoint;

/** Symbols and pictographs (★ ♥ 🔥 👍🏻): glued between the characters of a link or number, they are dropped. */
const RE_SYMBOL = /^[\p{So}\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
const symBmp = new Uint8Array(0x10000); // 0 = unknown, 1 = no, 2 = symbol
const symAstral = new Map<number, boolean>();
function isSymbol(cp: number): boolean {
  if (cp < 0xa0) return false;
  if (cp <= 0xffff) {
    let k = symBmp[cp];
    if (k === 0) symBmp[cp] = k = RE_SYMBOL.test(String.fromCharCode(cp)) ? 2 : 1;
    return k === 2;
  }
  let r = symAstral.get(cp);
  if (r === undefined) {
    r = RE_SYMBOL.test(String.fromCodePoint(cp));
    if (symAstral.size < 10_000) symAstral.set(cp, r);
  }
  return r;
}

/** Dot look-alikes (· • ∙ ⋅ ・ ‧): a dot between two letters or digits of a link. */
const RE_ALNUM_FOLD = /[\p{L}\p{N}]/u;
const DOTS = new Set([0xb7, 0x387, 0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65, 0x2e31, 0x16eb, 0x2981]);

/** Code point at `i` and its width (a lone surrogate is itself). */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** First folded unit of the code point at `i` (0 at the end). */
function foldedUnitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return BMP[c] === T_COMPLEX ? c : BMP[c];
  const f = foldCodePointKeepCyrillic(cpAt(text, i));
  return f.length ? f.charCodeAt(0) : 0;
}

/**
 * End of a run of symbols (and invisible characters) starting at `i` that is glued between
 * two link characters, or -1. The previous folded char must be a link character.
 */
function gluedSymbolRunEnd(text: string, i: number): number {
  let j = i;
  const len = text.length;
  while (j < len && j - i < 64) {
    const cp = cpAt(text, j);
    const f = foldCodePointKeepCyrillic(cp);
    const w = cp > 0xffff ? 2 : 1;
    if (f.length === 0 || (isSymbol(cp) && !RE_ALNUM_FOLD.test(f))) {
      j += w;
      continue;
    }
    break;
  }
  if (j === i) return -1;
  return isLinkChar(foldedUnitAt(text, j)) ? j : -1;
}

/**
 * Fold `text` (see module doc). With `scratch`, `start` / `end` are this module's scratch
 * arrays (longer than `s`; valid until the next call): no copy for a caller that is done with
 * the result before it folds again (the advertising detector, once per comment).
 */
export function foldText(text: string, scratch = false): Folded {
  const len = text.length;
  // Most comments are ASCII, Russian and Chinese text whose every character folds to its own
  // lower case: the engine's toLowerCase gives the fold, offsets stay as they are.
  if (PLAIN.test(text)) {
    const lower = text.toLowerCase();
    const mixedWords: Array<{ from: number; to: number }> = [];
    if (!HAS_LATIN.test(lower) || !HAS_CYRILLIC.test(lower)) return { s: lower, start: null, end: null, mixedWords };
    return { s: foldLinkTokens(foldMixedScriptWords(lower, mixedWords), mixedWords), start: null, end: null, mixedWords };
  }
  ensure(len * 2 + 16);
  let codes = scratchCodes;
  let start = scratchStart;
  let end = scratchEnd;
  let n = 0;
  let identity = true;
  // every unit of the fold is the unit as written, or its ASCII lower case: then the fold is the
  // engine's lower case of the text (a unit that folds to itself is its own lower case:
  // tests/unit/moderation/normalize-units.test.ts checks every BMP unit)
  let asWritten = true;
  let sawLatin = false;
  let sawOther = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let v = c < 0x80 && c !== 0 ? BMP[c] : bmpFold(c);
    if (c >= 0x80 && n > 0 && isLinkChar(codes[n - 1])) {
      if (DOTS.has(v) && isAsciiAlnum(codes[n - 1]) && isAsciiAlnum(foldedUnitAt(text, i + 1))) v = 0x2e;
      else if (isSymbol(c >= 0xd800 && c <= 0xdbff ? cpAt(text, i) : c)) {
        const j = gluedSymbolRunEnd(text, i);
        if (j > 0) {
          identity = false;
          i = j;
          continue;
        }
      }
    }
    if (v !== T_COMPLEX) {
      if (v !== c && c >= 0x80) asWritten = false;
      if (isLatin(v)) sawLatin = true;
      else if (isCyrGreek(v)) sawOther = true;
      codes[n] = v;
      start[n] = i;
      end[n] = i + 1;
      n++;
      i++;
      continue;
    }
    // an astral code point, a lone surrogate, or a fold of several units / none
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    // a lone surrogate is kept as it is (the offsets stay exact)
    const piece = cp >= 0xd800 && cp <= 0xdfff ? text[i] : foldCodePointKeepCyrillic(cp);
    if (piece.length !== w || (w === 2 && piece !== text.slice(i, i + 2))) identity = false;
    else if (w === 1 && piece.charCodeAt(0) !== c) asWritten = false;
    if (n + piece.length + 2 * (len - i) + 16 > codes.length) {
      ensure(n + piece.length + 2 * (len - i) + 16);
      codes = scratchCodes;
      start = scratchStart;
      end = scratchEnd;
    }
    for (let k = 0; k < piece.length; k++) {
      const pc = piece.charCodeAt(k);
      if (isLatin(pc)) sawLatin = true;
      else if (isCyrGreek(pc)) sawOther = true;
      codes[n] = pc;
      start[n] = i;
      end[n] = i + w;
      n++;
    }
    i += w;
  }
  let s: string | undefined;
  if (identity && n === len && asWritten) {
    // most non-ASCII comments only change case: the engine's lower case is the same string,
    // built natively (cheaper than a string from the code array)
    const lower = text.toLowerCase();
    if (lower.length === n) {
      let k = 0;
      while (k < n && codes[k] === lower.charCodeAt(k)) k++;
      if (k === n) s = lower;
    }
  }
  if (s === undefined) s = codesToString(codes, n);
  const mixedWords: Array<{ from: number; to: number }> = [];
  if (sawLatin && sawOther) s = foldLinkTokens(foldMixedScriptWords(s, mixedWords), mixedWords);
  if (identity && n === len) return { s, start: null, end: null, mixedWords };
  if (scratch) return { s, start, end, mixedWords };
  return { s, start: start.slice(0, n), end: end.slice(0, n), mixedWords };
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
