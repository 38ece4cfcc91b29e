import type { Core } from '@strapi/strapi';

import { notFound } from '../utils/errors';
import { UIDS } from '../utils/plugin';
import { paginated, parsePagination, parseString } from '../utils/query';

/** Content API: published rules and announcements only. Nothing of the moderation log is reachable here. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findRules(ctx: any) {
    const locale = parseString(ctx.query ?? {}, 'locale', 20);
    const data = await strapi.documents(UIDS.rule).findMany({
      status: 'published',
      locale,
      sort: ['number:asc'],
      fields: ['number', 'title', 'body', 'category', 'explanation', 'locale'],
    } as any);
    ctx.body = { data };
  },

  async findAnnouncements(ctx: any) {
    const q = ctx.query ?? {};
    const { page, pageSize } = parsePagination(q);
    const locale = parseString(q, 'locale', 20);
    const params = { status: 'published', locale } as any;
    const [data, total] = await Promise.all([
      strapi.documents(UIDS.announcement).findMany({
        ...params,
        sort: ['startsAt:desc', 'createdAt:desc'],
        start: (page - 1) * pageSize,
        limit: pageSize,
      }),
      strapi.documents(UIDS.announcement).count(params),
    ]);
    ctx.body = paginated(data, total, page, pageSize);
  },

  async findAnnouncement(ctx: any) {
    const locale = parseString(ctx.query ?? {}, 'locale', 20);
    const data = await strapi.documents(UIDS.announcement).findOne({
      documentId: ctx.params.id,
      status: 'published',
      locale,
    } as any);
    if (!data) throw notFound(`No published announcement ${ctx.params.id}.`);
    ctx.body = { data };
  },
});
