import type { Core } from '@strapi/strapi';

import type { FakeAnswer, FakeQuestion } from '../../../shared/contracts';
import { parseAnswer, rateLimited, tokenInvalid, tokenRefused } from '../utils/answer-input';
import { getConfig, pluginService } from '../utils/plugin';
import { parseBody, rejectUnknown } from '../utils/query';
import { FAKE_PURPOSE } from '../services/fakes';
import { toDate } from '../services/tokens';

export interface PublicContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown; ip?: string };
  body: unknown;
}

/**
 * Content API for the author of a suspected fake, with the token from the message. Every try is
 * counted per token and per IP address in the database before anything is looked up; an unknown
 * request, an unknown token and another request's token all get the same 404.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => pluginService(strapi, 'clock').now();

  const limit = async (ctx: PublicContext, token: unknown) => {
    const { perToken, perIp, windowMs } = getConfig(strapi).fakes.rateLimit;
    const limits = pluginService(strapi, 'rateLimits');
    const at = now();
    const ipOk = await limits.hit('fake-ip', String(ctx.request.ip ?? 'unknown'), perIp, windowMs, at);
    const tokenOk =
      typeof token === 'string' && token.length <= 200 ? await limits.hit('fake-token', token, perToken, windowMs, at) : true;
    if (!ipOk || !tokenOk) throw rateLimited();
  };

  /** The request the path names, or the same 404 as for a bad token. */
  const requestOf = async (ctx: PublicContext) => {
    const id = ctx.params.id;
    if (typeof id !== 'string' || id.length > 100 || !/^[A-Za-z0-9_-]+$/.test(id)) throw tokenInvalid();
    const row = (await strapi.db.query('plugin::brand-community.fake-request').findOne({ where: { documentId: id } })) as
      | Record<string, any>
      | null;
    if (!row) throw tokenInvalid();
    return row;
  };

  return {
    async question(ctx: PublicContext) {
      const q = ctx.query ?? {};
      await limit(ctx, q.token);
      rejectUnknown(q, ['token']);
      const request = await requestOf(ctx);
      const checked = await pluginService(strapi, 'tokens').check(q.token, { purpose: FAKE_PURPOSE, subject: request.documentId, now: now() });
      if (checked.ok === false) throw tokenRefused(checked.reason);
      ctx.body = {
        data: {
          fields: request.fields ?? [],
          deadline: toDate(request.deadline).toISOString(),
          excerpt: request.excerpt ?? null,
        },
      } satisfies FakeQuestion.Response;
    },

    async answer(ctx: PublicContext) {
      const raw = ctx.request.body as Record<string, unknown> | undefined;
      await limit(ctx, raw && typeof raw === 'object' ? raw.token : undefined);
      const body = parseBody(raw, ['token', 'answer']);
      const request = await requestOf(ctx);
      const fields: string[] = Array.isArray(request.fields) ? request.fields : [];
      // The token is checked before the answer, so a stranger learns nothing about what is asked.
      const scope = { purpose: FAKE_PURPOSE, subject: request.documentId, now: now() };
      const checked = await pluginService(strapi, 'tokens').check(body.token, scope);
      if (checked.ok === false) throw tokenRefused(checked.reason);
      const answer = parseAnswer(body.answer, fields);
      const used = await pluginService(strapi, 'fakes').answer(request, body.token as string, answer);
      if (used.ok === false) throw tokenRefused(used.reason);
      ctx.body = { data: { received: true } } satisfies FakeAnswer.Response;
    },
  };
};
