import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import {
  BULK_ACTIONS,
  LIMITS,
  RBAC,
  type Bulk,
  type BulkAction,
  type Confirm,
  type RbacAction,
  type Restore,
  type RestoreAndLearn,
} from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { actorOf, can, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { parseBody, parseEnum, requireString } from '../utils/query';
import { parseLearn } from './learning';
import { MAX_ID } from './logs';

/** The permission each bulk action needs (the same as its single-entry route). */
const NEEDS: Record<BulkAction, RbacAction> = {
  restore: RBAC.restore,
  approve: RBAC.restore,
  confirm: RBAC.review,
};

const parseIds = (raw: unknown): string[] => {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > LIMITS.bulk) {
    throw badInput(CODES.badRequest, `\`ids\` must be a list of 1 to ${LIMITS.bulk} log entry ids.`, { field: 'ids' });
  }
  for (const id of raw) {
    if (typeof id !== 'string' || !id.trim() || id.length > MAX_ID) {
      const message = `Every id in \`ids\` must be a log entry id (a text of at most ${MAX_ID} characters).`;
      throw badInput(CODES.badRequest, message, { field: 'ids' });
    }
  }
  return raw as string[];
};

/** Settling the review queue: restore, approve, confirm, one entry or many. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => pluginService(strapi, 'review');
  const idOf = (ctx: AdminContext) => requireString(ctx.params, 'id', MAX_ID);

  /** Restore or approve, optionally teaching the filter ("don't flag this again", checked before anything is restored). */
  const settle = async (ctx: AdminContext, run: 'restore' | 'approve') => {
    const learn = parseLearn(parseBody(ctx.request.body, ['learn']).learn);
    const id = idOf(ctx);
    let entry: Record<string, any> | null = null;
    if (learn) {
      if (!can(ctx, RBAC.settings)) {
        throw new errors.ForbiddenError('Your role may not change what the filter flags.', { code: 'FORBIDDEN', field: 'learn' });
      }
      entry = await pluginService(strapi, 'log').findOne(id);
      if (entry) pluginService(strapi, 'learning').chosen(entry, learn);
    }
    const data = await review()[run](id, actorOf(ctx));
    if (!learn || !entry) return { data } satisfies Restore.Response;
    const learned = await pluginService(strapi, 'learning').learn(entry, learn, actorOf(ctx));
    return { data, meta: { learned } satisfies RestoreAndLearn.Meta };
  };

  return {
    async restore(ctx: AdminContext) {
      ctx.body = await settle(ctx, 'restore');
    },

    async approve(ctx: AdminContext) {
      ctx.body = await settle(ctx, 'approve');
    },

    async confirm(ctx: AdminContext) {
      parseBody(ctx.request.body, []);
      ctx.body = { data: await review().confirm(idOf(ctx), actorOf(ctx)) } satisfies Confirm.Response;
    },

    async bulk(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['action', 'ids']);
      const action = parseEnum(body, 'action', BULK_ACTIONS);
      if (!action) {
        const message = `\`action\` is required: one of ${BULK_ACTIONS.join(', ')}.`;
        throw badInput(CODES.badRequest, message, { field: 'action' });
      }
      const ids = parseIds(body.ids);
      // The route only needs logs.read; each action needs what its own route needs.
      if (!can(ctx, NEEDS[action])) {
        throw new errors.ForbiddenError(`Your role may not ${action} comments.`, { code: 'FORBIDDEN', action });
      }
      const results: Bulk.Result[] = await review().bulk(action, ids, actorOf(ctx));
      const ok = results.filter((r) => r.ok).length;
      ctx.body = { data: results, meta: { ok, failed: results.length - ok } } satisfies Bulk.Response;
    },
  };
};
