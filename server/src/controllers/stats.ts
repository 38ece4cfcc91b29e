import type { Core } from '@strapi/strapi';

import { LIMITS, type Stats } from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { parseDate, rejectUnknown } from '../utils/query';

const DAY = 86_400_000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Actions per day, category and action over [from, to] (default: the last 30 days). */
  async summary(ctx: AdminContext) {
    const q = ctx.query ?? {};
    rejectUnknown(q, ['from', 'to']);
    const to = parseDate(q, 'to') ?? new Date();
    const from = parseDate(q, 'from') ?? new Date(to.getTime() - 30 * DAY);
    if (from > to) throw badInput(CODES.badRequest, '`from` must be before `to`.', { field: 'from' });
    if (to.getTime() - from.getTime() > LIMITS.statsDays * DAY) {
      throw badInput(CODES.badRequest, `The range may span at most ${LIMITS.statsDays} days.`, { field: 'from' });
    }
    const body: Stats.Response = await pluginService(strapi, 'stats').summary(from, to);
    ctx.body = body satisfies Stats.Response;
  },
});
