import type { Core } from '@strapi/strapi';

import {
  DIALOGUE_STATES,
  LIMITS,
  REFUTATION_STATES,
  type DialogueState,
  type RefutationFormat,
  type RefutationState,
} from '../../../shared/contracts';
import { computeFingerprint } from '../moderation/duplicates';
import { bestLikeness, CLAIM_LIKENESS } from '../moderation/likeness';
import { badInput, CODES, isUniqueViolation, notFound } from '../utils/errors';
import { getService, UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';
import { actorName, type Actor } from './log';

type Row = Record<string, any>;

export interface PlaceInput {
  url?: string;
  platform?: string | null;
  reach?: number | null;
  firstSeenAt?: Date | null;
  refutation?: RefutationState;
  format?: RefutationFormat | null;
  refutationText?: string | null;
  videoUrl?: string | null;
  leader?: string | null;
  dialogue?: DialogueState;
}

/** Fingerprint rows compared per suggestion (newest first): bounded work whatever the site's size. */
const SCAN = 5000;
const SUGGEST = 50;
const LINK_TABLE = 'brand_community_claim_links';

/**
 * Information attacks: a claim, the places spreading it with their refutation and dialogue, and
 * the site's comments linked to it (one link per claim and comment: unique index).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const claims = () => strapi.db.query(UIDS.claim);
  const places = () => strapi.db.query(UIDS.claimPlace);
  const links = () => strapi.db.query(UIDS.claimLink);
  const now = () => getService(strapi, 'clock').now() as Date;
  const service = <T = any>(name: string) => getService<T>(strapi, name);

  const progressOf = (rows: Row[], linked: number) => {
    const refutation = Object.fromEntries(REFUTATION_STATES.map((s) => [s, 0])) as Record<RefutationState, number>;
    const dialogue = Object.fromEntries(DIALOGUE_STATES.map((s) => [s, 0])) as Record<DialogueState, number>;
    let reach = 0;
    for (const p of rows) {
      refutation[p.refutation as RefutationState] += 1;
      dialogue[p.dialogue as DialogueState] += 1;
      reach += Number(p.reach ?? 0);
    }
    return { progress: { places: rows.length, reach, refutation, dialogue }, linkedComments: linked };
  };

  const self = {
    async get(documentId: string): Promise<Row> {
      const row = (await claims().findOne({ where: { documentId } })) as Row | null;
      if (!row) throw notFound(`No claim ${documentId}.`);
      return row;
    },

    async detail(documentId: string) {
      const claim = await self.get(documentId);
      const [placeRows, linkRows] = await Promise.all([
        places().findMany({ where: { claim: documentId }, orderBy: [{ id: 'asc' }] }) as Promise<Row[]>,
        links().findMany({ where: { claim: documentId }, orderBy: [{ id: 'desc' }], limit: 500 }) as Promise<Row[]>,
      ]);
      const linked = await links().count({ where: { claim: documentId } });
      return { ...claim, ...progressOf(placeRows, linked), places: placeRows, links: linkRows };
    },

    async create(input: { statement: string; evidence?: string | null; firstSeenAt?: Date | null }, actor: Actor | null) {
      const row = (await claims().create({
        data: { statement: input.statement, evidence: input.evidence ?? null, firstSeenAt: input.firstSeenAt ?? null, recordedBy: actorName(actor) },
      })) as Row;
      return self.detail(row.documentId);
    },

    async update(documentId: string, input: { statement?: string; evidence?: string | null; firstSeenAt?: Date | null }) {
      const claim = await self.get(documentId);
      await claims().update({ where: { id: claim.id }, data: input });
      return self.detail(documentId);
    },

    async find(query: { page: number; pageSize: number }) {
      const [rows, total] = await Promise.all([
        claims().findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }) as Promise<Row[]>,
        claims().count(),
      ]);
      const ids = rows.map((r) => r.documentId);
      const [placeRows, linkCounts] = await Promise.all([
        ids.length ? (places().findMany({ where: { claim: { $in: ids } } }) as Promise<Row[]>) : Promise.resolve([] as Row[]),
        ids.length
          ? (strapi.db.connection(LINK_TABLE).whereIn('claim', ids).select('claim').count({ n: 'id' }).groupBy('claim') as Promise<
              Array<{ claim: string; n: unknown }>
            >)
          : Promise.resolve([]),
      ]);
      const counts = new Map(linkCounts.map((r) => [r.claim, Number(r.n)]));
      const data = rows.map((r) => ({ ...r, ...progressOf(placeRows.filter((p) => p.claim === r.documentId), counts.get(r.documentId) ?? 0) }));
      return paginated(data, total, query.page, query.pageSize);
    },

    /** Completes a place's refutation: `posted` stamps postedAt; its format needs its evidence. */
    placeData(input: PlaceInput, existing: Row | null) {
      const merged = { ...(existing ?? {}), ...input } as Row;
      if (merged.refutation === 'posted') {
        if (!merged.format) throw badInput(CODES.badRequest, 'A posted refutation needs its `format`.', { field: 'format' });
        if (merged.format === 'video' && !merged.videoUrl) throw badInput(CODES.badRequest, 'A video refutation needs `videoUrl`.', { field: 'videoUrl' });
        if (merged.format === 'opinion-leader' && !merged.leader) {
          throw badInput(CODES.badRequest, 'A statement by an opinion leader needs `leader` (who).', { field: 'leader' });
        }
        if (merged.format === 'text' && !merged.refutationText) {
          throw badInput(CODES.badRequest, 'A text refutation needs `refutationText`.', { field: 'refutationText' });
        }
      }
      const data: Record<string, unknown> = { ...input };
      if (input.refutation === 'posted' && existing?.refutation !== 'posted') data.postedAt = now();
      if (input.refutation && input.refutation !== 'posted') data.postedAt = null;
      return data;
    },

    async addPlace(claimId: string, input: PlaceInput) {
      await self.get(claimId);
      if ((await places().count({ where: { claim: claimId } })) >= LIMITS.places) {
        throw badInput(CODES.badRequest, `A claim has at most ${LIMITS.places} places.`, { field: 'url' });
      }
      await places().create({ data: { claim: claimId, refutation: 'none', dialogue: 'no-answer', ...self.placeData(input, null) } });
      return self.detail(claimId);
    },

    async updatePlace(claimId: string, placeId: string, input: PlaceInput) {
      const place = (await places().findOne({ where: { documentId: placeId, claim: claimId } })) as Row | null;
      if (!place) throw notFound(`No place ${placeId} for claim ${claimId}.`);
      await places().update({ where: { id: place.id }, data: self.placeData(input, place) });
      return self.detail(claimId);
    },

    /** Links site comments to the claim (a moderator's action, logged); a comment linked already is skipped. */
    async link(claimId: string, comments: Array<{ commentId: string; target?: string }>, actor: Actor | null) {
      const claim = await self.get(claimId);
      let linked = 0;
      for (const c of comments) {
        const ref = await service('commentRefs').load(c.target, c.commentId);
        try {
          await links().create({
            data: {
              claim: claimId,
              linkKey: `${claimId}|${ref.commentKey}`,
              commentKey: ref.commentKey,
              targetUid: ref.targetUid,
              commentId: ref.commentId,
              authorKey: ref.authorKey,
              excerpt: ref.text ? Array.from(ref.text).slice(0, 500).join('') : null,
              linkedBy: actorName(actor),
            },
          });
        } catch (error) {
          if (isUniqueViolation(error)) continue;
          throw error;
        }
        linked++;
        await service('log').append({
          action: 'linked',
          category: 'manual',
          targetUid: ref.targetUid,
          targetDocumentId: ref.commentId,
          thread: ref.thread || null,
          authorKey: ref.authorKey,
          authorName: ref.authorName,
          relatedEntry: claimId,
          reason: `Linked to the claim "${Array.from(String(claim.statement)).slice(0, 120).join('')}".`,
          actor,
        });
      }
      return { detail: await self.detail(claimId), linked };
    },

    /**
     * Unlinks a comment (of `target` when given, else of any target) from the claim. Each link row
     * is deleted by one conditional DELETE and logged by whoever deleted it: two moderators
     * unlinking at once log it once.
     */
    async unlink(claimId: string, commentId: string, target: string | undefined, actor: Actor | null) {
      const claim = await self.get(claimId);
      const where: Row = { claim: claimId, commentId };
      if (target !== undefined) where.targetUid = (await service('commentRefs').targetOf(target)).uid;
      const rows = (await links().findMany({ where, limit: 100 })) as Row[];
      if (!rows.length) throw notFound(`Comment ${commentId} is not linked to this claim.`);
      let unlinked = 0;
      for (const row of rows) {
        if ((await strapi.db.connection(LINK_TABLE).where({ id: row.id }).del()) !== 1) continue;
        unlinked++;
        await service('log').append({
          action: 'unlinked',
          category: 'manual',
          targetUid: row.targetUid,
          targetDocumentId: row.commentId,
          authorKey: row.authorKey ?? null,
          relatedEntry: claimId,
          reason: `Unlinked from the claim "${Array.from(String(claim.statement)).slice(0, 120).join('')}".`,
          actor,
        });
      }
      // Another moderator unlinked it meanwhile: not linked (any more), as for a first look.
      if (!unlinked) throw notFound(`Comment ${commentId} is not linked to this claim.`);
      return { detail: await self.detail(claimId), unlinked };
    },

    /**
     * Site comments that look like the claim: the newest fingerprints the duplicate filter stored,
     * compared with the claim's statement and its linked comments; linked ones left out.
     */
    async suggestions(claimId: string) {
      const claim = await self.get(claimId);
      const linkRows = (await links().findMany({ where: { claim: claimId }, select: ['commentKey'], limit: 10_000 })) as Row[];
      const linkedKeys = new Set(linkRows.map((l) => l.commentKey));
      const references = [computeFingerprint(String(claim.statement))];
      const rows = (await strapi.db
        .connection('brand_community_fingerprints')
        .whereNotNull('comment_id')
        .orderBy('id', 'desc')
        .limit(SCAN)
        .select('comment_id', 'target_uid', 'author_key', 'fingerprint')) as Array<Record<string, string>>;
      const seen = new Set<string>();
      const matches: Array<{ targetUid: string; commentId: string; authorKey: string; similarity: number }> = [];
      for (const r of rows) {
        const key = `${r.target_uid}:${r.comment_id}`;
        if (seen.has(key) || linkedKeys.has(key)) continue;
        seen.add(key);
        const score = bestLikeness(references, r.fingerprint);
        if (score >= CLAIM_LIKENESS) {
          matches.push({ targetUid: r.target_uid, commentId: r.comment_id, authorKey: r.author_key, similarity: Math.round(score * 100) / 100 });
        }
      }
      matches.sort((a, b) => b.similarity - a.similarity);
      const top = matches.slice(0, SUGGEST);
      const data = [];
      for (const m of top) {
        const excerpt = await service('commentRefs').textOf(m.targetUid, m.commentId);
        // A comment deleted since its fingerprint was stored is no suggestion.
        if (excerpt !== null) data.push({ ...m, excerpt: Array.from(excerpt).slice(0, 500).join('') });
      }
      return { data, meta: { count: matches.length - (top.length - data.length), scanned: rows.length } };
    },
  };
  return self;
};
