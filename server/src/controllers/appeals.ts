import type { Core } from '@strapi/strapi';

import { APPEAL_MAX_LENGTH, type GetAppeal, type SendAppeal } from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { hasLoneSurrogate, hasNul, hasReplacement, isBlank } from '../utils/input';
import { pluginService } from '../utils/plugin';
import { parseBody, rejectUnknown } from '../utils/query';

/** Longest token accepted in a path before any work (ours are 43 characters). */
const MAX_TOKEN = 200;

const bad = (field: string, sentence: string) => badInput(CODES.appealInvalid, sentence, { field });

/** The appeal message, checked like comment input: a text, bounded, showing something, valid Unicode, no NUL. */
const messageOf = (body: unknown): string => {
  const { data } = parseBody(body, ['data']);
  const fields = parseBody(data, ['message']);
  const message = fields.message;
  if (typeof message !== 'string')
    throw bad(
      'message',
      '`data.message` is required: say why you think the removal was a mistake.'
    );
  if (message.length > APPEAL_MAX_LENGTH) {
    throw bad(
      'message',
      `The appeal is too long: ${message.length} characters, at most ${APPEAL_MAX_LENGTH}.`
    );
  }
  if (hasNul(message))
    throw bad('message', 'The appeal contains a NUL character (U+0000); remove it.');
  if (hasReplacement(message) || hasLoneSurrogate(message))
    throw bad('message', 'The appeal is not valid UTF-8 text.');
  if (isBlank(message))
    throw bad('message', 'The appeal is empty: write why you think the removal was a mistake.');
  return message;
};

/** Content API, public: an author's answer to an explanation, through the one-time link it carried. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const appeals = () => pluginService(strapi, 'appeals');
  const tokenOf = (ctx: any): string => {
    const token = ctx.params?.token;
    return typeof token === 'string' && token.length <= MAX_TOKEN ? token : '';
  };
  const ipOf = (ctx: any): string => String(ctx.request?.ip ?? ctx.ip ?? 'unknown');

  return {
    async show(ctx: any) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = {
        data: await appeals().view(tokenOf(ctx), ipOf(ctx)),
      } satisfies GetAppeal.Response;
    },

    async submit(ctx: any) {
      rejectUnknown(ctx.query ?? {}, []);
      const message = messageOf(ctx.request.body);
      ctx.body = {
        data: await appeals().submit(tokenOf(ctx), ipOf(ctx), message),
      } satisfies SendAppeal.Response;
    },
  };
};
