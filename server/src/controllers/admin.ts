import type { Core } from '@strapi/strapi';

import { badInput, CODES, notFound } from '../utils/errors';
import { getService } from '../utils/plugin';
import { parseDate, parseEnum, parsePagination, parseString } from '../utils/query';

const LOG_ACTIONS = [
  'removed', 'held', 'flagged', 'allowed', 'approved', 'restored', 'warned', 'banned', 'unbanned', 'notified', 'refused',
] as const;
const LOG_CATEGORIES = ['allow', 'obscenity', 'advertising', 'duplicate', 'banned', 'manual'] as const;
const NOTIFICATION_STATUS = ['queued', 'sending', 'sent', 'failed', 'read'] as const;

const actorOf = (ctx: any) => {
  const user = ctx.state?.user;
  return user ? { id: user.id, firstname: user.firstname, lastname: user.lastname, email: user.email } : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => getService(strapi, name);

  return {
    async findLogs(ctx: any) {
      const q = ctx.query ?? {};
      const ruleRaw = parseString(q, 'rule', 10);
      const rule = ruleRaw === undefined ? undefined : Number(ruleRaw);
      if (rule !== undefined && !Number.isInteger(rule)) {
        throw badInput(CODES.badRequest, '`rule` must be a rule number.', { field: 'rule' });
      }
      ctx.body = await service('log').find({
        ...parsePagination(q),
        category: parseEnum(q, 'category', LOG_CATEGORIES),
        action: parseEnum(q, 'action', LOG_ACTIONS),
        rule,
        author: parseString(q, 'author'),
        from: parseDate(q, 'from'),
        to: parseDate(q, 'to'),
      });
    },

    async findLog(ctx: any) {
      const entry = await service('log').findOne(ctx.params.id);
      if (!entry) throw notFound(`No moderation log entry ${ctx.params.id}.`);
      const restoredBy = await service('log').findRestoreOf(entry.documentId);
      ctx.body = { data: { ...entry, restoredBy: restoredBy?.documentId ?? null } };
    },

    async restore(ctx: any) {
      const { entry, document } = await service('moderation').restore(ctx.params.id, actorOf(ctx));
      ctx.body = { data: { entry, document } };
    },

    async findNotifications(ctx: any) {
      const q = ctx.query ?? {};
      ctx.body = await service('notifications').find({
        ...parsePagination(q),
        status: parseEnum(q, 'status', NOTIFICATION_STATUS),
        channel: parseEnum(q, 'channel', ['email', 'in-app'] as const),
        author: parseString(q, 'author'),
      });
    },

    async resendNotification(ctx: any) {
      const n = await service('notifications').resend(ctx.params.id);
      if (!n) throw notFound(`No notification ${ctx.params.id}.`);
      if (n.channel !== 'email') {
        throw badInput(CODES.badRequest, 'Only e-mail notifications can be sent again; in-app ones are already shown.');
      }
      ctx.body = { data: n };
    },

    async findAuthors(ctx: any) {
      const q = ctx.query ?? {};
      const banned = parseEnum(q, 'banned', ['true', 'false'] as const);
      ctx.body = await service('standings').find({
        ...parsePagination(q),
        banned: banned === undefined ? undefined : banned === 'true',
        q: parseString(q, 'q'),
      });
    },

    async ban(ctx: any) {
      const key = decodeURIComponent(ctx.params.key ?? '').trim();
      if (!key) throw badInput(CODES.badRequest, 'An author key is required.');
      const body = ctx.request.body ?? {};
      if (body.reason !== undefined && (typeof body.reason !== 'string' || body.reason.length > 2000)) {
        throw badInput(CODES.badRequest, '`reason` must be a text of at most 2000 characters.', { field: 'reason' });
      }
      if (body.days !== undefined && (!Number.isInteger(body.days) || body.days < 0 || body.days > 36500)) {
        throw badInput(CODES.badRequest, '`days` must be a whole number of days from 0 (permanent) to 36500.', {
          field: 'days',
        });
      }
      const reason = body.reason?.trim() || 'Banned by a moderator.';
      const standing = await service('standings').ban(key, reason, body.days ?? 0);
      await service('log').append({
        action: 'banned',
        category: 'manual',
        authorKey: key,
        reason,
        actor: actorOf(ctx),
      });
      ctx.body = { data: standing };
    },

    async unban(ctx: any) {
      const key = decodeURIComponent(ctx.params.key ?? '').trim();
      const standing = await service('standings').unban(key);
      if (!standing) throw notFound(`No author ${key} is known.`);
      await service('log').append({
        action: 'unbanned',
        category: 'manual',
        authorKey: key,
        reason: 'Unbanned by a moderator.',
        actor: actorOf(ctx),
      });
      ctx.body = { data: standing };
    },

    async stats(ctx: any) {
      const q = ctx.query ?? {};
      const to = parseDate(q, 'to') ?? new Date();
      const from = parseDate(q, 'from') ?? new Date(to.getTime() - 30 * 86_400_000);
      if (from > to) throw badInput(CODES.badRequest, '`from` must be before `to`.', { field: 'from' });
      if (to.getTime() - from.getTime() > 366 * 86_400_000) {
        throw badInput(CODES.badRequest, 'The range may span at most 366 days.', { field: 'from' });
      }
      ctx.body = await service('log').stats(from, to);
    },
  };
};
