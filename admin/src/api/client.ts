import { useMemo } from 'react';

import { useFetch } from './fetch';
import { PLUGIN_ID } from '../pluginId';

/**
 * Typed calls to the plugin's admin API. Response types come from the shared
 * contracts (`shared/contracts`), so pages never cast an answer with `as`.
 */
export const useApi = () => {
  const { get, post } = useFetch();
  return useMemo(
    () => ({
      get: async <R>(path: string, params?: object): Promise<R> =>
        (await get<R>(`/${PLUGIN_ID}${path}`, params ? { params: toSearch(params) } : undefined)).data,
      post: async <R, B = unknown>(path: string, body?: B): Promise<R> =>
        (await post<R, B>(`/${PLUGIN_ID}${path}`, body)).data,
    }),
    [get, post]
  );
};

/** Drops empty query values so URLs stay short and the API sees only what was chosen. */
const clean = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/**
 * The query string, encoded here: Strapi's fetch client writes object params unencoded (`encode: false`),
 * so an author key like `ann+shop@example.org` would reach the server as `ann shop@example.org`.
 * (The fetch client passes a string through as it is.)
 */
const toSearch = (params: object) =>
  new URLSearchParams(
    Object.entries(clean(params)).flatMap(([k, v]): Array<[string, string]> =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? [[k, String(v)]] : []
    )
  ).toString();

/** react-query keys, one place, so mutations can invalidate what they change. */
export const keys = {
  all: [PLUGIN_ID] as const,
  logs: (query?: object) => [PLUGIN_ID, 'logs', query ?? {}] as const,
  log: (id: string) => [PLUGIN_ID, 'log', id] as const,
  stats: (query?: object) => [PLUGIN_ID, 'stats', query ?? {}] as const,
  queueCount: () => [PLUGIN_ID, 'queue-count'] as const,
  authors: (query?: object) => [PLUGIN_ID, 'authors', query ?? {}] as const,
  author: (key: string, query?: object) => [PLUGIN_ID, 'author', key, query ?? {}] as const,
  notifications: (query?: object) => [PLUGIN_ID, 'notifications', query ?? {}] as const,
  notification: (id: string) => [PLUGIN_ID, 'notification', id] as const,
  history: (uid: string, documentId: string) => [PLUGIN_ID, 'history', uid, documentId] as const,
  setup: () => [PLUGIN_ID, 'setup'] as const,
  rescans: () => [PLUGIN_ID, 'rescans'] as const,
  rescan: (id: string) => [PLUGIN_ID, 'rescan', id] as const,
};
