import { deepEncodeQueryValues, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';

import { LIMITS, LOG_ACTIONS, LOG_CATEGORIES, type FindLogs } from '../../../../shared/contracts';

/** The Deletions page's URL query: every filter, the page and the open entry, so links can be shared. */
export interface DeletionsUrl {
  action?: string;
  category?: string;
  rule?: string;
  author?: string;
  from?: string;
  to?: string;
  reviewed?: string;
  q?: string;
  page?: string;
  pageSize?: string;
  id?: string;
}

export const FILTER_KEYS = ['action', 'category', 'rule', 'author', 'from', 'to', 'reviewed', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => list.find((x) => x === v);
const int = (v: unknown, min: number, max: number) => {
  const n = Number(str(v));
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const date = (v: unknown) => {
  const s = str(v);
  return s && !Number.isNaN(Date.parse(s)) ? s : undefined;
};

/** The API query the URL describes; anything malformed in the URL is ignored rather than sent. */
export const toApiQuery = (url: DeletionsUrl): FindLogs.Query => ({
  action: url.action === 'queue' ? 'queue' : oneOf(LOG_ACTIONS, url.action) ?? 'queue',
  category: oneOf(LOG_CATEGORIES, url.category),
  rule: int(url.rule, 0, 1_000_000),
  author: str(url.author),
  from: date(url.from),
  to: date(url.to),
  reviewed: oneOf(['true', 'false'] as const, url.reviewed),
  q: str(url.q)?.slice(0, LIMITS.search),
  page: int(url.page, 1, 1_000_000) ?? 1,
  pageSize: int(url.pageSize, 1, LIMITS.pageSize) ?? 20,
});

/**
 * Reads and writes the page's URL. Strapi's `setQuery` writes values unencoded, so every value is
 * encoded here: an author key such as `ann+shop@example.org` or a search for `a&b` survives the round trip.
 */
export const useDeletionsUrl = () => {
  const [{ query }, setQuery] = useQueryParams<DeletionsUrl>();
  const api = useMemo(() => toApiQuery(query), [query]);
  const update = useCallback(
    (patch: Partial<DeletionsUrl>, replace = false) => {
      const next: DeletionsUrl = { ...query, ...patch };
      setQuery(deepEncodeQueryValues(next), 'push', replace);
    },
    [query, setQuery]
  );
  /** Changes filters and goes back to page 1 (the open entry stays open). */
  const setFilters = useCallback(
    (patch: Partial<Record<FilterKey, string | undefined>>) => update({ ...patch, page: undefined }),
    [update]
  );
  const clearFilters = useCallback(
    () => update(Object.fromEntries([...FILTER_KEYS, 'page'].map((k) => [k, undefined]))),
    [update]
  );
  const openEntry = useCallback((id: string | undefined) => update({ id }), [update]);
  const hasFilters = FILTER_KEYS.some((k) => k !== 'action' && query[k]) || (query.action ?? 'queue') !== 'queue';
  return { url: query, api, update, setFilters, clearFilters, openEntry, hasFilters };
};
