/**
 * Database rows → the contract's shapes (shared/contracts). Every admin answer goes through
 * one of these, so the console gets exactly the fields its types promise.
 */
import {
  REVIEW_ACTIONS,
  type AuthorStanding,
  type EvidenceItem,
  type LogAction,
  type LogCategory,
  type LogEntry,
  type NotificationChannel,
  type NotificationItem,
  type NotificationStatus,
  type ReviewOutcome,
  type ReviewState,
} from '../../../shared/contracts';

type Row = Record<string, any>;

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** Columns of a log entry as lists show it (the original data only in the detail). */
export const LOG_FIELDS = [
  'id', 'documentId', 'action', 'category', 'dryRun', 'ruleNumber', 'ruleTitle', 'evidence', 'originalText',
  'targetUid', 'targetDocumentId', 'thread', 'authorKey', 'authorName', 'locale', 'reason', 'relatedEntry',
  'actorName', 'createdAt',
] as const;

/** Whether a moderator reviews this entry (the Deletions queue). */
export const isReviewable = (row: { action?: unknown; dryRun?: unknown }) =>
  (REVIEW_ACTIONS as readonly unknown[]).includes(row.action) && row.dryRun !== true;

export const toReview = (row: Row | null | undefined): ReviewState | null =>
  row
    ? {
        outcome: row.outcome as ReviewOutcome,
        at: iso(row.createdAt) ?? new Date(0).toISOString(),
        by: str(row.actorName),
        entry: str(row.record) ?? '',
      }
    : null;

export const toLogEntry = (row: Row, review: Row | null | undefined): LogEntry => ({
  id: row.id,
  documentId: row.documentId,
  action: row.action as LogAction,
  category: row.category as LogCategory,
  dryRun: row.dryRun === true,
  ruleNumber: int(row.ruleNumber),
  ruleTitle: str(row.ruleTitle),
  evidence: Array.isArray(row.evidence) ? (row.evidence as EvidenceItem[]) : null,
  originalText: str(row.originalText),
  targetUid: str(row.targetUid),
  targetDocumentId: str(row.targetDocumentId),
  thread: str(row.thread),
  authorKey: str(row.authorKey),
  authorName: str(row.authorName),
  locale: str(row.locale),
  reason: str(row.reason),
  relatedEntry: str(row.relatedEntry),
  actorName: str(row.actorName),
  createdAt: iso(row.createdAt) ?? new Date(0).toISOString(),
  review: isReviewable(row) ? toReview(review) : null,
  appealed: false,
});

/** Whether a standing is a ban in force at `now` (a ban with a past `bannedUntil` has expired). */
export const activeBan = (row: Row, now = new Date()) =>
  row.banned === true && (!row.bannedUntil || new Date(row.bannedUntil) > now);

export const toStanding = (row: Row): AuthorStanding => ({
  id: row.id,
  documentId: row.documentId,
  authorKey: row.authorKey,
  authorName: str(row.authorName),
  warnings: Number(row.warnings ?? 0),
  banned: row.banned === true,
  activeBan: activeBan(row),
  bannedAt: iso(row.bannedAt),
  bannedUntil: iso(row.bannedUntil),
  banReason: str(row.banReason),
  lastActionAt: iso(row.lastActionAt),
});

/** An author with log entries but no standing row yet (never warned nor banned). */
export const cleanStanding = (authorKey: string, authorName: string | null): AuthorStanding => ({
  id: 0,
  documentId: '',
  authorKey,
  authorName,
  warnings: 0,
  banned: false,
  activeBan: false,
  bannedAt: null,
  bannedUntil: null,
  banReason: null,
  lastActionAt: null,
});

export const toNotification = (row: Row): NotificationItem => {
  const log = row.logEntry as Row | null | undefined;
  return {
    id: row.id,
    documentId: row.documentId,
    authorKey: row.authorKey,
    recipient: str(row.recipient),
    channel: row.channel as NotificationChannel,
    subject: str(row.subject),
    body: str(row.body),
    locale: str(row.locale),
    status: row.status as NotificationStatus,
    attempts: Number(row.attempts ?? 0),
    lastError: str(row.lastError),
    nextAttemptAt: iso(row.nextAttemptAt),
    sentAt: iso(row.sentAt),
    createdAt: iso(row.createdAt) ?? new Date(0).toISOString(),
    logEntry: log
      ? {
          documentId: log.documentId,
          action: log.action as LogAction,
          category: log.category as LogCategory,
          ruleNumber: int(log.ruleNumber),
          ruleTitle: str(log.ruleTitle),
        }
      : null,
  };
};

/** The fields of the log entry a notification list shows. */
export const NOTIFICATION_LOG_FIELDS = ['documentId', 'action', 'category', 'ruleNumber', 'ruleTitle'];
