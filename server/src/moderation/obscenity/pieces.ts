/**
 * Pieces: runs of letters, digits, leet symbols and masks, with the kind of gap before each
 * (soft = symbols/emoji only, spaces only, hard). Which neighbouring pieces join into one word
 * (fu🔥ck, f u c k) — multi-letter words split by spaces never join ("glass hit").
 */
import * as m_normalize from '../normalize';
import * as m_buffers from './buffers';
import type { State } from './buffers';

// module-local bindings (hot loops: no cross-module accessor per use)
const { charClass, CharClass, CLASS_TABLE } = m_normalize;
const { C_CJK, C_CYR, C_CYRX, C_DIGIT, C_GREEK, C_LAT, C_LEET, C_MASK, C_OTHERL, C_SPACE, C_STOP, P_AMBIG, P_CYR, P_LAT, P_MASK } = m_buffers;

export interface Scripts {
  anyLat: boolean;
  anyCyr: boolean;
  anyCjk: boolean;
}

/** Split normalized codes[0, n) into pieces (st.pieces); linear. */
export function splitPieces(st: State, codes: Uint16Array, n: number): Scripts {
  // ---- pieces
  const P = st.pieces;
  P.n = 0;
  let anyLat = false;
  let anyCyr = false;
  let anyCjk = false;
  let i = 0;
  let gapType = 2;
  let gapLen = 0;
  const table = CLASS_TABLE;
  while (i < n) {
    const c0 = codes[i];
    const cls = table[c0] || charClass(c0);
    if (cls === C_SPACE || cls === C_STOP || cls === C_CJK || cls === CharClass.Soft) {
      if (cls === C_CJK) anyCjk = true;
      if (cls === C_SPACE) {
        if (gapType === 0) gapType = 1;
      } else if (cls !== CharClass.Soft) gapType = 2;
      gapLen++;
      i++;
      continue;
    }
    // a piece
    const p = P.push();
    P.start[p] = i;
    P.gap[p] = P.n === 1 || gapLen > 6 ? 2 : gapType;
    let flags = 0;
    let letters = 0;
    let digits = 0;
    let syms = 0;
    while (i < n) {
      const ch = codes[i];
      const k = table[ch] || charClass(ch);
      if (ch === 0x33 || ch === 0x34 || ch === 0x40) flags |= P_AMBIG;
      if (k === C_LAT || k === C_CYRX || k === C_GREEK) {
        flags |= P_LAT;
        letters++;
      } else if (k === C_CYR) {
        flags |= P_CYR;
        letters++;
      } else if (k === C_DIGIT) digits++;
      else if (k === C_MASK) flags |= P_MASK;
      else if (k === C_OTHERL) letters++;
      else if (k === C_LEET) syms++;
      else break;
      i++;
    }
    P.end[p] = i;
    P.flags[p] = flags;
    P.letters[p] = letters;
    P.digits[p] = digits;
    P.syms[p] = syms;
    if (flags & P_LAT) anyLat = true;
    if (flags & P_CYR) anyCyr = true;
    gapType = 0;
    gapLen = 0;
  }
  return { anyLat, anyCyr, anyCjk };
}

export function joinable(st: State, a: number, b: number): boolean {
  const P = st.pieces;
  const gap = P.gap[b];
  if (gap === 0) return true;
  if (gap === 1) {
    // single letters separated by spaces: f u c k
    return single(st, a) && single(st, b) && P.start[b] - P.end[a] <= 6;
  }
  return false;
}

/** One letter or digit, possibly with leet/mask symbols around it (t!!!). */
export function single(st: State, p: number): boolean {
  const P = st.pieces;
  const len = P.end[p] - P.start[p];
  if (P.letters[p] + P.digits[p] === 1) return len <= 4;
  // a lone mask or letter-like symbol between spaced letters: f * c k, с у к @
  if (len !== 1) return false;
  const c = st.codes[P.start[p]];
  return c === 0x2a || c === 0x23 || c === 0x40 || c === 0x24 || c === 0x28 || c === 0x21;
}
