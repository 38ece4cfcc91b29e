import { deepEncodeQueryValues, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';

import { LIMITS, type FindAuthors } from '../../../../shared/contracts';

/** The page's URL: search, banned filter, page and the open author (`?key=`). */
export interface AuthorsUrl {
  q?: string;
  banned?: string;
  page?: string;
  pageSize?: string;
  key?: string;
}

const int = (v: unknown, min: number, max: number) => {
  const n = Number(v);
  return typeof v === 'string' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export const toApiQuery = (url: AuthorsUrl): FindAuthors.Query => ({
  q: typeof url.q === 'string' && url.q.trim() ? url.q.trim().slice(0, LIMITS.search) : undefined,
  banned: url.banned === 'true' || url.banned === 'false' ? url.banned : undefined,
  page: int(url.page, 1, 1_000_000) ?? 1,
  pageSize: int(url.pageSize, 1, LIMITS.pageSize) ?? 20,
});

export const useAuthorsUrl = () => {
  const [{ query }, setQuery] = useQueryParams<AuthorsUrl>();
  const api = useMemo(() => toApiQuery(query), [query]);
  // setQuery writes values as they are: encode them so a key like `a+b@x.org` survives the round trip.
  const update = useCallback(
    (patch: Partial<AuthorsUrl>) => setQuery(deepEncodeQueryValues({ ...query, ...patch })),
    [query, setQuery]
  );
  const setFilter = useCallback(
    (key: 'q' | 'banned', value: string | undefined) => update({ [key]: value || undefined, page: undefined }),
    [update]
  );
  const open = useCallback((key: string | undefined) => update({ key }), [update]);
  return { url: query, api, setFilter, open };
};
