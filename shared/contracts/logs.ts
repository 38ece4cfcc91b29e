import type { IsoDate, Paginated } from './common';
import type { BulkAction, ErrorCode, LogAction, LogCategory, ReviewOutcome } from './constants';
import type { AuthorStanding } from './authors';
import type { NotificationItem } from './notifications';
import type { AppealState } from './appeals';

/** One piece of evidence: `start`/`end` are UTF-16 offsets into the original value of `field`. */
export interface EvidenceItem {
  detector: 'obscenity' | 'advertising' | 'duplicate' | 'custom';
  term: string;
  start: number;
  end: number;
  field?: string;
  lang?: 'en' | 'ru' | 'zh';
  kind?: string;
  firstId?: string;
  firstThread?: string;
  similarity?: number;
}

/** A moderation log entry as lists show it. */
export interface LogEntry {
  id: number;
  documentId: string;
  action: LogAction;
  category: LogCategory;
  dryRun: boolean;
  ruleNumber: number | null;
  ruleTitle: string | null;
  evidence: EvidenceItem[] | null;
  originalText: string | null;
  targetUid: string | null;
  targetDocumentId: string | null;
  thread: string | null;
  authorKey: string | null;
  authorName: string | null;
  locale: string | null;
  reason: string | null;
  relatedEntry: string | null;
  actorName: string | null;
  createdAt: IsoDate;
  /** For removed/held/flagged entries: how a moderator settled it, or null while it awaits review. */
  review: ReviewState | null;
  /** Whether the author appealed (answered the explanation through its link). */
  appealed: boolean;
}

export interface ReviewState {
  outcome: ReviewOutcome;
  at: IsoDate;
  by: string | null;
  /** The log entry that records the review. */
  entry: string;
}

export namespace FindLogs {
  export interface Query {
    /** One action, or `queue` for removed + held + flagged. */
    action?: LogAction | 'queue';
    category?: LogCategory;
    rule?: number;
    author?: string;
    from?: IsoDate;
    to?: IsoDate;
    /** `true`: settled entries only; `false`: still awaiting review. */
    reviewed?: 'true' | 'false';
    /** Text search in the comment, the author's key and name. */
    q?: string;
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<LogEntry>;
}

export namespace FindLog {
  export interface Response {
    data: LogEntry & {
      originalData: Record<string, unknown> | null;
      /** The rule cited, with what the Content Manager needs to link to it. */
      rule: { documentId: string; number: number; title: string; locale: string | null } | null;
      /** The author's current standing (null for entries with no author). */
      standing: AuthorStanding | null;
      /** Explanations sent for this entry. */
      notifications: NotificationItem[];
      /** Entries that followed from this one (warnings, bans, restore, notifications). */
      related: LogEntry[];
      /** documentId of the restored/approved entry, if any (kept for API compatibility). */
      restoredBy: string | null;
      /** The author's appeal, if they sent one. */
      appeal: AppealState | null;
    };
  }
}

export namespace Restore {
  /** POST /logs/:id/restore (removed or held) and /logs/:id/approve (held). `:id` is the entry's documentId. */
  export interface Response {
    data: { entry: LogEntry; document: { documentId: string } & Record<string, unknown> };
  }
}

export namespace Confirm {
  /** POST /logs/:id/confirm: the removal (or flag) was right; marks the entry reviewed. */
  export interface Response {
    data: { entry: LogEntry };
  }
}

export namespace Bulk {
  export interface Request {
    action: BulkAction;
    /** documentIds of log entries, at most LIMITS.bulk. */
    ids: string[];
  }
  export interface Result {
    id: string;
    ok: boolean;
    code?: ErrorCode;
    message?: string;
  }
  export interface Response {
    data: Result[];
    meta: { ok: number; failed: number };
  }
}

export namespace DocumentHistory {
  /** GET /history?uid=…&documentId=…: entries about one moderated document and its author. */
  export interface Response {
    data: {
      entries: LogEntry[];
      authorKey: string | null;
      standing: AuthorStanding | null;
    };
  }
}

export namespace QueueCount {
  /** GET /queue/count: entries awaiting review (home-page widget). */
  export interface Response {
    data: { held: number; flagged: number; removed: number; total: number };
  }
}
