/**
 * Span helpers of the tone check: scanners the phrase lists cannot express (laughter runs,
 * ")))" grins, 八折 discounts) and neighbourhood searches that keep the check linear-logarithmic.
 * All positions are in the folded text (see fold.ts).
 */
import type { Hit, Pattern } from './automaton';
import { isWordChar, type Folded } from './fold';
import type { PhraseGroup } from './types';

export interface Span {
  start: number;
  end: number;
}

export type Located = Span & { group: PhraseGroup };

/** Leftmost-longest, non-overlapping subset of spans. */
export function disjoint<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** Widens a laughter match over its whole run (hahaha, ахахах, 哈哈哈), then wants a whole word. */
export function laughter(f: Folded, h: Hit, p: Pattern): Span | null {
  const chars = new Set<number>();
  for (let i = 0; i < p.text.length; i++)
    if (p.text.charCodeAt(i) !== 0x20) chars.add(p.text.charCodeAt(i));
  let { start, end } = h;
  while (start > 0 && chars.has(f.text.charCodeAt(start - 1))) start--;
  while (end < f.text.length && chars.has(f.text.charCodeAt(end))) end++;
  if (start > 0 && isWordChar(f.text.charCodeAt(start - 1)) && isWordChar(f.text.charCodeAt(start)))
    return null;
  if (
    end < f.text.length &&
    isWordChar(f.text.charCodeAt(end)) &&
    isWordChar(f.text.charCodeAt(end - 1))
  )
    return null;
  return { start, end };
}

/** Runs of two or more ")" that close no "(" before them: a Russian-style grin. */
export function grins(f: Folded): Span[] {
  const out: Span[] = [];
  let open = 0;
  const t = f.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29) {
      let j = i;
      while (j < t.length && t.charCodeAt(j) === 0x29) j++;
      const closing = Math.min(open, j - i);
      open -= closing;
      if (j - i - closing >= 2) out.push({ start: i + closing, end: j });
      i = j - 1;
    }
  }
  return out;
}

/** Whether `b` lies within `window` folded chars of `a`, at most `sentences` sentences away. */
export const near = (f: Folded, a: Span, b: Span, window: number, sentences = 0) =>
  Math.abs(f.sentence[a.start] - f.sentence[b.start]) <= sentences &&
  b.start <= a.end + window &&
  b.end >= a.start - window;

/** Longest span searched around another (longer phrases and discount runs are cut to it). */
export const MAX_SPAN = 64;

/**
 * The first span of `sorted` (by start) near `a` that passes `ok`. Binary search to the window,
 * so a reply full of offers and requests stays linear-logarithmic, never quadratic.
 */
export function findNear<T extends Span>(
  f: Folded,
  sorted: T[],
  a: Span,
  window: number,
  sentences: number,
  ok: (b: T) => boolean = () => true
) {
  let lo = 0;
  let hi = sorted.length;
  const from = a.start - window - MAX_SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i].start <= a.end + window; i++) {
    if (near(f, a, sorted[i], window, sentences) && ok(sorted[i])) return sorted[i];
  }
  return undefined;
}

export const byStart = <T extends Span>(spans: T[] | undefined): T[] =>
  (spans ?? []).sort((a, b) => a.start - b.start);

const CN_NUMERALS = new Set(Array.from('0123456789一二三四五六七八九.', (c) => c.charCodeAt(0)));

/** Chinese discounts written as a number before 折 (八折, 打75折): offers the phrase list cannot spell. */
export function discounts(f: Folded): Span[] {
  const out: Span[] = [];
  const t = f.text;
  for (let i = 1; i < t.length; i++) {
    if (t.charCodeAt(i) !== 0x6298 /* 折 */ || !CN_NUMERALS.has(t.charCodeAt(i - 1))) continue;
    let start = i - 1;
    while (start > 0 && i - start < 4 && CN_NUMERALS.has(t.charCodeAt(start - 1))) start--;
    out.push({ start, end: i + 1 });
  }
  return out;
}

/** A verb and its object close together in one sentence: one span (delete … your review, 把帖子删了). */
export function pairs(f: Folded, verbs: Located[], objects: Located[], window: number): Span[] {
  const out: Span[] = [];
  for (const v of verbs) {
    const o = findNear(f, objects, v, window, 0);
    if (o) out.push({ start: Math.min(v.start, o.start), end: Math.max(v.end, o.end) });
  }
  return out;
}
