/**
 * The folded view the tone check matches on, with a map back to the original text.
 *
 * On top of the filter's base normalization (NFKC, lower case, no diacritics, ё = е, й = и,
 * invisible characters dropped: see ../normalize.ts) it makes every run of white space one
 * space, typographic apostrophes and dashes plain, and notes where sentences end.
 * One pass; `map[i]` is the UTF-16 index in the original text of folded char `i`.
 */
import { codePointEnd, normalizeForMatch } from '../normalize';

export interface Folded {
  text: string;
  map: Int32Array;
  /** `sentence[i]`: number of the sentence folded char `i` belongs to (. ! ? … 。 and blank lines end one). */
  sentence: Int32Array;
}

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0xff0e]);

const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Fold a reply (or a phrase of the lists: both go through the same steps). */
export function foldText(original: string): Folded {
  const base = normalizeForMatch(original);
  const n = base.text.length;
  const codes: number[] = [];
  const map = new Int32Array(n);
  const sentence = new Int32Array(n);
  let len = 0;
  let sent = 0;
  let pendingBreak = false;
  for (let i = 0; i < n; i++) {
    let c = base.text.charCodeAt(i);
    if (isSpace(c)) {
      // A line break inside white space ends a sentence only when it is a blank line or list item;
      // a single wrapped line does not.
      if (c === 0x0a && len > 0 && codes[len - 1] === 0x20 && pendingBreak) sent++;
      if (c === 0x0a) pendingBreak = true;
      if (len > 0 && codes[len - 1] === 0x20) continue;
      c = 0x20;
    } else {
      pendingBreak = false;
      if (APOSTROPHES.has(c)) c = 0x27;
      else if (DASHES.has(c)) c = 0x2d;
    }
    codes.push(c);
    map[len] = base.map[i];
    sentence[len] = sent;
    len++;
    if (SENTENCE_END.has(c)) sent++;
  }
  let text = '';
  for (let i = 0; i < len; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text, map: map.subarray(0, len), sentence: sentence.subarray(0, len) };
}

/** Original UTF-16 span of folded chars [start, end). */
export function originalSpan(
  original: string,
  folded: Folded,
  start: number,
  end: number
): [number, number] {
  return [folded.map[start], codePointEnd(original, folded.map[end - 1])];
}

const WORD = /[\p{L}\p{N}]/u;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const wordTable = new Int8Array(0x10000).fill(-1);

/** A letter or digit of a script written with spaces (Chinese characters are not: no word boundaries there). */
export function isWordChar(c: number): boolean {
  let k = wordTable[c];
  if (k === -1) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 0 : WORD.test(ch) && !HAN.test(ch) ? 1 : 0;
    wordTable[c] = k;
  }
  return k === 1;
}
