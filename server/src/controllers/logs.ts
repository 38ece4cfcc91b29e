import type { Core, UID } from '@strapi/strapi';

import {
  LIMITS,
  LOG_ACTIONS,
  LOG_CATEGORIES,
  type DocumentHistory,
  type FindLog,
  type FindLogs,
  type LogEntry,
  type QueueCount,
} from '../../../shared/contracts';
import { badInput, CODES, notFound } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { isEmail } from '../utils/input';
import { pluginService, type PluginServices } from '../utils/plugin';
import {
  PAGINATION_KEYS,
  parseDate,
  parseEnum,
  parseFlag,
  parseInteger,
  parsePagination,
  parseString,
  rejectUnknown,
  requireString,
} from '../utils/query';
import { toLogEntry, toStanding } from '../utils/views';

const FIND_KEYS = ['action', 'category', 'rule', 'author', 'from', 'to', 'reviewed', 'q', ...PAGINATION_KEYS];
/** Longest documentId accepted in a path or query (Strapi's are 24 characters). */
export const MAX_ID = 100;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  const standingOf = async (authorKey: string | null) => {
    if (!authorKey) return null;
    const row = await service('standings').get(authorKey);
    return row ? toStanding(row) : null;
  };

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, FIND_KEYS);
      const from = parseDate(q, 'from');
      const to = parseDate(q, 'to');
      if (from && to && from > to) {
        throw badInput(CODES.badRequest, '`from` must be before `to`.', { field: 'from' });
      }
      const body = await service('log').find({
        ...parsePagination(q),
        action: parseEnum(q, 'action', [...LOG_ACTIONS, 'queue'] as const),
        category: parseEnum(q, 'category', LOG_CATEGORIES),
        rule: parseInteger(q, 'rule', 1, 1_000_000),
        author: parseString(q, 'author'),
        from,
        to,
        reviewed: parseFlag(q, 'reviewed'),
        q: parseString(q, 'q', LIMITS.search),
      });
      ctx.body = body satisfies FindLogs.Response;
    },

    async findOne(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      const log = service('log');
      const row = await log.findOne(id);
      if (!row) throw notFound(`No moderation log entry ${id}.`);
      const [reviews, related, standing, notifications] = await Promise.all([
        log.reviewsOf([row.documentId]),
        log.entries({ relatedEntry: row.documentId }, 50, 'asc'),
        standingOf(row.authorKey ?? null),
        service('notificationReads').forEntry(row.id),
      ]);
      const review = reviews.get(row.documentId) ?? null;
      const rule = row.rule as Record<string, any> | null;
      ctx.body = {
        data: {
          ...toLogEntry(row, review),
          originalData: (row.originalData as Record<string, unknown> | null) ?? null,
          rule: rule
            ? { documentId: rule.documentId, number: rule.number, title: rule.title, locale: rule.locale ?? null }
            : null,
          standing,
          notifications,
          related,
          restoredBy: review && review.outcome !== 'confirmed' ? (review.record ?? null) : null,
          appeal: (await service('appeals').forEntries([row.documentId])).get(row.documentId) ?? null,
        },
      } satisfies FindLog.Response;
    },

    async queueCount(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = { data: await service('log').queueCount() } satisfies QueueCount.Response;
    },

    /** The Content Manager side panel: one document's moderation history and its author's standing. */
    async history(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['uid', 'documentId']);
      const uid = requireString(q, 'uid', 200);
      const documentId = requireString(q, 'documentId', MAX_ID);
      const target = (await service('settings').config()).targets.find((t) => t.uid === uid);
      if (!target) {
        const message = `\`uid\` must be a moderated content type; ${uid} is not one.`;
        throw badInput(CODES.badRequest, message, { field: 'uid' });
      }
      const log = service('log');
      const own: LogEntry[] = await log.entries({ targetUid: uid, targetDocumentId: documentId }, 50);
      // A restored comment's history starts with the removal that preceded it.
      const origins = own.map((e) => e.relatedEntry).filter((d): d is string => !!d);
      const before: LogEntry[] = origins.length ? await log.entries({ documentId: { $in: origins } }, 50) : [];
      const seen = new Set<string>();
      const entries = [...own, ...before]
        .filter((e) => !seen.has(e.documentId) && seen.add(e.documentId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);

      let authorKey = entries.find((e) => e.authorKey)?.authorKey ?? null;
      if (!authorKey) {
        const doc = await strapi.documents(uid as UID.ContentType).findOne({ documentId });
        const raw = (doc as Record<string, unknown> | null)?.[target.authorField];
        const trimmed = typeof raw === 'string' ? raw.trim() : '';
        if (trimmed) authorKey = isEmail(trimmed) ? trimmed.toLowerCase() : trimmed;
      }
      const standing = await standingOf(authorKey);
      ctx.body = { data: { entries, authorKey, standing } } satisfies DocumentHistory.Response;
    },
  };
};
