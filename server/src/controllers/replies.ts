import type { Core } from '@strapi/strapi';

import { REPLY_LIMITS, REPLY_TONE_LANGS, type Replies } from '../../../shared/contracts/replies';
import { toneLang } from '../services/reply-templates';
import { badInput, CODES } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { hasLoneSurrogate } from '../utils/input';
import { getService } from '../utils/plugin';
import { parseBody, parseString, rejectUnknown } from '../utils/query';

type ReplyTemplatesService = ReturnType<typeof import('../services/reply-templates').default>;

/** Replies: the tone check of a moderator's reply and the reply templates. Nothing is stored here. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService<ReplyTemplatesService>(strapi, 'replyTemplates');

  return {
    async tone(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['text', 'lang']);
      const { text } = body;
      if (typeof text !== 'string') {
        throw badInput(CODES.badRequest, '`text` is required: the reply to check, as text.', { field: 'text' });
      }
      if (text.length > REPLY_LIMITS.toneText) {
        throw badInput(
          CODES.badRequest,
          `\`text\` is too long: ${text.length} characters, at most ${REPLY_LIMITS.toneText}.`,
          { field: 'text' }
        );
      }
      if (text.includes('\u0000') || hasLoneSurrogate(text)) {
        throw badInput(CODES.badRequest, '`text` must be valid Unicode without NUL characters.', { field: 'text' });
      }
      const rawLang = parseString(body, 'lang', 20);
      const lang = rawLang === undefined ? undefined : toneLang(rawLang);
      if (lang === null) {
        throw badInput(CODES.badRequest, `\`lang\` must be a language or locale of ${REPLY_TONE_LANGS.join(', ')}.`, {
          field: 'lang',
        });
      }
      ctx.body = { data: service().checkTone(text, lang) } satisfies Replies.CheckTone.Response;
    },

    async templates(ctx: AdminContext) {
      rejectUnknown(ctx.query, ['locale']);
      const requested = parseString(ctx.query, 'locale', 20);
      const locales: string[] = await getService(strapi, 'rules').locales();
      if (requested !== undefined && locales.length && !locales.includes(requested)) {
        throw badInput(CODES.badRequest, `\`locale\` must be one of the site's locales: ${locales.join(', ')}.`, {
          field: 'locale',
        });
      }
      const locale = requested ?? ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.()) as string) ?? 'en';
      ctx.body = { data: await service().list(locale), meta: { locale } } satisfies Replies.ListTemplates.Response;
    },
  };
};
