/**
 * The fast path's (./fast) checks of a candidate: run lengths of a screen hit, and whether a
 * word split by punctuation can hold a masked hit (sh.t, f?ck) the full path would find.
 */
import * as m_normalize from '../normalize';
import type { Automaton } from './aho';
import type { CompiledView } from './build';
import * as m_buffers from './buffers';

// module-local bindings (hot loop: no cross-module accessor per use)
const { CLASS_TABLE, charClass, CharClass, CYR_FOLD, LAT_FOLD, MASK, SEP } = m_normalize;
const { isTrim } = m_buffers;
const C_LAT = CharClass.Latin;
const C_CYR = CharClass.Cyr;
const C_CYRX = CharClass.CyrX;
const C_GREEK = CharClass.Greek;
const C_OTHERL = CharClass.OtherLetter;
const C_LEET = CharClass.Leet;
const C_MASK = CharClass.Mask;
const C_DIGIT = CharClass.Digit;
const C_SOFT = CharClass.Soft;
/** A letter of no view (as stream.ts emits it): breaks matches. */
const NO_VIEW = 0x02;

/** Run lengths of the last RING symbols of a segment are kept (ring buffers in ./fast). */
export const RING = 64;
export const RING_MASK = RING - 1;

/**
 * Whether some pattern ending in state `s` of a screen automaton holds with the run lengths of
 * the last `pos` symbols (check() drops a hit whose doubled letters are single: "as" in
 * "casino" is no "ass"). Conservative: a pattern without run requirements always holds.
 */
export function holds(A: Automaton, runs: Array<Uint16Array | null>, s: number, ring: Uint16Array, pos: number): boolean {
  const { patAt, patNext, outLink } = A;
  for (let t = patAt[s] >= 0 ? s : outLink[s]; t >= 0; t = outLink[t]) {
    for (let p = patAt[t]; p >= 0; p = patNext[p]) {
      const req = runs[p];
      if (req === null) return true;
      const len = req.length;
      if (len > pos || len > RING) return true;
      let k = 0;
      while (k < len && ring[(pos - len + k) & RING_MASK] >= req[k]) k++;
      if (k === len) return true;
    }
  }
  return false;
}

const word = new Uint16Array(30);

function isLetter(k: number): boolean {
  return k === C_LAT || k === C_CYR || k === C_CYRX || k === C_GREEK || k === C_OTHERL;
}

/**
 * Whether the word codes[from, to) — letters split by single punctuation characters, as
 * stream.ts emits it for masked matching: folded, runs collapsed, each punctuation a mask — can
 * hold a hit of masked.ts: a masked-word spelling of view V that starts before the first mask,
 * ends after the last, and matches every other symbol ('@' also any letter in a word of at most
 * 8 symbols). Conservative (true) for symbols the streams may read otherwise (leet symbols,
 * digits); the hit checks of masked.ts (genuine letters, at most three masks, boundaries) are
 * left to the full path.
 */
export function maskedPossible(V: CompiledView, codes: Uint16Array, from: number, to: number, fold: Uint16Array): boolean {
  if (to - from > word.length) return true;
  let n = 0;
  let firstGap = -1;
  let lastGap = -1;
  // '@' is a letter (its fold), and in a short word also any letter (f@ck): bit k set for word[k]
  let ats = 0;
  // runs merge as in stream.ts emitToken, except into a piece's first letter after leading '@'
  let pieceStart = from;
  let leading = true;
  for (let q = from; q < to; q++) {
    const ch = codes[q];
    const k = CLASS_TABLE[ch] || charClass(ch);
    if (isLetter(k) || ch === 0x40) {
      const s = fold[ch] || NO_VIEW;
      const lead = leading && q > pieceStart && !isTrim(ch);
      if (!isTrim(ch)) leading = false;
      const at = ch === 0x40 ? 1 : 0;
      if (n > 0 && s === word[n - 1] && s !== NO_VIEW && s !== MASK && !lead) {
        ats |= at << (n - 1);
        continue;
      }
      ats |= at << n;
      word[n++] = s;
    } else if (k === C_LEET || k === C_MASK || k === C_DIGIT) {
      return true;
    } else {
      if (firstGap < 0) firstGap = n;
      lastGap = n;
      word[n++] = MASK;
      pieceStart = q + 1;
      leading = true;
    }
  }
  if (firstGap < 0) return true;
  const short = n <= 8;
  const forms = formsOf(V);
  for (let i = 0; i < firstGap; i++) {
    const list = ats & (1 << i) ? forms.all : forms.byFirst.get(word[i]);
    if (!list) continue;
    for (let w = 0; w < list.length; w++) {
      const form = list[w];
      const L = form.length;
      if (i + L > n) break; // (shortest first: the rest are longer still)
      if (i + L - 1 <= lastGap) continue;
      let masks = 0;
      let k = 0;
      for (; k < L; k++) {
        const x = word[i + k];
        const f = form.charCodeAt(k);
        if (x === f) continue;
        if (f === SEP || !(x === MASK || (short && ats & (1 << (i + k))))) break;
        masks++;
      }
      if (k === L && masks > 0) return true;
    }
  }
  return false;
}

/** The masked spellings of a view (CompiledView.wild, wildAll), shortest first, for maskedPossible. */
interface Forms {
  byFirst: Map<number, string[]>;
  all: string[];
}
const formsCache = new WeakMap<CompiledView, Forms>();
const shortestFirst = (list: ReadonlyArray<{ form: string }>) => list.map((f) => f.form).sort((a, b) => a.length - b.length);

function formsOf(V: CompiledView): Forms {
  let f = formsCache.get(V);
  if (!f) {
    f = { byFirst: new Map([...V.wild].map(([c, list]) => [c, shortestFirst(list)])), all: shortestFirst(V.wildAll) };
    formsCache.set(V, f);
  }
  return f;
}

function inPiece(k: number): boolean {
  return isLetter(k) || k === C_DIGIT || k === C_LEET || k === C_MASK;
}

/** Whether the piece ending at `j` is glued to the next one (only soft characters between, as pieces.ts reads a gap). */
export function gluedToNext(codes: Uint16Array, j: number, n: number): boolean {
  for (let q = j; q < n && q - j <= 6; q++) {
    const k = CLASS_TABLE[codes[q]] || charClass(codes[q]);
    if (inPiece(k)) return q > j;
    if (k !== C_SOFT) return false;
  }
  return false;
}

/**
 * Whether an '@' of the piece codes[from, to) may be read as a masked letter (stream.ts: only
 * in a word of at most 8 symbols, and not before its first letter). A leading '@' (@handle) is
 * none unless the piece is glued to the one before; a trailing one may be (бл@); one in a piece
 * of more than 8 symbols in both views (support@example) is a letter.
 */
export function atMayMask(codes: Uint16Array, from: number, to: number, gluedBefore: boolean): boolean {
  let lead = from;
  while (lead < to && isTrim(codes[lead])) lead++;
  for (let q = from; q < to; q++) {
    if (codes[q] !== 0x40) continue;
    if (q < lead && !gluedBefore) continue;
    return symbolsAtMost(codes, from, to, LAT_FOLD, 8) || symbolsAtMost(codes, from, to, CYR_FOLD, 8);
  }
  return false;
}

/**
 * Whether the piece may take at most `max` stream symbols in a view: a lower bound of its
 * symbols (runs of one folded letter merge; digits, which may merge either way, are skipped).
 */
function symbolsAtMost(codes: Uint16Array, from: number, to: number, fold: Uint16Array, max: number): boolean {
  let count = 0;
  let prev = -1;
  for (let q = from; q < to; q++) {
    const ch = codes[q];
    if (ch >= 0x30 && ch <= 0x39) continue;
    const s = fold[ch] || NO_VIEW;
    if (s !== prev || s === NO_VIEW) count++;
    prev = s;
  }
  return count <= max;
}
