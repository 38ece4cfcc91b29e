/**
 * Context rules for ambiguous terms (lexicons' `contexts`): looks at the plain words around a
 * hit in the normalized text. Bounded: at most MAX_SCAN code units and `window` words per side,
 * and only for hits of terms that have a rule, so the cost per hit is constant.
 */
import * as m_normalize from '../normalize';
import type { EntryContext } from './build';

// module-local bindings (hot loops: no cross-module accessor per use)
const { CharClass, charClass, CLASS_TABLE } = m_normalize;

const MAX_SCAN = 64;

function isWordChar(c: number): boolean {
  const k = CLASS_TABLE[c] || charClass(c);
  return k === CharClass.Latin || k === CharClass.Cyr || k === CharClass.CyrX || k === CharClass.Greek || k === CharClass.OtherLetter || k === CharClass.Digit;
}

/** Sentence ends: the window does not cross them. */
function isSentenceEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2028 || c === 0x2029;
}

/** Up to `max` words before `from` (nearest first), not crossing a sentence end. */
export function wordsBefore(codes: Uint16Array, from: number, max: number): string[] {
  const out: string[] = [];
  let i = from - 1;
  const stop = Math.max(0, from - MAX_SCAN);
  while (i >= stop && out.length < max) {
    while (i >= stop && !isWordChar(codes[i])) {
      if (isSentenceEnd(codes[i])) return out;
      i--;
    }
    if (i < stop) break;
    let w = '';
    while (i >= stop && isWordChar(codes[i])) w = String.fromCharCode(codes[i--]) + w;
    out.push(w);
  }
  return out;
}

/** Up to `max` words from `from` on (nearest first), not crossing a sentence end. */
export function wordsAfter(codes: Uint16Array, n: number, from: number, max: number): string[] {
  const out: string[] = [];
  let i = from;
  const stop = Math.min(n, from + MAX_SCAN);
  while (i < stop && out.length < max) {
    while (i < stop && !isWordChar(codes[i])) {
      if (isSentenceEnd(codes[i])) return out;
      i++;
    }
    if (i >= stop) break;
    let w = '';
    while (i < stop && isWordChar(codes[i])) w += String.fromCharCode(codes[i++]);
    out.push(w);
  }
  return out;
}

/**
 * Whether a hit covering normalized [start, end] (inclusive) of a term with rule `ctx` stands.
 * `hasCjk`: the text contains Chinese characters.
 */
export function contextAllowsHit(ctx: EntryContext, codes: Uint16Array, n: number, start: number, end: number, hasCjk: boolean): boolean {
  if (ctx.cleanNear && ctx.cleanNear.size) {
    for (const w of wordsBefore(codes, start, ctx.window)) if (ctx.cleanNear.has(w)) return false;
    for (const w of wordsAfter(codes, n, end + 1, ctx.window)) if (ctx.cleanNear.has(w)) return false;
  }
  const only = ctx.abuseOnlyWith;
  if (only) {
    if (only.cjk && hasCjk) return true;
    const [prev] = wordsBefore(codes, start, 1);
    return prev !== undefined && only.before.has(prev);
  }
  return true;
}
