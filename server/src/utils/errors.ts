import { errors } from '@strapi/utils';

import { ERROR_CODES, type ErrorCode } from '../../../shared/contracts';

/** Machine-readable codes the plugin answers with (in `error.details.code`). */
export const CODES = ERROR_CODES;

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

/**
 * 409: the entry was already settled by another request. Strapi answers any `HttpError` with
 * its status and `details`; http-errors' class is abstract, so this one borrows its prototype.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: { code: ErrorCode } & Record<string, unknown>
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
Object.setPrototypeOf(ConflictError.prototype, (errors.HttpError as unknown as { prototype: object }).prototype);

/** 502: the e-mail provider refused or failed; `message` is the provider's own. */
export class GatewayError extends Error {
  readonly status = 502;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: { code: ErrorCode } & Record<string, unknown>
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}
Object.setPrototypeOf(GatewayError.prototype, (errors.HttpError as unknown as { prototype: object }).prototype);

/** The code of a plugin error (`details.code`), if it has one. */
export const codeOf = (error: unknown): ErrorCode | undefined => {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return (Object.values(CODES) as string[]).includes(code as string) ? (code as ErrorCode) : undefined;
};

/** Whether a database error is a UNIQUE violation (SQLite, PostgreSQL, MySQL). */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: unknown; errno?: unknown; message?: unknown } | null;
  const code = String(e?.code ?? '');
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'ER_DUP_ENTRY') return true;
  const message = String(e?.message ?? '');
  return /UNIQUE constraint failed|duplicate key value/i.test(message);
};
