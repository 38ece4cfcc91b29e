import type { Core } from '@strapi/strapi';

import { UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';

export type LogAction =
  | 'removed'
  | 'held'
  | 'flagged'
  | 'allowed'
  | 'approved'
  | 'restored'
  | 'warned'
  | 'banned'
  | 'unbanned'
  | 'notified'
  | 'refused';

export interface LogEntryInput {
  action: LogAction;
  category: 'allow' | 'obscenity' | 'advertising' | 'duplicate' | 'banned' | 'manual';
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
  actor?: { id: number; firstname?: string | null; lastname?: string | null; email?: string } | null;
}

export interface LogQuery {
  category?: string;
  action?: string;
  rule?: number;
  author?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

const actorName = (actor: LogEntryInput['actor']) =>
  actor ? [actor.firstname, actor.lastname].filter(Boolean).join(' ') || actor.email || `admin #${actor.id}` : null;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
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

  async find(query: LogQuery) {
    const filters: Record<string, unknown> = {};
    if (query.category) filters.category = query.category;
    if (query.action) filters.action = query.action;
    if (query.rule !== undefined) filters.ruleNumber = query.rule;
    if (query.author) filters.authorKey = query.author;
    if (query.from || query.to) {
      filters.createdAt = {
        ...(query.from ? { $gte: query.from.toISOString() } : {}),
        ...(query.to ? { $lte: query.to.toISOString() } : {}),
      };
    }
    const [data, total] = await Promise.all([
      strapi.documents(UIDS.log).findMany({
        filters,
        sort: ['createdAt:desc', 'id:desc'],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      } as any),
      strapi.documents(UIDS.log).count({ filters } as any),
    ]);
    return paginated(data, total, query.page, query.pageSize);
  },

  async findOne(documentId: string) {
    return strapi.documents(UIDS.log).findOne({ documentId, populate: { rule: { fields: ['number', 'title'] } } } as any);
  },

  /** The entry that restored or approved `documentId`, if any. */
  async findRestoreOf(documentId: string) {
    return strapi.documents(UIDS.log).findFirst({
      filters: { relatedEntry: documentId, action: { $in: ['restored', 'approved'] } },
    } as any);
  },

  /** Actions per day per category in [from, to] (UTC days). */
  async stats(from: Date, to: Date) {
    const rows = (await strapi.db.query(UIDS.log).findMany({
      select: ['createdAt', 'category', 'action', 'dryRun'],
      where: { createdAt: { $gte: from, $lte: to } },
    })) as Array<{ createdAt: string | Date; category: string; action: string; dryRun: boolean }>;
    const counts = new Map<string, { day: string; category: string; action: string; count: number }>();
    for (const row of rows) {
      if (row.dryRun) continue;
      const day = new Date(row.createdAt).toISOString().slice(0, 10);
      const key = `${day}|${row.category}|${row.action}`;
      const cur = counts.get(key) ?? { day, category: row.category, action: row.action, count: 0 };
      cur.count += 1;
      counts.set(key, cur);
    }
    const data = [...counts.values()].sort(
      (a, b) => a.day.localeCompare(b.day) || a.category.localeCompare(b.category) || a.action.localeCompare(b.action)
    );
    const totals: Record<string, number> = {};
    for (const r of data) totals[r.action] = (totals[r.action] ?? 0) + r.count;
    return { data, meta: { from: from.toISOString(), to: to.toISOString(), totals } };
  },
});
