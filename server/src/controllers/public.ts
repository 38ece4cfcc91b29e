import type { Core } from '@strapi/strapi';

import { UIDS } from '../utils/plugin';
import { parseString } from '../utils/query';

/** Content API: published rules (announcements: ./announcement.ts). Nothing of the moderation log is reachable here. */
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
});
