import type { Core } from '@strapi/strapi';

import {
  FAKE_STATES,
  LIMITS,
  type DecideFake,
  type FindFakes,
  type MarkFake,
  type PostFakeReply,
  type UpdateFakeReply,
} from '../../../shared/contracts';
import { optionalText, parseBoolean, parseId, requiredText } from '../utils/answer-input';
import { toFake } from '../utils/answer-views';
import { actorOf, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { PAGINATION_KEYS, parseBody, parseEnum, parsePagination, parseString, rejectUnknown } from '../utils/query';

/** Suspected fakes in the console: mark, list, edit and post the prepared reply, decide. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const fakes = () => pluginService(strapi, 'fakes');
  const idOf = (ctx: AdminContext) => parseId(ctx.params.id, 'id');

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['state', ...PAGINATION_KEYS]);
      const list = await fakes().find({ ...parsePagination(q), state: parseEnum(q, 'state', [...FAKE_STATES, 'attention'] as const) });
      ctx.body = { data: list.data.map(toFake), meta: list.meta } satisfies FindFakes.Response;
    },

    async findOne(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = { data: toFake(await fakes().get(idOf(ctx))) } satisfies MarkFake.Response;
    },

    async mark(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['commentId', 'target', 'note', 'locale']);
      const commentId = parseId(body.commentId, 'commentId');
      const target = parseString(body, 'target', 200);
      const note = optionalText(body, 'note', LIMITS.note);
      const locale = parseString(body, 'locale', 20);
      const ref = await pluginService(strapi, 'commentRefs').load(target, commentId);
      const row = await fakes().mark(ref, { note, locale }, actorOf(ctx));
      ctx.body = { data: toFake(row) } satisfies MarkFake.Response;
    },

    async editReply(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['reply']);
      const reply = requiredText(body, 'reply', LIMITS.reply);
      ctx.body = { data: toFake(await fakes().editReply(idOf(ctx), reply)) } satisfies UpdateFakeReply.Response;
    },

    async postReply(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['reply']);
      const reply = optionalText(body, 'reply', LIMITS.reply) ?? undefined;
      ctx.body = { data: toFake(await fakes().postReply(idOf(ctx), reply, actorOf(ctx))) } satisfies PostFakeReply.Response;
    },

    async decide(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['genuine', 'reason']);
      const genuine = parseBoolean(body, 'genuine');
      const reason = optionalText(body, 'reason', LIMITS.note) ?? undefined;
      ctx.body = { data: toFake(await fakes().decide(idOf(ctx), genuine, reason, actorOf(ctx))) } satisfies DecideFake.Response;
    },
  };
};
