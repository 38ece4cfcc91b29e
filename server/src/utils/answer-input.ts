/**
 * Input checks of the answering workflows' routes: bounded texts without characters a database
 * cannot keep, http(s) URLs recognised by linkify-it as one whole link, dates, the author's answer.
 * Linear time; lengths are checked before anything else looks at a value.
 */
import { errors } from '@strapi/utils';
import LinkifyIt from 'linkify-it';

import { ERROR_CODES, LIMITS } from '../../../shared/contracts';
import { badInput, CODES } from './errors';
import { hasLoneSurrogate, hasNul, hasReplacement, isBlank } from './input';

type Input = Record<string, unknown>;

const bad = (field: string, sentence: string) => badInput(CODES.badRequest, sentence, { field });
const linkify = new LinkifyIt();

const clean = (value: string, field: string) => {
  if (hasNul(value) || hasReplacement(value) || hasLoneSurrogate(value)) {
    throw bad(field, `\`${field}\` contains characters that are not valid text (NUL, U+FFFD or a lone surrogate).`);
  }
  return value;
};

/** An optional text of at most `max` characters; `null` clears it when `nullable`. */
export const optionalText = (body: Input, field: string, max: number, nullable = false): string | null | undefined => {
  const v = body[field];
  if (v === undefined) return undefined;
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || v.length > max) throw bad(field, `\`${field}\` must be a text of at most ${max} characters.`);
  if (isBlank(v)) return nullable ? null : undefined;
  return clean(v.trim(), field);
};

export const requiredText = (body: Input, field: string, max: number): string => {
  const v = optionalText(body, field, max);
  if (!v) throw bad(field, `\`${field}\` is required: a text of at most ${max} characters.`);
  return v;
};

/** An http(s) URL, the whole value one link as linkify-it reads it. */
export const parseUrl = (body: Input, field: string, required: boolean): string | null | undefined => {
  const v = body[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw bad(field, `\`${field}\` is required: an http(s) address.`);
    return v === undefined ? undefined : null;
  }
  if (typeof v !== 'string' || v.length > LIMITS.url) throw bad(field, `\`${field}\` must be an address of at most ${LIMITS.url} characters.`);
  clean(v, field);
  const url = v.trim();
  const match = /^https?:\/\//i.test(url) ? linkify.match(url) : null;
  if (!match || match.length !== 1 || match[0].index !== 0 || match[0].lastIndex !== url.length) {
    throw bad(field, `\`${field}\` must be one http(s) address such as https://example.com/post/1.`);
  }
  return url;
};

export const parseDateField = (body: Input, field: string): Date | null | undefined => {
  const v = body[field];
  if (v === undefined) return undefined;
  if (v === null) return null;
  const d = typeof v === 'string' && v.length <= 40 ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1990 || d.getUTCFullYear() > 2200) {
    throw bad(field, `\`${field}\` must be a date such as 2026-11-25 or 2026-11-25T10:00:00Z.`);
  }
  return d;
};

export const parseIntField = (body: Input, field: string, min: number, max: number): number | null | undefined => {
  const v = body[field];
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw bad(field, `\`${field}\` must be a whole number from ${min} to ${max}.`);
  }
  return v;
};

export const parseBoolean = (body: Input, field: string): boolean => {
  const v = body[field];
  if (typeof v !== 'boolean') throw bad(field, `\`${field}\` must be true or false.`);
  return v;
};

/** An id from the path or a body (documentIds are 24 characters). */
export const parseId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !value.trim() || value.length > 100 || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw bad(field, `\`${field}\` must be an id (letters, digits, - and _, at most 100 characters).`);
  }
  return value;
};

/**
 * The author's answer: an object of the asked fields only, each a text of at most
 * LIMITS.answerField characters, at least one filled in.
 */
export const parseAnswer = (value: unknown, asked: string[]): Record<string, string> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad('answer', `\`answer\` must be an object with the fields asked for: ${asked.join(', ')}.`);
  }
  const keys = Object.keys(value);
  if (keys.length > LIMITS.answerFields) throw bad('answer', `\`answer\` has too many fields.`);
  const out: Record<string, string> = {};
  for (const key of keys) {
    if (!asked.includes(key)) throw bad(`answer.${key.slice(0, 40)}`, `\`answer\` may only hold the fields asked for: ${asked.join(', ')}.`);
    const v = (value as Input)[key];
    if (typeof v !== 'string' || v.length > LIMITS.answerField) {
      throw bad(`answer.${key}`, `\`answer.${key}\` must be a text of at most ${LIMITS.answerField} characters.`);
    }
    clean(v, `answer.${key}`);
    if (!isBlank(v)) out[key] = v.trim();
  }
  if (!Object.keys(out).length) throw bad('answer', 'Fill in at least one of the details asked for.');
  return out;
};

/** 410: the link's time is over. */
export class GoneError extends Error {
  readonly status = 410;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: { code: string }
  ) {
    super(message);
    this.name = 'GoneError';
  }
}
Object.setPrototypeOf(GoneError.prototype, (errors.HttpError as unknown as { prototype: object }).prototype);

/** 409: the link was used already. */
export class UsedError extends Error {
  readonly status = 409;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: { code: string }
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
Object.setPrototypeOf(UsedError.prototype, (errors.HttpError as unknown as { prototype: object }).prototype);

/** The one answer for an unknown, malformed or foreign token, and for an unknown request. */
export const tokenInvalid = () =>
  new errors.NotFoundError('This link is not valid. Use the link from the message you received.', { code: ERROR_CODES.tokenInvalid });

export const tokenRefused = (reason: 'invalid' | 'expired' | 'used') => {
  if (reason === 'expired') return new GoneError('This link has expired.', { code: ERROR_CODES.tokenExpired });
  if (reason === 'used') return new UsedError('This link was used already: your answer was received.', { code: ERROR_CODES.tokenUsed });
  return tokenInvalid();
};

export const rateLimited = () =>
  new errors.RateLimitError('Too many attempts: try again later.', { code: ERROR_CODES.rateLimited });
