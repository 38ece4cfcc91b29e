import { errors } from '@strapi/utils';

/** Machine-readable codes the plugin answers with (in `error.details.code`). */
export const CODES = {
  removed: 'COMMENT_REMOVED',
  held: 'COMMENT_HELD',
  banned: 'AUTHOR_BANNED',
  invalid: 'INVALID_COMMENT',
  tooLong: 'COMMENT_TOO_LONG',
  unknownAuthor: 'UNKNOWN_AUTHOR',
  badRequest: 'BAD_REQUEST',
  notFound: 'NOT_FOUND',
  notRestorable: 'NOT_RESTORABLE',
} as const;

export type RuleRef = { number: number; title: string };

/** 400: the request itself is wrong. Nothing is stored. */
export const badInput = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new errors.ValidationError(message, { code, ...extra });

/**
 * 403: the comment is refused by moderation (removed, held or author banned).
 * A PolicyError, because Strapi's route authorizer turns any other ForbiddenError
 * raised below it into a bare 403 and drops `details`.
 */
export const refused = (code: string, message: string, rule?: RuleRef | null) =>
  new errors.PolicyError(message, rule ? { code, rule } : { code });

export const notFound = (message: string) => new errors.NotFoundError(message, { code: CODES.notFound });
