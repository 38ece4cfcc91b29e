import { badInput, CODES } from './errors';

/** Parses admin list queries; anything malformed is a 400 with a clear sentence. */
export const parsePagination = (query: Record<string, unknown>) => {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = query[name] ?? (query.pagination as any)?.[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw badInput(CODES.badRequest, `\`${name}\` must be a whole number from ${min} to ${max}.`, { field: name });
    }
    return n;
  };
  return { page: int('page', 1, 1, 1_000_000), pageSize: int('pageSize', 25, 1, 100) };
};

export const parseDate = (query: Record<string, unknown>, name: string): Date | undefined => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  const d = typeof raw === 'string' ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(d.getTime())) {
    throw badInput(CODES.badRequest, `\`${name}\` must be a date such as 2026-11-25 or 2026-11-25T10:00:00Z.`, {
      field: name,
    });
  }
  return d;
};

export const parseEnum = <T extends string>(query: Record<string, unknown>, name: string, values: readonly T[]) => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !values.includes(raw as T)) {
    throw badInput(CODES.badRequest, `\`${name}\` must be one of: ${values.join(', ')}.`, { field: name });
  }
  return raw as T;
};

export const parseString = (query: Record<string, unknown>, name: string, max = 320) => {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > max) {
    throw badInput(CODES.badRequest, `\`${name}\` must be a text of at most ${max} characters.`, { field: name });
  }
  return raw;
};

/** The `{ data, meta: { pagination } }` answer of every admin list. */
export const paginated = <T>(data: T[], total: number, page: number, pageSize: number) => ({
  data,
  meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
});
