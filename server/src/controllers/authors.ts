import type { Core } from '@strapi/strapi';

import { LIMITS, type Ban, type FindAuthor, type FindAuthors, type Unban } from '../../../shared/contracts';
import { badInput, CODES, notFound } from '../utils/errors';
import { actorOf, type AdminContext } from '../utils/http';
import { hasLoneSurrogate } from '../utils/input';
import { pluginService, type PluginServices } from '../utils/plugin';
import { PAGINATION_KEYS, parseBody, parseFlag, parsePagination, parseString, rejectUnknown } from '../utils/query';
import { cleanStanding, toStanding } from '../utils/views';

/** Longest author key stored (the standing and log columns hold 255). */
const MAX_KEY = 255;

/**
 * The author key from the path. The router has already decoded it once; decoding again
 * would turn a key containing `%` into another key, or into a 500.
 */
const keyOf = (ctx: AdminContext) => {
  const key = (ctx.params.key ?? '').trim();
  if (!key) throw badInput(CODES.badRequest, 'An author key is required.', { field: 'key' });
  if (key.length > MAX_KEY || key.includes('\u0000') || hasLoneSurrogate(key)) {
    throw badInput(CODES.badRequest, `The author key must be a text of at most ${MAX_KEY} characters.`, { field: 'key' });
  }
  return key;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['banned', 'q', ...PAGINATION_KEYS]);
      const list = await service('standings').find({
        ...parsePagination(q),
        banned: parseFlag(q, 'banned'),
        q: parseString(q, 'q', LIMITS.search),
      });
      ctx.body = { data: list.data.map(toStanding), meta: list.meta } satisfies FindAuthors.Response;
    },

    /** The author's standing and log. An author never warned nor banned has a clean standing. */
    async findOne(ctx: AdminContext) {
      const key = keyOf(ctx);
      const q = ctx.query ?? {};
      rejectUnknown(q, [...PAGINATION_KEYS]);
      const [row, history] = await Promise.all([
        service('standings').get(key),
        service('log').find({ ...parsePagination(q), author: key }),
      ]);
      if (!row && history.meta.pagination.total === 0) throw notFound(`No author ${key} is known.`);
      const name = history.data.find((e) => e.authorName)?.authorName ?? null;
      const data = row ? toStanding(row) : cleanStanding(key, name);
      ctx.body = { data, history } satisfies FindAuthor.Response;
    },

    async ban(ctx: AdminContext) {
      const key = keyOf(ctx);
      const body = parseBody(ctx.request.body, ['reason', 'days']);
      const { reason: rawReason, days } = body;
      if (rawReason !== undefined && (typeof rawReason !== 'string' || rawReason.length > LIMITS.banReason)) {
        throw badInput(CODES.badRequest, `\`reason\` must be a text of at most ${LIMITS.banReason} characters.`, {
          field: 'reason',
        });
      }
      const validDays = Number.isInteger(days) && (days as number) >= 0 && (days as number) <= LIMITS.banDays;
      if (days !== undefined && !validDays) {
        const message = `\`days\` must be a whole number of days from 0 (permanent) to ${LIMITS.banDays}.`;
        throw badInput(CODES.badRequest, message, { field: 'days' });
      }
      const reason = (rawReason as string | undefined)?.trim() || 'Banned by a moderator.';
      const standing = await service('standings').ban(key, reason, (days as number | undefined) ?? 0);
      await service('log').append({
        action: 'banned',
        category: 'manual',
        authorKey: key,
        reason,
        actor: actorOf(ctx),
      });
      ctx.body = { data: toStanding(standing) } satisfies Ban.Response;
    },

    async unban(ctx: AdminContext) {
      const key = keyOf(ctx);
      parseBody(ctx.request.body, []);
      const standing = await service('standings').unban(key);
      if (!standing) throw notFound(`No author ${key} is known.`);
      await service('log').append({
        action: 'unbanned',
        category: 'manual',
        authorKey: key,
        reason: 'Unbanned by a moderator.',
        actor: actorOf(ctx),
      });
      ctx.body = { data: toStanding(standing) } satisfies Unban.Response;
    },
  };
};
