import type { Core } from '@strapi/strapi';

import type {
  ApplyRescan,
  FindRescans,
  GetRescan,
  RescanPreview,
  StartRescan,
} from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { actorOf, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import {
  PAGINATION_KEYS,
  parseBody,
  parseDate,
  parsePagination,
  rejectUnknown,
  requireString,
} from '../utils/query';
import { MAX_ID } from './logs';

/** Re-scans of stored comments: start, progress, preview, apply, cancel. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rescans = () => pluginService(strapi, 'rescans');
  const idOf = (ctx: AdminContext) => requireString(ctx.params, 'id', MAX_ID);

  return {
    async start(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['uid', 'from', 'to']);
      const uid = requireString(body, 'uid', 200);
      const from = parseDate(body, 'from');
      const to = parseDate(body, 'to');
      if (from && to && from > to)
        throw badInput(CODES.badRequest, '`from` must be before `to`.', { field: 'from' });
      ctx.body = {
        data: await rescans().start({ uid, from, to }, actorOf(ctx)),
      } satisfies StartRescan.Response;
    },

    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, PAGINATION_KEYS);
      const { page, pageSize } = parsePagination(q);
      ctx.body = (await rescans().list(page, pageSize)) satisfies FindRescans.Response;
    },

    async findOne(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = { data: await rescans().get(idOf(ctx)) } satisfies GetRescan.Response;
    },

    async preview(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, PAGINATION_KEYS);
      const { page, pageSize } = parsePagination(q);
      ctx.body = (await rescans().preview(
        idOf(ctx),
        page,
        pageSize
      )) satisfies RescanPreview.Response;
    },

    async apply(ctx: AdminContext) {
      parseBody(ctx.request.body, []);
      ctx.body = { data: await rescans().apply(idOf(ctx)) } satisfies ApplyRescan.Response;
    },

    async cancel(ctx: AdminContext) {
      parseBody(ctx.request.body, []);
      ctx.body = { data: await rescans().cancel(idOf(ctx)) } satisfies ApplyRescan.Response;
    },
  };
};
