import type { Core } from '@strapi/strapi';

import {
  CASE_STATUSES,
  LIMITS,
  type CaseReply,
  type FindCases,
  type OpenCase,
  type UpdateCase,
} from '../../../shared/contracts';
import { optionalText, parseId, parseIntField, requiredText } from '../utils/answer-input';
import { toCase } from '../utils/answer-views';
import { actorOf, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { PAGINATION_KEYS, parseBody, parseEnum, parsePagination, parseString, rejectUnknown } from '../utils/query';

const MAX_ADMIN_ID = 2_147_483_647;

/** Complaint cases in the console: open from a comment, move through their statuses, reply. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cases = () => pluginService(strapi, 'cases');
  const now = () => pluginService(strapi, 'clock').now();
  const idOf = (ctx: AdminContext) => parseId(ctx.params.id, 'id');

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['status', 'author', ...PAGINATION_KEYS]);
      const list = await cases().find({
        ...parsePagination(q),
        status: parseEnum(q, 'status', CASE_STATUSES),
        author: parseString(q, 'author', 255),
      });
      const at = now();
      ctx.body = { data: list.data.map((r) => toCase(r, at)), meta: list.meta } satisfies FindCases.Response;
    },

    async findOne(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = { data: toCase(await cases().get(idOf(ctx)), now()) } satisfies OpenCase.Response;
    },

    async open(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['commentId', 'target', 'cause', 'ownerId']);
      const commentId = parseId(body.commentId, 'commentId');
      const target = parseString(body, 'target', 200);
      const cause = optionalText(body, 'cause', LIMITS.note);
      const ownerId = parseIntField(body, 'ownerId', 1, MAX_ADMIN_ID) ?? undefined;
      const ref = await pluginService(strapi, 'commentRefs').load(target, commentId);
      const row = await cases().open(ref, { cause, ownerId }, actorOf(ctx));
      ctx.body = { data: toCase(row, now()) } satisfies OpenCase.Response;
    },

    async update(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['cause', 'solution', 'ownerId', 'status']);
      const row = await cases().update(
        idOf(ctx),
        {
          cause: optionalText(body, 'cause', LIMITS.note) ?? undefined,
          solution: optionalText(body, 'solution', LIMITS.note) ?? undefined,
          ownerId: parseIntField(body, 'ownerId', 1, MAX_ADMIN_ID) ?? undefined,
          status: parseEnum(body, 'status', CASE_STATUSES),
        },
        actorOf(ctx)
      );
      ctx.body = { data: toCase(row, now()) } satisfies UpdateCase.Response;
    },

    async reply(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['reply']);
      const reply = requiredText(body, 'reply', LIMITS.reply);
      ctx.body = { data: toCase(await cases().reply(idOf(ctx), reply, actorOf(ctx)), now()) } satisfies CaseReply.Response;
    },
  };
};
