import type { Core } from '@strapi/strapi';

import {
  LEARN_KINDS,
  type DeleteException,
  type GetExceptions,
  type GetLearnOptions,
  type LearnKind,
} from '../../../shared/contracts';
import { badInput, CODES, notFound } from '../utils/errors';
import { isPlainObject } from '../config/schema';
import { type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { rejectUnknown, requireString } from '../utils/query';
import { MAX_ID } from './logs';

/** `learn` of a restore body: `{ kind, value }` or absent. */
export const parseLearn = (raw: unknown): { kind: LearnKind; value: string } | undefined => {
  if (raw === undefined || raw === null) return undefined;
  const bad = (sentence: string) => badInput(CODES.badRequest, sentence, { field: 'learn' });
  if (!isPlainObject(raw)) throw bad('`learn` must be an object { kind, value }.');
  rejectUnknown(raw, ['kind', 'value'], 'field');
  if (typeof raw.kind !== 'string' || !(LEARN_KINDS as readonly string[]).includes(raw.kind)) {
    throw bad(`\`learn.kind\` must be one of ${LEARN_KINDS.join(', ')}.`);
  }
  if (typeof raw.value !== 'string' || !raw.value.trim() || raw.value.length > 255) {
    throw bad('`learn.value` must be a text of at most 255 characters.');
  }
  return { kind: raw.kind as LearnKind, value: raw.value };
};

/** Learning from restores: what an entry could teach, and the exceptions learned so far. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    const id = requireString(ctx.params, 'id', MAX_ID);
    const entry = await pluginService(strapi, 'log').findOne(id);
    if (!entry) throw notFound(`No moderation log entry ${id}.`);
    ctx.body = { data: pluginService(strapi, 'learning').options(entry) } satisfies GetLearnOptions.Response;
  },

  async find(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    ctx.body = { data: await pluginService(strapi, 'learning').list() } satisfies GetExceptions.Response;
  },

  async remove(ctx: AdminContext) {
    rejectUnknown(ctx.query ?? {}, []);
    const id = requireString(ctx.params, 'id', MAX_ID);
    ctx.body = { data: await pluginService(strapi, 'learning').remove(id) } satisfies DeleteException.Response;
  },
});
