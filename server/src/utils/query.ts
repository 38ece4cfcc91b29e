import { LIMITS } from '../../../shared/contracts';
import { badInput, CODES } from './errors';

type Input = Record<string, unknown>;

const bad = (field: string, sentence: string) => badInput(CODES.badRequest, sentence, { field });

/** Refuses parameters (or body keys) a route does not know, naming the first one. */
export const rejectUnknown = (input: Input, allowed: readonly string[], where = 'parameter') => {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) {
      throw bad(key, `Unknown ${where} \`${key.slice(0, 40)}\`; expected one of: ${allowed.join(', ') || 'none'}.`);
    }
  }
};

/** The JSON body as an object with only `allowed` keys (an absent body counts as `{}`). */
export const parseBody = (body: unknown, allowed: readonly string[]): Input => {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw bad('body', 'The request body must be a JSON object.');
  }
  rejectUnknown(body as Input, allowed, 'field');
  return body as Input;
};

/** Parses admin list queries; anything malformed is a 400 with a clear sentence. */
export const parsePagination = (query: Input) => {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = query[name] ?? (query.pagination as Input | undefined)?.[name];
    if (raw === undefined || raw === '') return fallback;
    const n = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      throw bad(name, `\`${name}\` must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
  return { page: int('page', 1, 1, 1_000_000), pageSize: int('pageSize', 25, 1, LIMITS.pageSize) };
};

/** Query keys every paginated list accepts. */
export const PAGINATION_KEYS = ['page', 'pageSize', 'pagination'] as const;

export const parseDate = (query: Input, name: string): Date | undefined => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  // Bounded before parsing: a date needs no more than an ISO 8601 string's length.
  const d = typeof raw === 'string' && raw.length <= 40 ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(d.getTime())) {
    throw bad(name, `\`${name}\` must be a date such as 2026-11-25 or 2026-11-25T10:00:00Z.`);
  }
  return d;
};

export const parseEnum = <T extends string>(query: Input, name: string, values: readonly T[]) => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !values.includes(raw as T)) {
    throw bad(name, `\`${name}\` must be one of: ${values.join(', ')}.`);
  }
  return raw as T;
};

export const parseString = (query: Input, name: string, max = 320) => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > max) {
    throw bad(name, `\`${name}\` must be a text of at most ${max} characters.`);
  }
  if (raw.includes('\u0000')) throw bad(name, `\`${name}\` must not contain a NUL character.`);
  return raw;
};

/** A required text (route parameter or body field): non-blank, at most `max` characters. */
export const requireString = (input: Input, name: string, max = 320) => {
  const value = parseString(input, name, max);
  if (value === undefined || value.trim() === '') throw bad(name, `\`${name}\` is required.`);
  return value;
};

export const parseInteger = (query: Input, name: string, min: number, max: number) => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  const n = typeof raw === 'string' && raw.length <= 20 ? Number(raw) : typeof raw === 'number' ? raw : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw bad(name, `\`${name}\` must be a whole number from ${min} to ${max}.`);
  }
  return n;
};

/** `true` / `false` as text (query strings carry no booleans). */
export const parseFlag = (query: Input, name: string) => {
  const value = parseEnum(query, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
};

/** The `{ data, meta: { pagination } }` answer of every admin list. */
export const paginated = <T>(data: T[], total: number, page: number, pageSize: number) => ({
  data,
  meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
});
