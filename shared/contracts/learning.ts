import type { IsoDate } from './common';

/**
 * "Don't flag this again", offered when a moderator restores a false positive: the word as a
 * site exception (`term`), the link's domain / e-mail / handle / phone number into the brand
 * allowlist (`allowlist`), or the author trusted with repeats (`author`).
 */
export const LEARN_KINDS = ['term', 'allowlist', 'author'] as const;
export type LearnKind = (typeof LEARN_KINDS)[number];

/** One thing the filter can learn from a log entry, fitted to its evidence. */
export interface LearnOption {
  kind: LearnKind;
  /** The word as written, the contact (host, e-mail, @handle, E.164 phone), or the author key. */
  value: string;
  /** The detector whose evidence it comes from (`obscenity`, `advertising`, `duplicate`, `custom`). */
  detector: string;
  /** The evidence's sub-kind: `url`, `email`, `phone`, `handle`, `root`… */
  evidenceKind: string | null;
}

export interface LearnedException extends LearnOption {
  /** documentId (the `:id` of DELETE /exceptions/:id). */
  id: string;
  /** The log entry it was learned from. */
  logEntry: string | null;
  createdBy: string | null;
  createdAt: IsoDate;
}

export namespace GetLearnOptions {
  /** GET /logs/:id/learn-options (logs.restore): what restoring this entry could teach. */
  export interface Response {
    data: LearnOption[];
  }
}

export namespace RestoreAndLearn {
  /**
   * POST /logs/:id/restore and /approve accept `{ learn: { kind, value } }` (one of the entry's
   * learn options; needs settings.manage too). The answer then carries `meta.learned`.
   */
  export interface Request {
    learn?: { kind: LearnKind; value: string };
  }
  export interface Meta {
    learned: LearnedException | null;
  }
}

export namespace GetExceptions {
  /** GET /exceptions (settings.manage): every learned exception, newest first. */
  export interface Response {
    data: LearnedException[];
  }
}

export namespace DeleteException {
  /** DELETE /exceptions/:id (settings.manage): the filter flags it again. */
  export interface Response {
    data: { id: string };
  }
}

/** The most restored terms and detectors over a period (Overview). */
export interface RestoredTerms {
  terms: Array<{ term: string; detector: string; count: number }>;
  detectors: Array<{ detector: string; count: number }>;
}
