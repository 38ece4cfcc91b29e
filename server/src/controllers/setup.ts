import type { Core } from '@strapi/strapi';

import type { GetSetup, SendTestEmail } from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { actorOf, type AdminContext } from '../utils/http';
import { isEmail, MAX_EMAIL } from '../utils/input';
import { pluginService } from '../utils/plugin';
import { parseBody, rejectUnknown } from '../utils/query';

/** The console's setup checklist, and the test e-mail that proves the provider delivers. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async checklist(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    ctx.body = { data: await pluginService(strapi, 'setup').checklist() } satisfies GetSetup.Response;
  },

  async testEmail(ctx: AdminContext) {
    const { to } = parseBody(ctx.request.body, ['to']);
    if (typeof to !== 'string' || !isEmail(to.trim())) {
      const sentence = `\`to\` must be an e-mail address of at most ${MAX_EMAIL} characters.`;
      throw badInput(CODES.badRequest, sentence, { field: 'to' });
    }
    const requestedBy = actorOf(ctx)?.email ?? null;
    const data = await pluginService(strapi, 'setup').sendTestEmail(to.trim(), requestedBy);
    ctx.body = { data } satisfies SendTestEmail.Response;
  },
});
