/**
 * How much a comment looks like a claim (a false statement spread about the brand), from the
 * near-duplicate fingerprints the duplicate filter already stores: the fingerprints' similarity,
 * or — since a comment repeating a claim usually adds words of its own — how much of the claim's
 * shingles the comment contains, for comments up to a few times the claim's length.
 *
 * Pure module: no Strapi, no I/O.
 */
import { EXACT_ONLY_CHARS, parseFingerprint, similarity, type Fingerprint } from './duplicates';

/** Likeness at which a comment is suggested as repeating a claim. */
export const CLAIM_LIKENESS = 0.4;

/** Likeness 0..1 of `comment` to `claim` (both fingerprints). */
export function likeness(claim: Fingerprint, comment: Fingerprint): number {
  const similar = similarity(claim, comment);
  if (claim.len < EXACT_ONLY_CHARS || comment.len < EXACT_ONLY_CHARS || claim.shingles.length === 0) return similar;
  if (comment.len > claim.len * 4) return similar;
  let i = 0;
  let j = 0;
  let inter = 0;
  const a = claim.shingles;
  const b = comment.shingles;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Math.max(similar, (0.9 * inter) / a.length);
}

/** The best likeness of a stored fingerprint to any of `references`; 0 for an unreadable one. */
export function bestLikeness(references: Fingerprint[], stored: string): number {
  const fp = parseFingerprint(stored);
  if (!fp) return 0;
  let best = 0;
  for (const ref of references) best = Math.max(best, likeness(ref, fp));
  return best;
}
