/**
 * Per-view symbol streams: each word (and each joined word) folded into the Latin or the
 * Cyrillic view, repeated letters collapsed with run lengths kept, offsets kept per symbol.
 */
import * as m_normalize from '../normalize';
import * as m_buffers from './buffers';
import type { State, Stream } from './buffers';
import * as m_pieces from './pieces';

// module-local bindings (hot loops: no cross-module accessor per use)
const { CYR_FOLD, CYR_LEET_DIGIT, MASK, SEP, BREAK } = m_normalize;
const { F_JOIN, F_PIECE, F_WILD, MAX_MASKED_LEN, MAX_PUNCT_MASKS, MAX_PUNCT_SINGLE_WORD, MAX_PUNCT_WORD, P_AMBIG, P_CYR, P_LAT, isDotMask, isHexLike, isPunctMask, isTrim } = m_buffers;
const { joinable, single } = m_pieces;

function withOverrides(base: Uint16Array, spec: string): Uint16Array {
  const t = base.slice();
  for (const pair of spec.split(' ')) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
  return t;
}
const CYR_ALT_A_DIGIT = withOverrides(CYR_LEET_DIGIT, '3е 4а');
const CYR_ALT_B_FOLD = withOverrides(CYR_FOLD, '@я');

// -------------------------------------------------------------------------
export function buildStream(st: State, S: Stream, codes: Uint16Array, viewFlag: number, fold: Uint16Array, leet: Uint16Array): void {
  S.reset();
  const P = st.pieces;
  let prevEmitted = -2;
  // regular words
  for (let p = 0; p < P.n; p++) {
    if (!(P.flags[p] & viewFlag)) continue;
    if (prevEmitted === p - 1 && P.gap[p] !== 2) S.sep(SEP);
    else S.sep(BREAK);
    emitToken(st, S, codes, p, p, fold, leet, false);
    prevEmitted = p;
  }
  // ambiguous Cyrillic leet (з@3б@ли, бл@ть, ху3вая): alternative readings as extra words
  if (viewFlag === P_CYR) {
    for (let p = 0; p < P.n; p++) {
      if ((P.flags[p] & (P_CYR | P_AMBIG)) !== (P_CYR | P_AMBIG)) continue;
      S.sep(BREAK);
      emitToken(st, S, codes, p, p, fold, CYR_ALT_A_DIGIT, false);
      S.sep(BREAK);
      emitToken(st, S, codes, p, p, CYR_ALT_B_FOLD, CYR_ALT_A_DIGIT, false);
    }
  }
  // joined words
  let g = 0;
  while (g < P.n) {
    let h = g;
    while (h + 1 < P.n && joinable(st, h, h + 1)) h++;
    if (h > g) {
      let flags = 0;
      for (let q = g; q <= h; q++) flags |= P.flags[q];
      if (flags & viewFlag) {
        S.sep(BREAK);
        emitToken(st, S, codes, g, h, fold, leet, true);
        if (viewFlag === P_CYR && flags & P_AMBIG) {
          S.sep(BREAK);
          emitToken(st, S, codes, g, h, fold, CYR_ALT_A_DIGIT, true);
          S.sep(BREAK);
          emitToken(st, S, codes, g, h, CYR_ALT_B_FOLD, CYR_ALT_A_DIGIT, true);
        }
      }
    }
    g = h + 1;
  }
  // punctuation as a masked letter (sh.t, f?ck, с-ка): words of letters split by single
  // punctuation characters, each read as a mask, for the masked automaton
  g = 0;
  while (g < P.n) {
    let h = g;
    while (h + 1 < P.n && punctGap(st, codes, h, h + 1)) h++;
    // more punctuation than a censored word has, or longer than one: a link, a path, code
    if (h > g && h - g <= MAX_PUNCT_MASKS && P.end[h] - P.start[g] <= MAX_PUNCT_WORD) {
      let flags = 0;
      for (let q = g; q <= h; q++) flags |= P.flags[q];
      const len = P.end[h] - P.start[g];
      let longest = 0;
      let singleOk = true;
      let wholeOnly = false;
      for (let q = g; q <= h; q++) {
        longest = Math.max(longest, P.letters[q]);
        if (P.end[q] - P.start[q] !== 1) continue;
        // a single letter: first only before . ? _ (e-mail, x-ray, w/o); in a longer word only
        // for a hit that is the whole word (n.gger, m.therf.cker; not t.anyone → tranny)
        if (q === g && !isDotMask(codes[P.end[q]])) singleOk = false;
        else if (len > MAX_PUNCT_SINGLE_WORD) wholeOnly = true;
      }
      // Latin: not abbreviations of single letters (p.s., a.s.a.p., u.s.)
      const latinOk = longest >= 2 && singleOk;
      if (flags & viewFlag && (viewFlag === P_CYR || latinOk)) {
        S.sep(BREAK);
        const before = S.ntok;
        emitToken(st, S, codes, g, h, fold, leet, true, true);
        if (viewFlag !== P_CYR && wholeOnly && S.ntok > before && S.tMask[before] === 2) S.tMask[before] = 3;
      }
    }
    g = h + 1;
  }
}


/** Pieces a and b (a + 1) are runs of letters split by one punctuation character. */
function punctGap(st: State, codes: Uint16Array, a: number, b: number): boolean {
  const P = st.pieces;
  return P.start[b] - P.end[a] === 1 && isPunctMask(codes[P.end[a]]) && P.letters[a] > 0 && P.letters[b] > 0 && P.digits[a] + P.digits[b] === 0;
}

/** `punct`: the one-character gaps between the pieces are emitted as masks (see punctGap). */
export function emitToken(st: State, S: Stream, codes: Uint16Array, p0: number, p1: number, fold: Uint16Array, leet: Uint16Array, joined: boolean, punct = false): void {
  const P = st.pieces;
  let letters = 0;
  let digits = 0;
  let syms = 0;
  let mixed = 0;
  for (let q = p0; q <= p1; q++) {
    letters += P.letters[q];
    digits += P.digits[q];
    syms += P.syms[q];
    mixed |= P.flags[q];
  }
  if (letters === 0) return;
  // leetspeak digits only in words with enough real letters (not in model numbers like A55)
  // (not in hex ids like e644178b, not in long machine strings)
  let total = 0;
  for (let q = p0; q <= p1; q++) total += P.end[q] - P.start[q];
  let leetOk = digits + syms > 0 && letters + syms >= 2 && (digits <= letters || syms >= 1) && total <= 24;
  if (leetOk && digits >= 2 && syms === 0 && total >= 6 && isHexLike(codes, P.start[p0], P.end[p1])) leetOk = false;
  S.ensure(total + 2 + (p1 - p0));
  const t = S.newToken();
  const start = S.len;
  const sym = S.sym;
  const run = S.run;
  const bpos = S.bpos;
  const bend = S.bend;
  const flg = S.flags;
  const tok = S.tok;
  let len = S.len;
  let anyWild = false;
  for (let q = p0; q <= p1; q++) {
    let f = q === p0 ? F_PIECE : F_PIECE | F_JOIN;
    // digits are letters only in pieces that have letters (not 4744 next to a word)
    const pieceLeet = leetOk && (P.letters[q] > 0 || p0 === p1 || P.digits[q] <= 1);
    // a piece also "starts" after its leading symbols: (f u c k), #f💩u💩c💩k
    let lead = P.start[q];
    while (lead < P.end[q] - 1 && isTrim(codes[lead])) lead++;
    if (punct && q > p0) {
      // the punctuation before this piece, read as a hidden letter
      const k = P.start[q] - 1;
      sym[len] = MASK;
      run[len] = 1;
      bpos[len] = k;
      bend[len] = k;
      flg[len] = F_WILD | F_JOIN;
      tok[len] = t;
      len++;
      anyWild = true;
    }
    for (let k = P.start[q]; k < P.end[q]; k++) {
      const c = codes[k];
      if (k === lead && k > P.start[q]) f |= q === p0 ? F_PIECE : F_PIECE | F_JOIN;
      let s = c >= 0x30 && c <= 0x39 ? (pieceLeet ? leet[c] || c : c) : fold[c];
      if (s === 0) s = 0x02; // letter of no view: breaks matches
      if (c === 0x2a || c === 0x23 || c === 0x40) {
        f |= F_WILD; // * # @
        anyWild = true;
      }
      if (len > start && s === sym[len - 1] && s !== MASK && s !== 0x02 && !(k === lead && k > P.start[q])) {
        const r = run[len - 1];
        if (r < 0xffff) run[len - 1] = r + 1;
        bend[len - 1] = k;
        flg[len - 1] |= f;
      } else {
        sym[len] = s;
        run[len] = 1;
        bpos[len] = k;
        bend[len] = k;
        flg[len] = f;
        tok[len] = t;
        len++;
      }
      f = 0;
    }
  }
  S.len = len;
  // core: without letter-like symbols at the edges
  let cs = start;
  while (cs < len && isTrim(codes[bpos[cs]])) cs++;
  let ce = len;
  while (ce > cs && isTrim(codes[bend[ce - 1]])) ce--;
  S.tStart[t] = start;
  S.tEnd[t] = len;
  S.cStart[t] = cs;
  S.cEnd[t] = ce > cs ? ce : len;
  S.tJoined[t] = joined ? 1 : 0;
  // masked matching only for single words (not joined ones) with a mask inside (not f***,
  // footnote stars, markdown) and without digits or other symbols (not globs, code, handles)
  let hasWild = 0;
  let allSingle = joined;
  for (let q = p0; q <= p1 && allSingle; q++) if (!single(st, q)) allSingle = false;
  const plain = !joined || allSingle || punct; // f**k, or f💩*💩c💩k — not code or URLs glued together
  const fewDigits = digits === 0 || (leetOk && digits <= 2);
  for (let k = S.cStart[t]; anyWild && k < S.cEnd[t] && plain && fewDigits && syms <= 6; k++) {
    // '@' stands for a hidden letter only in short words (f@ck), not in e-mail addresses
    if (flg[k] & F_WILD && (codes[S.bpos[k]] !== 0x40 || len - start <= 8)) {
      hasWild = 1;
      break;
    }
  }
  if (!hasWild && plain && fewDigits && len - start <= MAX_MASKED_LEN && sym[len - 1] === MASK) hasWild = 1;
  // 2: punctuation read as masks, whose hits must cover every mask (masked.ts)
  S.tMask[t] = hasWild && punct ? 2 : hasWild;
  if (hasWild) S.hasMask = true;
  S.tReal[t] = letters;
  S.tMixed[t] = (mixed & (P_LAT | P_CYR)) === (P_LAT | P_CYR) ? 1 : 0;
}
