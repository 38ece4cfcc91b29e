/**
 * Splitting a glued word into dictionary words (pure; no Strapi).
 *
 * `classifyGlued(word, dict, stems)` answers for one lower-case a–z word:
 * - 'clean'   — the word itself, or some split of it into dictionary words, is clean
 *               (glasshit = glass + hit, mishit);
 * - 'obscene' — no clean split exists, and some split has an obscene stem with every other part
 *               a dictionary word (dick + brain, ass + hat);
 * - 'unknown' — neither (the rest is not a word: s + cunt + horpe): treated as clean by callers.
 * Dynamic programming over positions with set look-ups: O(L · MAX_PART) for a word of length L,
 * and callers bound L (MAX_WORD), so the cost per word is constant.
 */

export const MIN_PART = 3;
export const MAX_PART = 20;
export const MAX_WORD = 32;

export interface StemSet {
  /** Obscene stems allowed anywhere in a glued word (ass, dick …). */
  anywhere: ReadonlySet<string>;
  /** Obscene stems allowed only as its first part (cock: -cock ends many surnames). */
  first: ReadonlySet<string>;
}

export type GluedVerdict = 'clean' | 'obscene' | 'unknown';

/** A dictionary: only `has` is needed (callers may filter a word list on the fly). */
export interface Dictionary {
  has(word: string): boolean;
}

export function classifyGlued(word: string, dict: Dictionary, stems: StemSet): GluedVerdict {
  const L = word.length;
  if (L === 0 || L > MAX_WORD) return 'unknown';
  if (dict.has(word)) return 'clean';
  // clean[i]: word[0, i) splits into dictionary words; dirty[i]: into dictionary words and stems, at least one stem
  const clean = new Uint8Array(L + 1);
  const dirty = new Uint8Array(L + 1);
  clean[0] = 1;
  for (let i = 0; i < L; i++) {
    if (!clean[i] && !dirty[i]) continue;
    const top = Math.min(L, i + MAX_PART);
    for (let j = i + MIN_PART; j <= top; j++) {
      const part = word.slice(i, j);
      if (dict.has(part)) {
        if (clean[i]) clean[j] = 1;
        if (dirty[i]) dirty[j] = 1;
      }
      if (stems.anywhere.has(part) || (i === 0 && stems.first.has(part))) dirty[j] = 1;
    }
  }
  if (clean[L]) return 'clean';
  return dirty[L] ? 'obscene' : 'unknown';
}

/** Whether `word` splits into clean dictionary words (the word itself counts). */
export function hasCleanSplit(word: string, dict: Dictionary): boolean {
  return classifyGlued(word, dict, EMPTY_STEMS) === 'clean';
}

const EMPTY_STEMS: StemSet = { anywhere: new Set(), first: new Set() };
