import type { Core } from '@strapi/strapi';

import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  type FindNotification,
  type FindNotifications,
  type Resend,
} from '../../../shared/contracts';
import { badInput, CODES, notFound } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { pluginService, type PluginServices } from '../utils/plugin';
import {
  PAGINATION_KEYS,
  parseBody,
  parseEnum,
  parsePagination,
  parseString,
  rejectUnknown,
  requireString,
} from '../utils/query';
import { toNotification } from '../utils/views';
import { MAX_ID } from './logs';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['status', 'channel', 'author', ...PAGINATION_KEYS]);
      const list = await service('notifications').find({
        ...parsePagination(q),
        status: parseEnum(q, 'status', NOTIFICATION_STATUSES),
        channel: parseEnum(q, 'channel', NOTIFICATION_CHANNELS),
        author: parseString(q, 'author'),
      });
      ctx.body = { data: list.data.map(toNotification), meta: list.meta } satisfies FindNotifications.Response;
    },

    async findOne(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      const data = await service('notificationReads').findOne(id);
      if (!data) throw notFound(`No notification ${id}.`);
      ctx.body = { data } satisfies FindNotification.Response;
    },

    async resend(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      parseBody(ctx.request.body, []);
      const n = await service('notifications').resend(id);
      if (!n) throw notFound(`No notification ${id}.`);
      if (n.channel !== 'email') {
        throw badInput(CODES.badRequest, 'Only e-mail notifications can be sent again; in-app ones are already shown.');
      }
      const data = await service('notificationReads').findOne(id);
      ctx.body = { data: data ?? toNotification(n) } satisfies Resend.Response;
    },
  };
};
