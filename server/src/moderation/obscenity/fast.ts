/**
 * Fast path: proves cheaply that a text cannot match in the Latin or Cyrillic view, so the
 * pieces, the streams and their scans are skipped (most comments are clean).
 *
 * For each view, the text is read as a skeleton that mirrors the streams: pieces (letters,
 * digits, leet symbols) folded as the streams fold them, a space symbol where words stand apart
 * (phrases), nothing where symbols or emoji glue pieces (joined words), a reset at sentence
 * punctuation and CJK characters. The view's screen automaton (CompiledView.screen: every
 * pattern, also without phrase spaces and with digits read as letters) runs over it; when it
 * finds nothing, no stream can match either. Whatever the skeleton cannot mirror exactly takes
 * the full path: masks or '@' next to letters (masked matching), single letters split by
 * spaces (f u c k), the ambiguous leet digits 3 and 4 glued to Cyrillic words, and words split
 * by one punctuation character, which may mask a letter (sh.t, f?ck: stream.ts punctGap), when
 * some masked-word spelling fits them (./fast-checks maskedPossible; t.me and smm-boost.pro
 * stay on the fast path).
 * A view's stream only holds words with a letter of its script, so a screen hit counts only in
 * a segment (pieces glued by symbols, or the view's words side by side) that has one. A hit
 * counts only when the run lengths of its symbols meet what the full path's check() requires
 * of some pattern ending there (CompiledView.screenRuns: "as" in "casino" is no "ass"); the
 * screen merges every repeated symbol, so its runs are never shorter than the streams'.
 * Linear: each character is read three times at most (its class, its piece, the automata).
 */
import * as m_normalize from '../normalize';
import type { Compiled } from './build';
import * as m_buffers from './buffers';
import * as m_checks from './fast-checks';

// module-local bindings (hot loop: no cross-module accessor per use)
const { CLASS_TABLE, charClass, CharClass, LAT_FOLD, CYR_FOLD, LAT_LEET_DIGIT, CYR_LEET_DIGIT } = m_normalize;
const C_LAT = CharClass.Latin;
const C_CYR = CharClass.Cyr;
const C_CYRX = CharClass.CyrX;
const C_GREEK = CharClass.Greek;
const C_DIGIT = CharClass.Digit;
const C_LEET = CharClass.Leet;
const C_MASK = CharClass.Mask;
const C_OTHERL = CharClass.OtherLetter;
const C_CJK = CharClass.Cjk;
const C_SPACE = CharClass.Space;
const C_STOP = CharClass.Stop;
const C_SOFT = CharClass.Soft;
const { isDotMask, isPunctMask, MAX_PUNCT_MASKS, MAX_PUNCT_WORD } = m_buffers;
const { RING, RING_MASK, atMayMask, gluedToNext, holds, maskedPossible } = m_checks;
const SP = 0x20;

export const SCREEN_FULL = 0;
export const SCREEN_CLEAN = 1;

export interface ScreenResult {
  /** SCREEN_CLEAN: no Latin or Cyrillic match is possible; SCREEN_FULL: run the full path. */
  verdict: number;
  anyCjk: boolean;
}

const result: ScreenResult = { verdict: SCREEN_FULL, anyCjk: false };

/** Run lengths of the last RING symbols of each view's current segment (ring buffers). */
const lRing = new Uint16Array(RING);
const cRing = new Uint16Array(RING);

/** Per class: 1 when it belongs to a piece (letters, digits, leet symbols, masks). */
const IN_PIECE = new Uint8Array(16);
for (const k of [C_LAT, C_CYR, C_CYRX, C_GREEK, C_OTHERL, C_DIGIT, C_LEET, C_MASK]) IN_PIECE[k] = 1;
/** Per class: which view's automaton a letter of it needs (1 Latin, 2 Cyrillic; see pieces.ts). */
const VIEW_OF = new Uint8Array(16);
VIEW_OF[C_LAT] = VIEW_OF[C_CYRX] = VIEW_OF[C_GREEK] = 1;
VIEW_OF[C_CYR] = 2;

/** The class of each normalized char of the text being screened (one table read per char). */
let kinds = new Uint8Array(1024);

/** Screen normalized codes[0, n). The returned object is reused between calls. */
export function screen(c: Compiled, codes: Uint16Array, n: number): ScreenResult {
  const L = c.lat.screen;
  const C = c.cyr.screen;
  const lDelta = L.delta, lSym = L.symOf, lA = L.alphabet, lOut = L.hasOut;
  const cDelta = C.delta, cSym = C.symOf, cA = C.alphabet, cOut = C.hasOut;
  const lRuns = c.lat.screenRuns, cRuns = c.cyr.screenRuns;
  const lVs = c.lat.screenSyms, cVs = c.cyr.screenSyms;
  const lSP = lSym[SP], cSP = cSym[SP];
  // symbols of the current segment per view (their run lengths in lRing / cRing)
  let lPos = 0, cPos = 0;
  // per view: automaton state, last symbol (runs collapse), and the current segment (pieces glued
  // by symbols, or words of the view's script standing side by side): did the screen hit in it,
  // does it hold a word of the view's script (else no stream holds it), an ambiguous 3/4 digit
  let ls = 0, lPrev = -1, lHit = false, lHas = false;
  let cs = 0, cPrev = -1, cHit = false, cHas = false, cAmb = false;
  let fired = false;
  let anyCjk = false;
  // gap before the next piece, as in pieces.ts: 0 soft only, 1 with spaces, 2 hard
  let gapType = 2;
  let gapLen = 0;
  let prevSingle = false;
  let prevLat = false;
  let prevCyr = false;
  let prevWordLike = false;
  let gapCode = 0;
  // the current word of pieces split by single punctuation characters, read as masks in the
  // streams when stream.ts would read it so (the same limits): its extent and make-up
  let gStart = 0;
  let gEnd = 0;
  let gGaps = 0;
  let gLongest = 0;
  let gSingle = false;
  let gSingleOk = true;
  let gLat = false;
  let gCyr = false;
  let first = true;
  result.verdict = SCREEN_FULL;
  // a view fires only in a segment holding a letter of its script (lHas / cHas below): a text
  // without any such letter never needs that view's automaton (the same tests as the piece loop)
  // (the classes are read once here, into `kinds`, for the loops below)
  if (kinds.length < n + 1) kinds = new Uint8Array(Math.max(n + 1, kinds.length * 2));
  const kd = kinds;
  let views = 0;
  for (let q = 0; q < n; q++) {
    const ch = codes[q];
    let k = CLASS_TABLE[ch];
    if (k === 0) k = charClass(ch);
    kd[q] = k;
    views |= VIEW_OF[k];
  }
  kd[n] = 0;
  const needLat = (views & 1) !== 0;
  const needCyr = (views & 2) !== 0;
  let i = 0;
  while (i <= n) {
    const k0 = kd[i];
    if (i < n && IN_PIECE[k0] === 0) {
      if (k0 === C_CJK) anyCjk = true;
      if (k0 === C_SPACE) {
        if (gapType === 0) gapType = 1;
      } else if (k0 !== C_SOFT) gapType = 2;
      gapLen++;
      gapCode = codes[i];
      i++;
      continue;
    }
    // a piece (or the end of the text): its extent and make-up first
    let j = i;
    let letters = 0;
    let digits = 0;
    let wild = 0;
    let ats = 0;
    let isCyr = false;
    let isLat = false;
    let amb = false;
    while (j < n) {
      const k = kd[j];
      if (IN_PIECE[k] === 0) break;
      const ch = codes[j];
      if (k === C_DIGIT) {
        digits++;
        if (ch === 0x33 || ch === 0x34) amb = true;
      } else if (k === C_MASK) wild++;
      else if (ch === 0x40) ats++;
      else if (k !== C_LEET) {
        letters++;
        if (k === C_CYR) isCyr = true;
        else if (k !== C_OTHERL) isLat = true;
      }
      j++;
    }
    const end = i >= n;
    // digits of a letterless group of two or more are never read as letters
    const rawDigits = letters === 0 && digits >= 2;
    const len = j - i;
    const single = !end && ((letters + digits === 1 && len <= 4) || (len === 1 && letters + digits === 0));
    const gap = end || first || gapLen > 6 ? 2 : gapType;
    // masks and '@' near letters, or in short digit groups, may stand for letters; a piece
    // without letters (30% is 30*) makes no word unless glued to another piece or among single
    // letters (f u * k); '@' is a mask only inside a short word (not sup@example, not @handle),
    // and in a word of both scripts, whose script runs the streams may read apart (бл@x@gmail)
    if (wild + ats > 0 && !end) {
      const gluedAfter = gluedToNext(codes, j, n);
      if (letters === 0) {
        if (digits < 3 && (single || gap === 0 || gluedAfter)) return result;
      } else if (wild > 0 || single || (isCyr && isLat) || atMayMask(codes, i, j, gap === 0)) return result;
    }
    if (gap === 1 && single && prevSingle) return result; // f u c k
    // letters on both sides of one punctuation character: it may mask a letter (sh.t, f?ck)
    const wordLike = letters > 0 && digits === 0;
    if (!end && gapLen === 1 && prevWordLike && wordLike && isPunctMask(gapCode)) {
      if (gGaps === 0 && gSingle && !isDotMask(gapCode)) gSingleOk = false;
      gGaps++;
    } else {
      if (gGaps > 0 && gGaps <= MAX_PUNCT_MASKS && gEnd - gStart <= MAX_PUNCT_WORD) {
        const latinOk = gLat && gLongest >= 2 && (gSingleOk || !gSingle);
        if (gCyr && maskedPossible(c.cyr, codes, gStart, gEnd, CYR_FOLD)) return result;
        if (latinOk && maskedPossible(c.lat, codes, gStart, gEnd, LAT_FOLD)) return result;
      }
      gStart = i;
      gGaps = 0;
      gLongest = 0;
      gSingle = false;
      gSingleOk = true;
      gLat = gCyr = false;
    }
    if (!end) {
      gEnd = j;
      if (letters > gLongest) gLongest = letters;
      if (j - i === 1) gSingle = true;
      if (isLat) gLat = true;
      if (isCyr) gCyr = true;
    }
    // close the segments the gap ends
    const lEnds = gap === 2 || (gap === 1 && !(prevLat && isLat));
    const cEnds = gap === 2 || (gap === 1 && !(prevCyr && isCyr));
    if (lEnds) {
      if (lHit && lHas) fired = true;
      ls = 0;
      lPrev = -1;
      lPos = 0;
      lHit = lHas = false;
    } else if (gap === 1) {
      ls = lDelta[ls * lA + lSP];
      lRing[lPos++ & RING_MASK] = 1;
      if (lOut[ls] !== 0 && !lHit && holds(L, lRuns, ls, lRing, lPos)) lHit = true;
      lPrev = lSP;
    }
    if (cEnds) {
      if (cHas && (cHit || cAmb)) fired = true;
      cs = 0;
      cPrev = -1;
      cPos = 0;
      cHit = cHas = cAmb = false;
    } else if (gap === 1) {
      cs = cDelta[cs * cA + cSP];
      cRing[cPos++ & RING_MASK] = 1;
      if (cOut[cs] !== 0 && !cHit && holds(C, cRuns, cs, cRing, cPos)) cHit = true;
      cPrev = cSP;
    }
    if (fired) return result;
    if (end) break;
    if (isLat) lHas = true;
    if (isCyr) cHas = true;
    if (amb && !rawDigits) cAmb = true;
    for (let q = i; q < j; q++) {
      const ch = codes[q];
      const k = kd[q];
      let l: number;
      let y: number;
      // symbols, not folded letters, are compared for runs: two letters share a symbol only
      // when neither is in any pattern (symbol 0), and then the state is the root either way
      if (k === C_DIGIT) {
        l = lSym[rawDigits ? ch : LAT_LEET_DIGIT[ch] || ch];
        y = cSym[rawDigits ? ch : CYR_LEET_DIGIT[ch] || ch];
      } else if (k === C_MASK) {
        // a mask in a digit group: no pattern holds one
        ls = cs = 0;
        lPrev = cPrev = -1;
        lPos = cPos = 0;
        continue;
      } else {
        l = lVs[ch];
        y = cVs[ch];
      }
      if (needLat) {
        if (l !== lPrev) {
          lPrev = l;
          ls = lDelta[ls * lA + l];
          lRing[lPos++ & RING_MASK] = 1;
        } else {
          // the same symbol again: its run grows (a doubled letter may now satisfy a pattern)
          const r = (lPos - 1) & RING_MASK;
          if (lRing[r] < 0xffff) lRing[r]++;
        }
        if (lOut[ls] !== 0 && !lHit && holds(L, lRuns, ls, lRing, lPos)) lHit = true;
      }
      if (needCyr) {
        if (y !== cPrev) {
          cPrev = y;
          cs = cDelta[cs * cA + y];
          cRing[cPos++ & RING_MASK] = 1;
        } else {
          const r = (cPos - 1) & RING_MASK;
          if (cRing[r] < 0xffff) cRing[r]++;
        }
        if (cOut[cs] !== 0 && !cHit && holds(C, cRuns, cs, cRing, cPos)) cHit = true;
      }
    }
    // the segment will fire when it closes (nothing clears these before): no need to read on
    if ((lHit && lHas) || (cHas && (cHit || cAmb))) return result;
    prevSingle = single;
    prevWordLike = wordLike;
    prevLat = isLat;
    prevCyr = isCyr;
    first = false;
    gapType = 0;
    gapLen = 0;
    i = j;
  }
  result.verdict = SCREEN_CLEAN;
  result.anyCjk = anyCjk;
  return result;
}
