/**
 * Shared contract of the pure moderation core.
 *
 * Nothing in `server/src/moderation/` may import Strapi: the core is used by the
 * Strapi shell (services/), by the `classify` / `eval` CLIs and by the benchmarks.
 */

/** The one verdict a comment gets. */
export type Category = 'allow' | 'obscenity' | 'advertising' | 'duplicate';

export const CATEGORIES: readonly Category[] = ['allow', 'obscenity', 'advertising', 'duplicate'];

export type Lang = 'en' | 'ru' | 'zh';

/**
 * Why a detector fired. `start`/`end` are UTF-16 offsets into the ORIGINAL text
 * (end exclusive), so `text.slice(start, end)` shows the offending part as posted.
 */
export interface Evidence {
  detector: 'obscenity' | 'advertising' | 'duplicate' | 'custom';
  /** Canonical term (lexicon root, link host, phone in E.164, matched phrase, or id of the earlier comment). */
  term: string;
  start: number;
  end: number;
  lang?: Lang;
  /** Sub-kind, e.g. 'url' | 'email' | 'phone' | 'handle' | 'messenger' | 'seo' for advertising, 'root' | 'pinyin' for obscenity. */
  kind?: string;
  /** Obscenity only: the community-rule category the term falls under (swearing/sexual vocabulary, or an insult/slur). */
  rule?: 'obscenity' | 'insults';
  /** For duplicates: the id and thread of the first occurrence and the similarity (0..1). */
  firstId?: string;
  firstThread?: string;
  similarity?: number;
}

export interface Decision {
  category: Category;
  evidence: Evidence[];
  /**
   * For `advertising` only: whether the comment promotes something (promotion or SEO words,
   * messenger contacts, disguised brand words). `false` means a bare link, e-mail or phone
   * number and nothing else — often a customer leaving their own contact, so a site may
   * want a moderator to look before banning anyone.
   */
  promotion?: boolean;
  /**
   * Stages that failed (a detector or the store threw). A failed stage counts as "found
   * nothing" (fail-open) so a bug or an unavailable store never blocks or crashes posting;
   * callers should log these.
   */
  errors?: Array<{ stage: 'obscenity' | 'advertising' | 'duplicate'; message: string }>;
}

/** A comment as the filter sees it. Only these four fields; nothing else is read. */
export interface CommentInput {
  id?: string;
  author: string;
  thread: string;
  text: string;
}

/** One remembered comment of an author, kept by a DuplicateStore. */
export interface FingerprintRecord {
  author: string;
  thread: string;
  /** Serialized fingerprint produced by the core (opaque to stores). */
  fingerprint: string;
  /** Id of the comment it came from (the first occurrence shown as evidence). */
  commentId?: string;
  /** ms since epoch */
  createdAt: number;
}

/**
 * Where fingerprints live. The CLI keeps them in memory; the Strapi shell keeps
 * them in the database (indexed by author) so several nodes behave as one.
 */
export interface DuplicateStore {
  /** The author's most recent records, newest first, at most `limit`. */
  recent(author: string, limit: number): Promise<FingerprintRecord[]> | FingerprintRecord[];
  /** Remember a comment that was let through. */
  add(record: FingerprintRecord): Promise<void> | void;
}

/**
 * Where the pipeline reports a stage that failed (the one place that fails open). The pure
 * core has no Strapi import: the shell can pass `strapi.log`; the default writes to stderr.
 */
export interface ModerationLogger {
  error(message: string): void;
}

/** A content stage of the pipeline (obscenity, advertising, or a replacement of one). */
export interface ContentDetector {
  detect(text: string): Evidence[] | { evidence: Evidence[]; promotion?: boolean };
}

export interface ModeratorOptions {
  /** Receives one line per failed stage (default: stderr); failures are also in `decision.errors`. */
  logger?: ModerationLogger;
  /** Replace a built-in content stage (custom detectors; tests use it to make a stage fail). */
  stages?: { obscenity?: ContentDetector; advertising?: ContentDetector };
  /** The brand's own contacts, never advertising: domains, e-mail domains, @handles, phone numbers. */
  allow?: string[];
  /** Extra obscene terms (e.g. from community rules), matched with the same disguise folding. */
  extraTerms?: Array<{ term: string; lang?: Lang }>;
  /** Extra clean words that must never be flagged even though they contain a bad substring. */
  extraExceptions?: string[];
  /** Region used to parse phone numbers without a country code (ISO 3166 alpha-2). */
  defaultPhoneRegion?: string;
  /**
   * List every advertising contact in the evidence (default false: once a comment is shown
   * to be an ad by cheap checks, the slow link / phone scans are skipped).
   */
  exhaustiveEvidence?: boolean;
  duplicate?: {
    /** Similarity (0..1) at or above which two comments of one author are the same comment. */
    threshold?: number;
    /** How many recent comments of the author are compared. */
    window?: number;
    /** Also count a repeat under the same thread (default false: only another post counts). */
    sameThread?: boolean;
  };
}

export interface ClassifyContext {
  /** Without a store, duplicates are not checked. */
  store?: DuplicateStore;
  /** Whether to remember the comment when it is let through (default true). */
  remember?: boolean;
  /** Clock, for deterministic tests. */
  now?: () => number;
}

export interface Moderator {
  /** Full decision: obscenity, advertising, then duplicates (async because stores may be). Never throws. */
  classify(comment: CommentInput, ctx?: ClassifyContext): Promise<Decision>;
  /** Content-only decision (obscenity + advertising), synchronous; for texts such as display names. Never throws. */
  classifyText(text: string): Decision;
}
