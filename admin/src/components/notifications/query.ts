import { deepEncodeQueryValues, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';

import {
  LIMITS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  type FindNotifications,
} from '../../../../shared/contracts';

/** The page's URL: filters, page and the open notification (`?id=`), so a link shows the same thing. */
export interface NotificationsUrl {
  status?: string;
  channel?: string;
  author?: string;
  page?: string;
  pageSize?: string;
  id?: string;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => list.find((x) => x === v);
const int = (v: unknown, min: number, max: number) => {
  const n = Number(v);
  return typeof v === 'string' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** The API query the URL describes; malformed values are dropped, not sent. */
export const toApiQuery = (url: NotificationsUrl): FindNotifications.Query => ({
  status: oneOf(NOTIFICATION_STATUSES, url.status),
  channel: oneOf(NOTIFICATION_CHANNELS, url.channel),
  author: typeof url.author === 'string' && url.author.trim() ? url.author.trim().slice(0, LIMITS.search) : undefined,
  page: int(url.page, 1, 1_000_000) ?? 1,
  pageSize: int(url.pageSize, 1, LIMITS.pageSize) ?? 20,
});

export const useNotificationsUrl = () => {
  const [{ query }, setQuery] = useQueryParams<NotificationsUrl>();
  const api = useMemo(() => toApiQuery(query), [query]);
  // setQuery writes values as they are: encode them so an author key like `a+b@x.org` survives.
  const update = useCallback(
    (patch: Partial<NotificationsUrl>) => setQuery(deepEncodeQueryValues({ ...query, ...patch })),
    [query, setQuery]
  );
  /** A filter change goes back to page 1. */
  const setFilter = useCallback(
    (key: 'status' | 'channel' | 'author', value: string | undefined) => update({ [key]: value || undefined, page: undefined }),
    [update]
  );
  const open = useCallback((id: string | undefined) => update({ id }), [update]);
  return { url: query, api, setFilter, open };
};
