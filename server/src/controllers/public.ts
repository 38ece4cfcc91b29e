import type { Core } from '@strapi/strapi';

import { notFound } from '../utils/errors';
import { pluginService, UIDS } from '../utils/plugin';
import { paginated, parsePagination, parseString, requireString } from '../utils/query';

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

  /** Published announcements with their timeline, newest first. */
  async findAnnouncements(ctx: any) {
    const q = ctx.query ?? {};
    const { page, pageSize } = parsePagination(q);
    const locale = parseString(q, 'locale', 20);
    const { data, total } = await pluginService(strapi, 'announcementReads').findPublic({ locale, page, pageSize });
    ctx.body = paginated(data, total, page, pageSize);
  },

  /** For a site banner or status page: open incidents, planned work not yet ended, policy changes not yet in effect. */
  async findActiveAnnouncements(ctx: any) {
    const q = ctx.query ?? {};
    const { page, pageSize } = parsePagination(q);
    const locale = parseString(q, 'locale', 20);
    const { data, total } = await pluginService(strapi, 'announcementReads').findPublic({ locale, page, pageSize, active: true });
    ctx.body = paginated(data, total, page, pageSize);
  },

  async findAnnouncement(ctx: any) {
    const locale = parseString(ctx.query ?? {}, 'locale', 20);
    const id = requireString(ctx.params ?? {}, 'id', 64);
    const data = await pluginService(strapi, 'announcementReads').findOnePublic(id, locale);
    if (!data) throw notFound(`No published announcement ${id.slice(0, 64)}.`);
    ctx.body = { data };
  },
});
