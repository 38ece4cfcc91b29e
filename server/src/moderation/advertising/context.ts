/**
 * What surrounds a candidate contact: words right before it (a messenger, "call me", "order
 * no."), an amount after it, the scripts of the text (likely phone regions), dates, currency.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { F_NUMBER_CONTEXT, F_MESSENGER, F_CONTACT, isTokenChar, isCjk, type PhraseHit, type Token } from './phrases';
import { AMOUNT_SUFFIX_WORDS } from './data';

const AMOUNT_SET = new Set(AMOUNT_SUFFIX_WORDS);

export const SCRIPT_CYR = 1;
export const SCRIPT_CJK = 2;

export function normalizeRegion(r: string | undefined): CountryCode | undefined {
  if (!r || !/^[a-z]{2}$/i.test(r)) return undefined;
  return r.toUpperCase() as CountryCode;
}

export function scriptsOf(text: string): number {
  let f = 0;
  for (let i = 0; i < text.length && f !== 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) f |= SCRIPT_CYR;
    else if (isCjk(c)) f |= SCRIPT_CJK;
  }
  return f;
}

/**
 * Regions to validate a national-format number in, most likely first, from the shape of
 * the number (CN mobile `1[3-9]x…` 11 digits, RU `8 9xx…` / `7 9xx…`, NANP 10 digits) and
 * the scripts of the text. At most three libphonenumber parses per candidate.
 */
export function regionsForDigits(d: string, scripts: number, def: CountryCode): CountryCode[] {
  const out: CountryCode[] = [];
  const len = d.length;
  const c0 = d.charCodeAt(0);
  const c1 = d.charCodeAt(1);
  if (len === 11 && c0 === 0x31 && c1 >= 0x33 && c1 <= 0x39) out.push('CN');
  if (len === 11 && (c0 === 0x38 || c0 === 0x37)) out.push('RU');
  if (len === 10 || (len === 11 && c0 === 0x31)) out.push('US');
  if (!out.includes(def)) out.push(def);
  if (scripts & SCRIPT_CYR && !out.includes('RU')) out.push('RU');
  if (scripts & SCRIPT_CJK && !out.includes('CN')) out.push('CN');
  return out.slice(0, 3);
}

export function isCurrency(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20bd || c === 0x20b4 || c === 0x20b8 || c === 0xffe5 || c === 0x5143;
}

export function isDateLike(raw: string): boolean {
  return (
    /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(raw) ||
    /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(raw) ||
    /^\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+\d{1,2}$/.test(raw)
  );
}

/** Index of the first hit with `to >= minTo` (hits sorted by `to`). */
export function firstHitEndingFrom(hits: PhraseHit[], minTo: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].to < minTo) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token with `to > pos` (tokens sorted). */
export function firstTokenEndingAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].to <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Flags of the phrases that end just before `pos` (within 20 chars, at most one other
 * word between). Identifier context (`order no.`) only counts for the nearest phrase.
 */
export function contextBefore(s: string, hits: PhraseHit[], pos: number): number {
  let flags = 0;
  let nearest: PhraseHit | undefined;
  for (let k = firstHitEndingFrom(hits, pos - 20); k < hits.length && hits[k].to <= pos; k++) {
    const h = hits[k];
    const between = s.slice(h.to, pos);
    const words = countWords(between);
    if (words <= 1 && !between.includes('\n')) flags |= h.flags;
    if (words === 0 && pos - h.to <= 12 && (!nearest || h.to >= nearest.to)) nearest = h;
  }
  if (!nearest || !(nearest.flags & F_NUMBER_CONTEXT)) flags &= ~F_NUMBER_CONTEXT;
  return flags;
}

export function countWords(between: string): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < between.length; k++) {
    const c = between.charCodeAt(k);
    const w = isTokenChar(c) || isCjk(c);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

/** A price / amount word right after a number ("19 990 руб", "1466元"). */
export function amountAfter(s: string, tokens: Token[], pos: number): boolean {
  let k = pos;
  while (k < s.length && k - pos < 2 && s.charCodeAt(k) === 0x20) k++;
  const ti = firstTokenEndingAfter(tokens, k);
  const t = tokens[ti];
  if (t && t.from === k && AMOUNT_SET.has(t.s)) return true;
  const c = s[k];
  return c === '元' || c === '块' || c === '万' || c === '円';
}

/** A messenger / contact word right before `pos`, with fewer than `maxWords` words between. */
export function contactWordBefore(s: string, hits: PhraseHit[], pos: number, maxWords: number, maxChars: number): boolean {
  for (let k = firstHitEndingFrom(hits, pos - maxChars); k < hits.length && hits[k].to <= pos; k++) {
    const h = hits[k];
    if (!(h.flags & (F_MESSENGER | F_CONTACT))) continue;
    if (countWords(s.slice(h.to, pos)) <= maxWords - 1) return true;
  }
  return false;
}
