import type { Core } from '@strapi/strapi';

import { notFound } from '../utils/errors';
import { pluginService } from '../utils/plugin';
import { paginated, parsePagination, parseString, requireString } from '../utils/query';

/**
 * Content API of announcements (`/api/brand-community/announcements…`): published ones only, with
 * their timeline, localized; nothing internal (deliveries, authors, reactions). Named like Strapi's
 * own controllers, so Users & Permissions lists "Announcement: find" — the permission Strapi asks
 * of a role that posts a comment related to an announcement.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = () => pluginService(strapi, 'announcementReads');
  const list = async (ctx: any, active: boolean) => {
    const q = ctx.query ?? {};
    const { page, pageSize } = parsePagination(q);
    const locale = parseString(q, 'locale', 20);
    const { data, total } = await reads().findPublic({ locale, page, pageSize, active });
    ctx.body = paginated(data, total, page, pageSize);
  };

  return {
    /** Published announcements with their timeline, newest first. */
    async find(ctx: any) {
      await list(ctx, false);
    },

    /** For a site banner or status page: open incidents, planned work not yet ended, policy changes not yet in effect. */
    async active(ctx: any) {
      await list(ctx, true);
    },

    async findOne(ctx: any) {
      const locale = parseString(ctx.query ?? {}, 'locale', 20);
      const id = requireString(ctx.params ?? {}, 'id', 64);
      const data = await reads().findOnePublic(id, locale);
      if (!data) throw notFound(`No published announcement ${id}.`);
      ctx.body = { data };
    },
  };
};
