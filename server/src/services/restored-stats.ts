import type { Core } from '@strapi/strapi';

import type { RestoredTerms } from '../../../shared/contracts';

const LOGS = 'brand_community_moderation_logs';
/** Restores counted at most (the newest): restores are a moderator's clicks, a few per day. */
const MAX_ROWS = 5_000;
const TOP = 5;

type Evidence = { detector?: unknown; term?: unknown };

const top = <T>(counts: Map<string, { item: T; count: number }>) =>
  [...counts.values()]
    .sort((a, b) => b.count - a.count || JSON.stringify(a.item).localeCompare(JSON.stringify(b.item)))
    .slice(0, TOP)
    .map(({ item, count }) => ({ ...item, count }));

/**
 * The terms and detectors whose removals moderators restored most over a period (each restored
 * entry counts a term or detector once): where the filter is most often wrong on this site.
 */
export const restoredStats = async (strapi: Core.Strapi, from: Date, to: Date): Promise<RestoredTerms> => {
  const rows = (await strapi.db
    .connection(LOGS)
    .where('created_at', '>=', from)
    .andWhere('created_at', '<=', to)
    .whereIn('action', ['restored', 'approved'])
    .select('evidence')
    .orderBy('id', 'desc')
    .limit(MAX_ROWS)) as Array<{ evidence: unknown }>;
  const terms = new Map<string, { item: { term: string; detector: string }; count: number }>();
  const detectors = new Map<string, { item: { detector: string }; count: number }>();
  for (const row of rows) {
    let evidence: unknown = row.evidence;
    if (typeof evidence === 'string') {
      try {
        evidence = JSON.parse(evidence);
      } catch {
        continue;
      }
    }
    if (!Array.isArray(evidence)) continue;
    const seen = new Set<string>();
    for (const e of evidence.slice(0, 50) as Evidence[]) {
      if (typeof e?.detector !== 'string' || typeof e.term !== 'string') continue;
      // A duplicate's "term" is the id of the earlier comment: count the detector only.
      const term = e.detector === 'duplicate' ? null : e.term.slice(0, 100);
      for (const [map, key, item] of [
        [detectors, `d:${e.detector}`, { detector: e.detector }],
        ...(term ? [[terms, `t:${e.detector}:${term}`, { term, detector: e.detector }]] : []),
      ] as Array<[Map<string, { item: any; count: number }>, string, object]>) {
        if (seen.has(key)) continue;
        seen.add(key);
        const at = map.get(key);
        if (at) at.count += 1;
        else map.set(key, { item, count: 1 });
      }
    }
  }
  return { terms: top(terms), detectors: top(detectors) };
};
