import type { Core } from '@strapi/strapi';

import type { GetContentTypes, GetSettings, UpdateSettings } from '../../../shared/contracts';
import { contentTypeOptions } from '../config/targets';
import { actorOf, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { rejectUnknown } from '../utils/query';
import { actorName } from '../services/log';

/** Moderation settings saved from the console (the file config gives the defaults). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    ctx.body = (await pluginService(strapi, 'settings').get()) satisfies GetSettings.Response;
  },

  async update(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    const saved = await pluginService(strapi, 'settings').update(ctx.request.body, actorName(actorOf(ctx)));
    ctx.body = saved satisfies UpdateSettings.Response;
  },

  async contentTypes(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    ctx.body = { data: contentTypeOptions(strapi) } satisfies GetContentTypes.Response;
  },
});
