import type { Core } from '@strapi/strapi';

import {
  REVIEW_ACTIONS,
  type LogAction,
  type LogCategory,
  type LogEntry,
} from '../../../shared/contracts';
import { UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';
import { LOG_FIELDS, toLogEntry } from '../utils/views';

export type { LogAction };

export interface LogEntryInput {
  action: LogAction;
  category: LogCategory;
  dryRun?: boolean;
  rule?: { id: number; number: number; title: string } | null;
  evidence?: unknown;
  originalText?: string | null;
  originalData?: unknown;
  targetUid?: string;
  targetDocumentId?: string | null;
  thread?: string | null;
  authorKey?: string | null;
  authorName?: string | null;
  locale?: string | null;
  reason?: string | null;
  relatedEntry?: string | null;
  actor?: Actor | null;
}

export interface Actor {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
}

export interface LogQuery {
  category?: LogCategory;
  /** One action, or `queue` for removed + held + flagged (dry runs excluded). */
  action?: LogAction | 'queue';
  rule?: number;
  author?: string;
  from?: Date;
  to?: Date;
  /** Settled (true) or awaiting review (false); only reviewable entries then. */
  reviewed?: boolean;
  /** Case-insensitive text search in the comment, the author key and name. */
  q?: string;
  page: number;
  pageSize: number;
}

const LOGS = 'brand_community_moderation_logs';
const REVIEWS = 'brand_community_reviews';

export const actorName = (actor: Actor | null | undefined) =>
  actor ? [actor.firstname, actor.lastname].filter(Boolean).join(' ') || actor.email || `admin #${actor.id}` : null;

/** LIKE pattern matching `text` literally (wildcards and the escape character escaped). */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Entries whose author appealed (services/appeals.ts). */
  const appealsOf = (rows: Array<Record<string, any>>): Promise<Map<string, unknown>> =>
    strapi.plugin('brand-community').service('appeals').forEntries(rows.map((r) => r.documentId));
  const self = {
    /** Appends one entry. The log is never updated or deleted. */
    async append(input: LogEntryInput) {
      const { rule, actor, ...rest } = input;
      return strapi.documents(UIDS.log).create({
        data: {
          ...rest,
          dryRun: input.dryRun ?? false,
          rule: rule ? rule.id : null,
          ruleNumber: rule?.number ?? null,
          ruleTitle: rule?.title ?? null,
          actor: actor ? actor.id : null,
          actorName: actorName(actor),
        } as any,
      });
    },

    /**
     * One page of entries, newest first. The filters run in SQL (the review state is a join),
     * then the page's rows are read through Strapi so JSON and dates come back typed.
     */
    async find(query: LogQuery) {
      const knex = strapi.db.connection;
      const filtered = () => {
        const qb = knex(`${LOGS} as l`);
        if (query.category) qb.where('l.category', query.category);
        if (query.action && query.action !== 'queue') qb.where('l.action', query.action);
        if (query.action === 'queue' || query.reviewed !== undefined) {
          qb.whereIn('l.action', REVIEW_ACTIONS).where((b) => b.where('l.dry_run', false).orWhereNull('l.dry_run'));
        }
        if (query.reviewed !== undefined) {
          qb.leftJoin(`${REVIEWS} as r`, 'r.entry', 'l.document_id');
          if (query.reviewed) qb.whereNotNull('r.id');
          else qb.whereNull('r.id');
        }
        if (query.rule !== undefined) qb.where('l.rule_number', query.rule);
        if (query.author) qb.where('l.author_key', query.author);
        if (query.from) qb.where('l.created_at', '>=', query.from);
        if (query.to) qb.where('l.created_at', '<=', query.to);
        if (query.q) {
          const like = containing(query.q);
          qb.where((b) =>
            b
              .whereRaw(`LOWER(l.original_text) LIKE ? ESCAPE '\\'`, [like])
              .orWhereRaw(`LOWER(l.author_key) LIKE ? ESCAPE '\\'`, [like])
              .orWhereRaw(`LOWER(l.author_name) LIKE ? ESCAPE '\\'`, [like])
          );
        }
        return qb;
      };
      const [idRows, countRow] = await Promise.all([
        filtered()
          .select('l.id')
          .orderBy([{ column: 'l.created_at', order: 'desc' }, { column: 'l.id', order: 'desc' }])
          .offset((query.page - 1) * query.pageSize)
          .limit(query.pageSize),
        filtered().count({ n: 'l.id' }).first(),
      ]);
      const ids = (idRows as Array<{ id: number }>).map((r) => Number(r.id));
      const data = await self.entriesById(ids);
      return paginated(data, Number((countRow as { n?: unknown } | undefined)?.n ?? 0), query.page, query.pageSize);
    },

    /** Entries in the order of `ids`, each with its review state. */
    async entriesById(ids: number[]): Promise<LogEntry[]> {
      if (!ids.length) return [];
      const rows = (await strapi.db.query(UIDS.log).findMany({
        where: { id: { $in: ids } },
        select: [...LOG_FIELDS],
      })) as Array<Record<string, any>>;
      const reviews = await self.reviewsOf(rows.map((r) => r.documentId));
      const byId = new Map(rows.map((r) => [r.id, r]));
      const appeals = await appealsOf(rows);
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ ...toLogEntry(row, reviews.get(row.documentId)), appealed: appeals.has(row.documentId) }] : [];
      });
    },

    /** Entries matching `where`, newest first, at most `limit`, each with its review state. */
    async entries(where: Record<string, unknown>, limit = 50, order: 'asc' | 'desc' = 'desc'): Promise<LogEntry[]> {
      const rows = (await strapi.db.query(UIDS.log).findMany({
        where,
        select: [...LOG_FIELDS],
        orderBy: [{ createdAt: order }, { id: order }],
        limit,
      })) as Array<Record<string, any>>;
      const reviews = await self.reviewsOf(rows.map((r) => r.documentId));
      const appeals = await appealsOf(rows);
      return rows.map((row) => ({ ...toLogEntry(row, reviews.get(row.documentId)), appealed: appeals.has(row.documentId) }));
    },

    /** Review rows of the given entries, by entry documentId. */
    async reviewsOf(documentIds: string[]) {
      const map = new Map<string, Record<string, any>>();
      if (!documentIds.length) return map;
      const rows = (await strapi.db.query(UIDS.review).findMany({
        where: { entry: { $in: documentIds } },
      })) as Array<Record<string, any>>;
      for (const row of rows) map.set(row.entry, row);
      return map;
    },

    /** Entries awaiting review, per action (dry runs excluded). */
    async queueCount() {
      const rows = (await strapi.db
        .connection(`${LOGS} as l`)
        .leftJoin(`${REVIEWS} as r`, 'r.entry', 'l.document_id')
        .whereNull('r.id')
        .whereIn('l.action', REVIEW_ACTIONS)
        .where((b) => b.where('l.dry_run', false).orWhereNull('l.dry_run'))
        .select('l.action')
        .count({ n: 'l.id' })
        .groupBy('l.action')) as Array<{ action: string; n: unknown }>;
      const counts = { held: 0, flagged: 0, removed: 0, total: 0 };
      for (const row of rows) {
        counts[row.action as 'held' | 'flagged' | 'removed'] = Number(row.n);
        counts.total += Number(row.n);
      }
      return counts;
    },

    async findOne(documentId: string) {
      return strapi.db.query(UIDS.log).findOne({
        where: { documentId },
        populate: { rule: { select: ['id', 'documentId', 'number', 'title', 'locale'] } },
      }) as Promise<Record<string, any> | null>;
    },
  };
  return self;
};
