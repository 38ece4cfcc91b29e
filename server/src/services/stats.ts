import type { Core } from '@strapi/strapi';

import { REVIEW_ACTIONS, type ExplainStats, type LogAction, type LogCategory, type Stats } from '../../../shared/contracts';
import { restoredStats } from './restored-stats';

const LOGS = 'brand_community_moderation_logs';
const NOTIFICATIONS = 'brand_community_notifications';

/**
 * The UTC day of `created_at` as YYYY-MM-DD, in the database's own dialect. Strapi writes
 * datetimes to SQLite as milliseconds since the epoch (better-sqlite3 binds a Date so);
 * older rows written as text are read as text.
 */
const dayExpression = (client: string) => {
  if (client === 'postgres') return "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
  if (client === 'mysql') return "DATE_FORMAT(CONVERT_TZ(created_at, @@session.time_zone, '+00:00'), '%Y-%m-%d')";
  return (
    "CASE WHEN typeof(created_at) IN ('integer', 'real') " +
    "THEN strftime('%Y-%m-%d', created_at / 1000, 'unixepoch') ELSE substr(created_at, 1, 10) END"
  );
};

/** Open complaint cases and the median time to resolve one (issue #12). */
const caseStats = async (strapi: Core.Strapi, from: Date, to: Date) => {
  const { openCases, medianResolutionMs } = await (strapi.plugin('brand-community').service('cases') as {
    stats(from: Date, to: Date): Promise<{ openCases: number; medianResolutionMs: number | null }>;
  }).stats(from, to);
  return { openCases, medianResolutionMs };
};

/** Moderation statistics, counted in the database (no row is loaded to be counted). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(from: Date, to: Date): Promise<Stats.Response> {
    const knex = strapi.db.connection;
    const client = String(strapi.db.dialect.client);
    const inPeriod = () =>
      knex(LOGS)
        .where('created_at', '>=', from)
        .andWhere('created_at', '<=', to)
        .andWhere((b) => b.where('dry_run', false).orWhereNull('dry_run'));

    const day = dayExpression(client);
    const [grouped, rules, failed] = await Promise.all([
      inPeriod()
        .select(knex.raw(`${day} AS day`), 'category', 'action')
        .count({ n: 'id' })
        .groupByRaw(`${day}, category, action`)
        .orderByRaw(`1, 2, 3`),
      inPeriod()
        .whereIn('action', REVIEW_ACTIONS)
        .whereNotNull('rule_number')
        .select('rule_number')
        .max({ title: 'rule_title' })
        .count({ n: 'id' })
        .groupBy('rule_number')
        .orderBy([{ column: 'n', order: 'desc' }, { column: 'rule_number', order: 'asc' }])
        .limit(5),
      knex(NOTIFICATIONS)
        .where({ status: 'failed' })
        .andWhere('updated_at', '>=', from)
        .andWhere('updated_at', '<=', to)
        .count({ n: 'id' })
        .first(),
    ]);

    const data = (grouped as Array<{ day: string; category: string; action: string; n: unknown }>).map((r) => ({
      day: String(r.day),
      category: r.category as LogCategory,
      action: r.action as LogAction,
      count: Number(r.n),
    }));
    // Summed from the grouped rows (a few per day), not from log rows.
    const totals: Partial<Record<LogAction, number>> = {};
    for (const r of data) totals[r.action] = (totals[r.action] ?? 0) + r.count;
    const removed = totals.removed ?? 0;

    return {
      data,
      meta: {
        from: from.toISOString(),
        to: to.toISOString(),
        totals,
        restoreRate: removed ? (totals.restored ?? 0) / removed : null,
        topRules: (rules as Array<{ rule_number: unknown; title: unknown; n: unknown }>).map((r) => ({
          number: Number(r.rule_number),
          title: typeof r.title === 'string' ? r.title : null,
          count: Number(r.n),
        })),
        failedNotifications: Number((failed as { n?: unknown } | undefined)?.n ?? 0),
        ...(await caseStats(strapi, from, to)),
        restored: await restoredStats(strapi, from, to),
        explain: await (strapi.plugin('brand-community').service('announcementReads') as {
          medianMinutesToExplain(from: Date, to: Date): Promise<ExplainStats>;
        }).medianMinutesToExplain(from, to),
      },
    };
  },
});
