import type { Core } from '@strapi/strapi';

import { CASE_TRANSITIONS, type CaseStatus } from '../../../shared/contracts';
import { caseResolvedMessage, guessLocale } from '../utils/answer-messages';
import { badInput, CODES, ConflictError, isUniqueViolation, notFound } from '../utils/errors';
import { getService, UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';
import type { CommentRef } from './comment-refs';
import { actorName, type Actor } from './log';
import { toDate } from './tokens';

const TABLE = 'brand_community_cases';
type Row = Record<string, any>;

const conflict = (message: string) => new ConflictError(message, { code: CODES.invalidState });

/**
 * Complaint follow-up: a case per justified complaint (one per comment: unique index on
 * comment_key), with its cause, solution, owner and status. Every status change is one conditional
 * UPDATE on the status read, so the move to `resolved` — and the one notice it sends — happens
 * once, whatever number of nodes resolve it at the same time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.case);
  const now = () => getService(strapi, 'clock').now() as Date;
  const service = <T = any>(name: string) => getService<T>(strapi, name);
  const populate = { owner: { select: ['id', 'firstname', 'lastname', 'email'] } };

  const ownerOf = async (ownerId: number | undefined, actor: Actor | null) => {
    if (ownerId === undefined) return actor ? { id: actor.id, name: actorName(actor) } : null;
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: ownerId } })) as Actor | null;
    if (!user) throw badInput(CODES.badRequest, `\`ownerId\` ${ownerId} is not an admin user.`, { field: 'ownerId' });
    return { id: user.id, name: actorName(user) };
  };

  const self = {
    async get(documentId: string): Promise<Row> {
      const row = (await repo().findOne({ where: { documentId }, populate })) as Row | null;
      if (!row) throw notFound(`No case ${documentId}.`);
      return row;
    },

    async open(ref: CommentRef, input: { cause?: string | null; ownerId?: number }, actor: Actor | null) {
      const owner = await ownerOf(input.ownerId, actor);
      try {
        const row = (await repo().create({
          data: {
            commentKey: ref.commentKey,
            targetUid: ref.targetUid,
            commentId: ref.commentId,
            thread: ref.thread || null,
            authorKey: ref.authorKey,
            authorName: ref.authorName,
            recipient: ref.recipient,
            locale: guessLocale(ref.text),
            excerpt: ref.text,
            cause: input.cause ?? null,
            owner: owner?.id ?? null,
            ownerName: owner?.name ?? null,
            status: 'open',
            repeats: 0,
            openedAt: now(),
          },
        })) as Row;
        return self.get(row.documentId);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError('A case is already open for this comment.', { code: CODES.alreadyExists });
        }
        throw error;
      }
    },

    /** Cause, solution, owner, and at most one status step (checked against the status read). */
    async update(
      documentId: string,
      input: { cause?: string; solution?: string; ownerId?: number; status?: CaseStatus },
      actor: Actor | null
    ) {
      const current = await self.get(documentId);
      if (current.status === 'resolved') throw conflict('This case is resolved already: it cannot be changed.');
      const data: Record<string, unknown> = {};
      if (input.cause !== undefined) data.cause = input.cause;
      if (input.solution !== undefined) data.solution = input.solution;
      // The owner is a relation (a join table): set through the query engine, its name as a column.
      const owner = input.ownerId !== undefined ? await ownerOf(input.ownerId, actor) : undefined;
      if (owner) data.owner_name = owner.name;
      const setOwner = async () => {
        if (owner) await repo().update({ where: { id: current.id }, data: { owner: owner.id } });
      };
      const to = input.status;
      if (to && to !== current.status) {
        if (!CASE_TRANSITIONS[current.status as CaseStatus].includes(to)) {
          throw conflict(`A case cannot go from ${current.status} to ${to}.`);
        }
        if (to === 'resolved') {
          await setOwner();
          return self.resolve(current, data, actor);
        }
        if (to === 'solution-offered') data.solution_at = now();
        const moved = await strapi.db
          .connection(TABLE)
          .where({ id: current.id, status: current.status })
          .update({ ...data, status: to, updated_at: now() });
        if (moved !== 1) throw conflict('The case changed meanwhile: reload it.');
      } else if (Object.keys(data).length) {
        await strapi.db.connection(TABLE).where({ id: current.id }).whereNot({ status: 'resolved' }).update({ ...data, updated_at: now() });
      }
      await setOwner();
      return self.get(documentId);
    },

    /**
     * Resolved, and the author told once: the status UPDATE matches only an unresolved case, and
     * the notice is queued in the same transaction, so exactly one of any number of concurrent
     * resolves sends it.
     */
    async resolve(current: Row, data: Record<string, unknown>, actor: Actor | null) {
      const at = now();
      let queued = false;
      const won = await strapi.db.transaction(async ({ trx }) => {
        const moved = await trx(TABLE)
          .where({ id: current.id })
          .whereNot({ status: 'resolved' })
          .update({ ...data, status: 'resolved', resolved_at: at, notified_at: at, updated_at: at });
        if (moved !== 1) return false;
        const fresh = { ...current, cause: data.cause ?? current.cause, solution: data.solution ?? current.solution };
        const entry = await service('log').append({
          action: 'resolved',
          category: 'manual',
          targetUid: current.targetUid,
          targetDocumentId: current.commentId,
          thread: current.thread,
          authorKey: current.authorKey,
          authorName: current.authorName,
          relatedEntry: current.documentId,
          reason: `Case #${current.id} resolved; the author is told.`,
          actor,
        });
        const templated = await service('answerTemplates').render('case-resolved', current.locale, {
          number: current.id,
          caseNumber: current.id,
          cause: fresh.cause ?? '',
          solution: fresh.solution ?? '',
          authorName: current.authorName ?? '',
        });
        const message = caseResolvedMessage({ locale: current.locale, number: current.id, cause: fresh.cause, solution: fresh.solution, excerpt: current.excerpt });
        queued = await service('authorNotices').queue({
          authorKey: current.authorKey,
          recipient: current.recipient,
          locale: current.locale,
          subject: message.subject,
          body: templated ?? message.body,
          logEntryId: entry.id,
        });
        return true;
      });
      if (!won) throw conflict('This case is resolved already.');
      if (queued) service('authorNotices').kick();
      return self.get(current.documentId);
    },

    /** Posts the brand's public reply under the case's comment (a moderator's action, logged). */
    async reply(documentId: string, text: string, actor: Actor | null) {
      const current = await self.get(documentId);
      const commentId = await service('commentRefs').postReply({ targetUid: current.targetUid, thread: current.thread }, text);
      await repo().update({ where: { id: current.id }, data: { replyPostedAt: now(), replyCommentId: commentId } });
      await service('log').append({
        action: 'replied',
        category: 'manual',
        targetUid: current.targetUid,
        targetDocumentId: current.commentId,
        thread: current.thread,
        authorKey: current.authorKey,
        authorName: current.authorName,
        relatedEntry: current.documentId,
        originalText: text,
        reason: commentId ? `Public reply to case #${current.id} posted as comment ${commentId}.` : `Public reply to case #${current.id} recorded.`,
        actor,
      });
      return self.get(documentId);
    },

    /**
     * A repeated complaint of an author (the duplicate filter's warning): counted on the author's
     * newest unresolved case, so the moderator sees the cause behind the repeats. Null when none.
     */
    async onRepeat(authorKey: string): Promise<Row | null> {
      const open = (await strapi.db
        .connection(TABLE)
        .where({ author_key: authorKey })
        .whereNot({ status: 'resolved' })
        .orderBy('id', 'desc')
        .first('id', 'document_id')) as { id: number; document_id: string } | undefined;
      if (!open) return null;
      await strapi.db
        .connection(TABLE)
        .where({ id: open.id })
        .update({ repeats: strapi.db.connection.raw('repeats + 1'), last_repeat_at: now() });
      return { id: open.id, documentId: open.document_id };
    },

    async find(query: { status?: CaseStatus; author?: string; page: number; pageSize: number }) {
      const where: Record<string, unknown> = {};
      if (query.status) where.status = query.status;
      if (query.author) where.authorKey = query.author;
      const [data, total] = await Promise.all([
        repo().findMany({ where, populate, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
        repo().count({ where }),
      ]);
      return paginated(data as Row[], total, query.page, query.pageSize);
    },

    /** Open cases now and the median time to resolution of the cases resolved in [from, to]. */
    async stats(from: Date, to: Date) {
      const knex = strapi.db.connection;
      const [openRow, resolved] = await Promise.all([
        knex(TABLE).whereNot({ status: 'resolved' }).count({ n: 'id' }).first(),
        knex(TABLE)
          .where({ status: 'resolved' })
          .andWhere('resolved_at', '>=', from)
          .andWhere('resolved_at', '<=', to)
          .orderBy('resolved_at', 'desc')
          .limit(10_000)
          .select('opened_at', 'resolved_at'),
      ]);
      const spans = (resolved as Array<{ opened_at: unknown; resolved_at: unknown }>)
        .map((r) => toDate(r.resolved_at).getTime() - toDate(r.opened_at).getTime())
        .sort((a, b) => a - b);
      const mid = spans.length >> 1;
      const median = spans.length ? (spans.length % 2 ? spans[mid] : (spans[mid - 1] + spans[mid]) / 2) : null;
      return { openCases: Number((openRow as { n?: unknown } | undefined)?.n ?? 0), medianResolutionMs: median, resolvedCases: spans.length };
    },
  };
  return self;
};
