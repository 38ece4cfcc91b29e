import type { Core } from '@strapi/strapi';

import {
  DIALOGUE_STATES,
  LIMITS,
  REFUTATION_FORMATS,
  REFUTATION_STATES,
  type ClaimSuggestions,
  type FindClaim,
  type FindClaims,
  type LinkComments,
  type SaveClaim,
  type SavePlace,
  type UnlinkComment,
} from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { optionalText, parseDateField, parseId, parseIntField, parseUrl, requiredText } from '../utils/answer-input';
import { toClaim, toClaimDetail } from '../utils/answer-views';
import { actorOf, type AdminContext } from '../utils/http';
import { pluginService } from '../utils/plugin';
import { PAGINATION_KEYS, parseBody, parseEnum, parsePagination, parseString, rejectUnknown } from '../utils/query';
import type { PlaceInput } from '../services/claims';

const PLACE_KEYS = ['url', 'platform', 'reach', 'firstSeenAt', 'refutation', 'format', 'refutationText', 'videoUrl', 'leader', 'dialogue'];
const MAX_REACH = 10_000_000_000;

/** Claims in the console: the statement and evidence, its places and refutations, linked comments. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const claims = () => pluginService(strapi, 'claims');
  const idOf = (ctx: AdminContext) => parseId(ctx.params.id, 'id');

  const claimInput = (body: Record<string, unknown>, create: boolean) => {
    const statement = create ? requiredText(body, 'statement', LIMITS.statement) : optionalText(body, 'statement', LIMITS.statement);
    const input = {
      ...(statement ? { statement } : {}),
      ...(body.evidence !== undefined ? { evidence: optionalText(body, 'evidence', LIMITS.note, true) ?? null } : {}),
      ...(body.firstSeenAt !== undefined ? { firstSeenAt: parseDateField(body, 'firstSeenAt') ?? null } : {}),
    };
    return input as { statement: string; evidence?: string | null; firstSeenAt?: Date | null };
  };

  const placeInput = (body: Record<string, unknown>, create: boolean): PlaceInput => {
    const input: PlaceInput = {};
    const url = parseUrl(body, 'url', create);
    if (url) input.url = url;
    if (body.platform !== undefined) input.platform = optionalText(body, 'platform', 100, true) ?? null;
    if (body.reach !== undefined) input.reach = parseIntField(body, 'reach', 0, MAX_REACH) ?? null;
    if (body.firstSeenAt !== undefined) input.firstSeenAt = parseDateField(body, 'firstSeenAt') ?? null;
    const refutation = parseEnum(body, 'refutation', REFUTATION_STATES);
    if (refutation) input.refutation = refutation;
    const format = parseEnum(body, 'format', REFUTATION_FORMATS);
    if (format) input.format = format;
    if (body.refutationText !== undefined) input.refutationText = optionalText(body, 'refutationText', LIMITS.reply, true) ?? null;
    const video = parseUrl(body, 'videoUrl', false);
    if (video !== undefined) input.videoUrl = video;
    if (body.leader !== undefined) input.leader = optionalText(body, 'leader', 200, true) ?? null;
    const dialogue = parseEnum(body, 'dialogue', DIALOGUE_STATES);
    if (dialogue) input.dialogue = dialogue;
    return input;
  };

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, [...PAGINATION_KEYS]);
      const list = await claims().find(parsePagination(q));
      ctx.body = { data: list.data.map(toClaim), meta: list.meta } satisfies FindClaims.Response;
    },

    async findOne(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = { data: toClaimDetail(await claims().detail(idOf(ctx))) } satisfies FindClaim.Response;
    },

    async create(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['statement', 'evidence', 'firstSeenAt']);
      ctx.body = { data: toClaimDetail(await claims().create(claimInput(body, true), actorOf(ctx))) } satisfies SaveClaim.Response;
    },

    async update(ctx: AdminContext) {
      const id = idOf(ctx);
      const body = parseBody(ctx.request.body, ['statement', 'evidence', 'firstSeenAt']);
      ctx.body = { data: toClaimDetail(await claims().update(id, claimInput(body, false))) } satisfies SaveClaim.Response;
    },

    async addPlace(ctx: AdminContext) {
      const id = idOf(ctx);
      const body = parseBody(ctx.request.body, PLACE_KEYS);
      ctx.body = { data: toClaimDetail(await claims().addPlace(id, placeInput(body, true))) } satisfies SavePlace.Response;
    },

    async updatePlace(ctx: AdminContext) {
      const id = idOf(ctx);
      const placeId = parseId(ctx.params.placeId, 'placeId');
      const body = parseBody(ctx.request.body, PLACE_KEYS);
      ctx.body = { data: toClaimDetail(await claims().updatePlace(id, placeId, placeInput(body, false))) } satisfies SavePlace.Response;
    },

    async link(ctx: AdminContext) {
      const id = idOf(ctx);
      const body = parseBody(ctx.request.body, ['comments']);
      const list = body.comments;
      if (!Array.isArray(list) || list.length === 0 || list.length > LIMITS.bulk) {
        throw badInput(CODES.badRequest, `\`comments\` must be a list of 1 to ${LIMITS.bulk} { commentId, target? }.`, { field: 'comments' });
      }
      const comments = list.map((c) => {
        const item = parseBody(c, ['commentId', 'target']);
        return { commentId: parseId(item.commentId, 'commentId'), target: parseString(item, 'target', 200) };
      });
      const { detail, linked } = await claims().link(id, comments, actorOf(ctx));
      ctx.body = { data: toClaimDetail(detail), meta: { linked } } satisfies LinkComments.Response;
    },

    async unlink(ctx: AdminContext) {
      const id = idOf(ctx);
      const commentId = parseId(ctx.params.commentId, 'commentId');
      const q = ctx.query ?? {};
      rejectUnknown(q, ['target']);
      const { detail, unlinked } = await claims().unlink(id, commentId, parseString(q, 'target', 200), actorOf(ctx));
      ctx.body = { data: toClaimDetail(detail), meta: { unlinked } } satisfies UnlinkComment.Response;
    },

    async suggestions(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, []);
      ctx.body = (await claims().suggestions(idOf(ctx))) satisfies ClaimSuggestions.Response;
    },
  };
};
