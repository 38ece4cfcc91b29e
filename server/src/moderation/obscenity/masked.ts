/**
 * Masked words (f**k, п*зд*те): a mask or leet symbol stands for any letter of a lexicon spelling.
 */
import * as m_normalize from '../normalize';
import type { CompiledView } from './build';
import * as m_buffers from './buffers';
import type { State, Stream } from './buffers';
import * as m_boundaries from './boundaries';
import * as m_segment_words from '../segment/words';

// module-local bindings (hot loops: no cross-module accessor per use)
const { MASK, SEP } = m_normalize;
const { F_WILD, MAX_MASKED_LEN, MAX_MASKED_STEPS, MAX_MASKED_WORDS, isLetterClass, onlyMasks } = m_buffers;
const { check } = m_boundaries;
const { englishWords } = m_segment_words;

/**
 * Some piece of two or more letters between the masks of token t is an English word (u.book,
 * f.cell, e.allow: a letter and a word, not a masked word). Runs are expanded (at most 3).
 */
function hasWordPiece(S: Stream, t: number): boolean {
  const end = S.cEnd[t];
  let w = '';
  for (let k = S.cStart[t]; k <= end; k++) {
    const c = k < end ? S.sym[k] : MASK;
    if (c !== MASK) {
      if (c < 0x61 || c > 0x7a) return false;
      w += String.fromCharCode(c).repeat(Math.min(S.run[k], 3));
      continue;
    }
    if (w.length >= 2 && englishWords().has(w)) return true;
    w = '';
  }
  return false;
}

/**
 * Masked words (f**k, п*зд*те, a*s**les): a mask matches any letter of a lexicon spelling.
 * Bounded: at most MAX_MASKED_WORDS words of at most MAX_MASKED_LEN symbols per text.
 */
export function scanMasked(st: State, S: Stream, V: CompiledView): void {
  const sym = S.sym;
  const flags = S.flags;
  let budget = MAX_MASKED_WORDS;
  let steps = MAX_MASKED_STEPS;
  for (let t = 0; t < S.ntok && budget > 0; t++) {
    if (!S.tMask[t]) continue;
    const ts = S.tStart[t];
    const te = S.tEnd[t];
    if (te - ts > MAX_MASKED_LEN) continue;
    let wilds = 0;
    let firstWild = te;
    let lastWild = -1;
    for (let k = ts; k < te; k++) {
      if (flags[k] & F_WILD) {
        wilds++;
        if (firstWild === te) firstWild = k;
        lastWild = k;
      }
    }
    // punctuation read as masks (sh.t, f?ck): a hit covers every one of them, with letters on
    // both sides (not org in example.org/orders, not a word before or after the punctuation)
    const punct = S.tMask[t] >= 2;
    // 3: a longer Latin word with a single letter by the punctuation: hits of the whole word only
    const whole = S.tMask[t] === 3;
    // (and only when no piece is a word by itself, and with the word list at hand)
    if (whole && (!st.segment || hasWordPiece(S, t))) continue;
    if (wilds > 6) continue; // a censored word hides a few letters, not dozens
    budget--;
    const short = te - ts <= 8;
    // a hit of a punctuation word starts before its first mask
    const iEnd = punct ? firstWild : te;
    for (let i = ts; i < iEnd; i++) {
      let list;
      if (flags[i] & F_WILD) {
        // a masked first letter: the first symbol after it that must match picks the spellings
        // (a spelling whose every letter is masked has no genuine letter)
        let d = 1;
        while (i + d < te && flags[i + d] & F_WILD) d++;
        if (i + d >= te) continue;
        list = V.wildAt[d]?.get(sym[i + d]);
      } else list = V.wild.get(sym[i]);
      if (!list) continue;
      if ((steps -= list.length) < 0) return;
      st.lastWork += list.length;
      for (let w = 0; w < list.length; w++) {
        const form = list[w].form;
        const L = form.length;
        if (i + L > te) continue;
        if (punct && (firstWild <= i || lastWild >= i + L - 1)) continue;
        // (an ending of at most two letters may follow: n.ggers, m.therf.cker; not t.anyone)
        if (whole && (i !== S.cStart[t] || i + L < S.cEnd[t] - 2)) continue;
        // one letter before the punctuation is one letter as posted (ё.аный, х.й; not её.алем)
        if (punct && firstWild === i + 1 && S.run[i] > 1) continue;
        let masks = 0;
        let genuine = 0;
        let ok = true;
        for (let k = 0; k < L; k++) {
          const x = sym[i + k];
          if (x === form.charCodeAt(k)) {
            if (!(flags[i + k] & F_WILD) && isLetterClass(st.codes[S.bpos[i + k]])) genuine++;
            continue;
          }
          if (flags[i + k] & F_WILD && form.charCodeAt(k) !== SEP && (x === MASK || short)) masks++;
          else {
            ok = false;
            break;
          }
        }
        if (!ok || masks === 0 || masks > 3) continue;
        // enough genuine letters (not leet symbols) in the hit: two, or one in a longer word
        // (f***ing, х**во, з**бал)
        const real = genuine;
        if (real < 1 || (real < 2 && S.tReal[t] < 3)) continue;
        // at least one mask inside the word (not a footnote star or markdown)
        let inner = false;
        for (let k = 0; k < L; k++) {
          const q = i + k;
          if (flags[q] & F_WILD && sym[q] !== form.charCodeAt(k) && q >= S.cStart[t] && q < S.cEnd[t]) {
            inner = true;
            break;
          }
        }
        // Russian censoring keeps the first letters and masks the rest (бл*, бл**)
        if (!inner && !(V.view === 'cyr' && real >= 2 && sym[i + L - 1] === MASK && onlyMasks(sym, i + L, te))) continue;
        check(st, S, V, list[w].entry, i, i + L, 0, null, true);
      }
    }
  }
}
