import type { Core } from '@strapi/strapi';

import { LIMITS, type Check } from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { hasLoneSurrogate } from '../utils/input';
import { pluginService } from '../utils/plugin';
import { parseBody, parseString } from '../utils/query';

const optional = (body: Record<string, unknown>, name: string, max: number) => {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badInput(CODES.badRequest, `\`${name}\` must be a text.`, { field: name });
  return parseString(body, name, max);
};

/** "Test a comment": the filter's verdict on a text. Nothing is stored, nobody is warned. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(ctx: AdminContext) {
    const body = parseBody(ctx.request.body, ['text', 'author', 'thread', 'locale']);
    const { text } = body;
    if (typeof text !== 'string' || !text.trim()) {
      throw badInput(CODES.badRequest, '`text` is required: the comment to test.', { field: 'text' });
    }
    if (text.length > LIMITS.checkText) {
      throw badInput(CODES.badRequest, `\`text\` is too long: ${text.length} characters, at most ${LIMITS.checkText}.`, {
        field: 'text',
      });
    }
    if (text.includes('\u0000') || hasLoneSurrogate(text)) {
      throw badInput(CODES.badRequest, '`text` must be valid Unicode without NUL characters.', { field: 'text' });
    }
    const locale = optional(body, 'locale', 20);
    if (locale !== undefined) {
      const locales: string[] = await pluginService(strapi, 'rules').locales();
      if (locales.length && !locales.includes(locale)) {
        throw badInput(CODES.badRequest, `\`locale\` must be one of the site's locales: ${locales.join(', ')}.`, {
          field: 'locale',
        });
      }
    }
    const input: Check.Request = {
      text,
      author: optional(body, 'author', 320),
      thread: optional(body, 'thread', 320),
      locale,
    };
    ctx.body = { data: await pluginService(strapi, 'check').run(input) } satisfies Check.Response;
  },
});
