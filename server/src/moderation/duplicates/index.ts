/**
 * Near-duplicate detection: the same author posting the same comment again (under another
 * post), with trivial changes: case, punctuation, whitespace, emoji, homoglyphs, a word or
 * two added or changed.
 *
 * Fingerprint (a string, stored opaque by a `DuplicateStore`):
 *   `d1|<compact length>|<exact hash>|<shingle hashes, base36, comma separated>`
 * where the text is folded (NFKC, zero-width removal, homoglyphs, lower case), reduced to
 * its words (Latin/Cyrillic/Greek words and digit runs; every CJK character is a word;
 * punctuation and emoji dropped), and shingled into character 3-grams of that word
 * sequence. Similarity of two fingerprints = max(Jaccard, 0.9 × containment of the
 * smaller one in the larger one when sizes are within 2×) — containment catches "a few
 * words added", Jaccard catches "a word changed".
 *
 * Very short comments: a comment whose compact form has fewer than `MIN_CHARS` characters
 * ("+1", "thanks!", "спасибо", "👍") is never a duplicate — many people legitimately post
 * those everywhere and it is not spam. Between `MIN_CHARS` and `EXACT_ONLY_CHARS` only an
 * exact (normalized) repeat counts.
 *
 * Pure module: no Strapi, no I/O.
 */
import type { DuplicateStore, FingerprintRecord } from '../types';
import { foldText } from '../normalize';
import { isTokenChar, isCjk } from '../advertising/phrases';

export const FINGERPRINT_VERSION = 'd1';
/** Compact forms shorter than this are never duplicates. */
export const MIN_CHARS = 8;
/** Compact forms shorter than this are duplicates only when exactly equal. */
export const EXACT_ONLY_CHARS = 24;
/** Keep at most this many shingle hashes (bottom-k sketch) for long comments. */
export const MAX_SHINGLES = 400;
/** A CJK character counts as this many characters for the length thresholds. */
export const CJK_WEIGHT = 3;

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_WINDOW = 50;

export interface Fingerprint {
  len: number;
  exact: string;
  shingles: Uint32Array; // sorted, unique
}

/** Words of the comment, folded; CJK characters are words of their own. */
export function compactWords(text: string): string[] {
  const s = foldText(text).s;
  const words: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isTokenChar(c) && c !== 0x5f) {
      let j = i + 1;
      while (j < n && isTokenChar(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x5f) j++;
      words.push(s.slice(i, j));
      i = j;
    } else if (isCjk(c)) {
      words.push(s[i]);
      i++;
    } else {
      i++;
    }
  }
  return words;
}

function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function computeFingerprint(text: string): Fingerprint {
  const words = compactWords(typeof text === 'string' ? text : '');
  // Join Latin/Cyrillic words with a space, CJK characters without one.
  let joined = '';
  let prevCjk = false;
  for (const w of words) {
    const cjk = w.length === 1 && isCjk(w.charCodeAt(0));
    if (joined && !(cjk && prevCjk)) joined += ' ';
    joined += w;
    prevCjk = cjk;
  }
  // "Information length": a CJK character carries about as much as a short word.
  let compactLen = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c !== 0x20) compactLen += isCjk(c) ? CJK_WEIGHT : 1;
  }
  const exact = fnv1a(joined).toString(36) + fnv1a(joined.split('').reverse().join('')).toString(36);
  const set = new Set<number>();
  const k = 3;
  if (joined.length >= k) {
    for (let i = 0; i + k <= joined.length; i++) set.add(fnv1a(joined, i, i + k));
  } else if (joined.length > 0) {
    set.add(fnv1a(joined));
  }
  let arr = Uint32Array.from(set).sort();
  if (arr.length > MAX_SHINGLES) arr = arr.slice(0, MAX_SHINGLES);
  return { len: compactLen, exact, shingles: arr };
}

export function serializeFingerprint(fp: Fingerprint): string {
  const parts: string[] = new Array(fp.shingles.length);
  for (let i = 0; i < fp.shingles.length; i++) parts[i] = fp.shingles[i].toString(36);
  return `${FINGERPRINT_VERSION}|${fp.len}|${fp.exact}|${parts.join(',')}`;
}

/** Parse a stored fingerprint; `null` for anything this version does not understand. */
export function parseFingerprint(s: string): Fingerprint | null {
  if (typeof s !== 'string') return null;
  const parts = s.split('|');
  if (parts.length !== 4 || parts[0] !== FINGERPRINT_VERSION) return null;
  const len = Number(parts[1]);
  if (!Number.isFinite(len)) return null;
  const sh = parts[3] ? parts[3].split(',').map((x) => parseInt(x, 36)) : [];
  if (sh.some((x) => !Number.isFinite(x))) return null;
  return { len, exact: parts[2], shingles: Uint32Array.from(sh) };
}

/** Fingerprint of a comment text, serialized (what a `DuplicateStore` keeps). */
export function fingerprint(text: string): string {
  return serializeFingerprint(computeFingerprint(text));
}

function intersectSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Similarity 0..1 of two fingerprints (1 = same normalized text). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.len < MIN_CHARS || b.len < MIN_CHARS) return 0;
  if (a.exact === b.exact && a.len === b.len) return 1;
  if (a.len < EXACT_ONLY_CHARS || b.len < EXACT_ONLY_CHARS) return 0;
  const inter = intersectSorted(a.shingles, b.shingles);
  if (inter === 0) return 0;
  const union = a.shingles.length + b.shingles.length - inter;
  const jaccard = inter / union;
  const small = Math.min(a.shingles.length, b.shingles.length);
  const large = Math.max(a.shingles.length, b.shingles.length);
  const containment = large <= small * 2 ? (0.9 * inter) / small : 0;
  return Math.max(jaccard, containment);
}

export interface DuplicateOptions {
  threshold?: number;
  window?: number;
  /** Also count a repeat under the SAME thread (default false: only another post counts). */
  sameThread?: boolean;
}

export interface DuplicateMatch {
  record: FingerprintRecord;
  similarity: number;
}

/**
 * Compare `text` with the author's recent records; the best match at or above the
 * threshold, or null. Records with an unknown fingerprint format are ignored.
 */
export async function findDuplicate(
  store: DuplicateStore,
  comment: { author: string; thread: string; text: string },
  options: DuplicateOptions = {},
  precomputed?: Fingerprint,
): Promise<DuplicateMatch | null> {
  const fp = precomputed ?? computeFingerprint(comment.text);
  if (fp.len < MIN_CHARS) return null;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const window = Math.max(1, Math.floor(options.window ?? DEFAULT_WINDOW));
  const records = await store.recent(comment.author, window);
  let best: DuplicateMatch | null = null;
  for (const r of records ?? []) {
    if (!r || r.author !== comment.author) continue;
    if (!options.sameThread && r.thread === comment.thread) continue;
    const other = parseFingerprint(r.fingerprint);
    if (!other) continue;
    const sim = similarity(fp, other);
    if (sim >= threshold && (!best || sim > best.similarity)) best = { record: r, similarity: sim };
  }
  return best;
}

export interface MemoryStoreOptions {
  /** Records kept per author (newest first). Default 100. */
  perAuthor?: number;
  /** Authors kept (least recently active dropped first). Default 200 000. */
  maxAuthors?: number;
}

/** In-memory DuplicateStore (CLI, tests, single process). */
export function createMemoryStore(options: MemoryStoreOptions = {}): DuplicateStore & { size(): number } {
  const perAuthor = options.perAuthor ?? 100;
  const maxAuthors = options.maxAuthors ?? 200_000;
  const byAuthor = new Map<string, FingerprintRecord[]>();
  return {
    recent(author: string, limit: number) {
      const list = byAuthor.get(author);
      return list ? list.slice(0, Math.max(0, limit)) : [];
    },
    add(record: FingerprintRecord) {
      let list = byAuthor.get(record.author);
      if (list) byAuthor.delete(record.author); // re-insert: most recently active last
      else list = [];
      list.unshift({ ...record });
      if (list.length > perAuthor) list.length = perAuthor;
      byAuthor.set(record.author, list);
      if (byAuthor.size > maxAuthors) {
        const oldest = byAuthor.keys().next().value;
        if (oldest !== undefined) byAuthor.delete(oldest);
      }
    },
    size() {
      let n = 0;
      for (const l of byAuthor.values()) n += l.length;
      return n;
    },
  };
}
