/**
 * Lists defined once for the server and the admin console.
 * Nothing here may import Strapi or React: both sides compile this folder.
 */

export const PLUGIN_ID = 'brand-community';

/** What a moderation log entry records. */
export const LOG_ACTIONS = [
  'removed',
  'held',
  'flagged',
  'allowed',
  'approved',
  'restored',
  'confirmed',
  'warned',
  'banned',
  'unbanned',
  'notified',
  'refused',
  // Answering negativity (issue #12): details requested from a suspected fake's author, the
  // author's answer or its absence, a public reply posted, a comment linked to a claim, a case resolved.
  'requested',
  'answered',
  'replied',
  'linked',
  'resolved',
  // A comment unlinked from a claim (a moderator's correction of a link).
  'unlinked',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

/** Why: the filter's category, `banned` for a banned author's comment, `manual` for a moderator's own action. */
export const LOG_CATEGORIES = ['allow', 'obscenity', 'advertising', 'duplicate', 'banned', 'manual'] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

/** Entries a moderator reviews (the Deletions queue). */
export const REVIEW_ACTIONS = ['removed', 'held', 'flagged'] as const satisfies readonly LogAction[];
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** How a reviewed entry was settled. */
export const REVIEW_OUTCOMES = ['restored', 'approved', 'confirmed'] as const satisfies readonly LogAction[];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Bulk actions on queue entries. */
export const BULK_ACTIONS = ['restore', 'approve', 'confirm'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const NOTIFICATION_STATUSES = ['queued', 'sending', 'sent', 'failed', 'read'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_CHANNELS = ['email', 'in-app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the filter decides for one comment (the core's categories). */
export const FILTER_CATEGORIES = ['allow', 'obscenity', 'advertising', 'duplicate'] as const;
export type FilterCategory = (typeof FILTER_CATEGORIES)[number];

/** What the plugin acts on: the filter's categories plus `contact` (a bare link/e-mail/phone, no promotion). */
export const MODERATED_CATEGORIES = ['obscenity', 'advertising', 'duplicate', 'contact'] as const;
export type ModeratedCategory = (typeof MODERATED_CATEGORIES)[number];

export const MODERATION_ACTIONS = ['remove', 'hold', 'flag', 'allow'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** RBAC actions (`plugin::brand-community.<action>`); every admin route requires exactly one. */
export const RBAC = {
  readLog: 'logs.read',
  restore: 'logs.restore',
  review: 'logs.review',
  check: 'check.run',
  readAuthors: 'authors.read',
  manageAuthors: 'authors.manage',
  readNotifications: 'notifications.read',
  manageNotifications: 'notifications.manage',
  settings: 'settings.manage',
  rescan: 'rescans.run',
  readAnswers: 'answers.read',
  manageFakes: 'fakes.manage',
  manageClaims: 'claims.manage',
  manageCases: 'cases.manage',
  writeReplies: 'replies.write',
  readAnnouncements: 'announcements.read',
  manageAnnouncements: 'announcements.manage',
} as const;
export type RbacAction = (typeof RBAC)[keyof typeof RBAC];

export const rbacUid = (action: RbacAction) => `plugin::${PLUGIN_ID}.${action}` as const;

/** Machine-readable error codes (`error.details.code`). */
export const ERROR_CODES = {
  removed: 'COMMENT_REMOVED',
  held: 'COMMENT_HELD',
  banned: 'AUTHOR_BANNED',
  invalid: 'INVALID_COMMENT',
  tooLong: 'COMMENT_TOO_LONG',
  unknownAuthor: 'UNKNOWN_AUTHOR',
  badRequest: 'BAD_REQUEST',
  notFound: 'NOT_FOUND',
  notRestorable: 'NOT_RESTORABLE',
  alreadyReviewed: 'ALREADY_REVIEWED',
  busy: 'AUTHOR_BUSY',
  emailFailed: 'EMAIL_FAILED',
  rescanState: 'RESCAN_STATE',
  appealInvalid: 'APPEAL_INVALID',
  appealUsed: 'APPEAL_USED',
  appealExpired: 'APPEAL_EXPIRED',
  appealLimited: 'APPEAL_RATE_LIMITED',
  tokenInvalid: 'TOKEN_INVALID',
  tokenExpired: 'TOKEN_EXPIRED',
  tokenUsed: 'TOKEN_USED',
  rateLimited: 'RATE_LIMITED',
  invalidState: 'INVALID_STATE',
  alreadyExists: 'ALREADY_EXISTS',
  /** Settings saved by another request at the same moment, again and again: reload and save again. */
  settingsConflict: 'SETTINGS_CONFLICT',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Limits the API enforces (and the console respects). */
export const LIMITS = {
  pageSize: 100,
  bulk: 100,
  checkText: 20_000,
  search: 200,
  banReason: 2000,
  banDays: 36_500,
  statsDays: 366,
  /** Answering negativity: texts moderators write, a claim's places, an author's answer. */
  note: 2000,
  reply: 5000,
  statement: 2000,
  url: 2048,
  places: 100,
  answerField: 200,
  answerFields: 20,
} as const;
