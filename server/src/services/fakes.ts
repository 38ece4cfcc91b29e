import type { Core } from '@strapi/strapi';

import { FAKE_ATTENTION, FAKE_BASE_FIELDS, type FakeState } from '../../../shared/contracts';
import { fieldOf } from '../config/answers';
import { fakeRequestMessage, fieldLabel, guessLocale, utcDate } from '../utils/answer-messages';
import { ConflictError, CODES, isUniqueViolation, notFound } from '../utils/errors';
import type { Actor } from './log';
import { actorName } from './log';
import { getConfig, getService, UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';
import type { CommentRef } from './comment-refs';
import { FAKE_TABLE as TABLE, fakeReplies } from './fake-replies';
import { toDate } from './tokens';
import type { VerifyResult } from './verifier';

export const FAKE_PURPOSE = 'fake-details';
const DAY = 86_400_000;

type Row = Record<string, any>;

const conflict = (message: string) => new ConflictError(message, { code: CODES.invalidState });

/**
 * Suspected fakes: a moderator marks a comment; its author is asked (e-mail and in-app, once, with
 * a one-time link) for the details a real customer has; the site's verifier checks the answer;
 * a request past its deadline becomes `no-answer`. Every state change is one conditional UPDATE
 * (`WHERE state = …`), so two nodes never both move one request.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.fake);
  const now = () => getService(strapi, 'clock').now() as Date;
  const service = <T = any>(name: string) => getService<T>(strapi, name);

  const fields = () => {
    const site = getConfig(strapi).fakes.fields.map(fieldOf);
    return [...FAKE_BASE_FIELDS.map((name) => ({ name, label: name })), ...site];
  };

  const answerLink = (token: string, documentId: string) => {
    const template = getConfig(strapi).fakes.answerUrl;
    return template
      ? template.split('{token}').join(encodeURIComponent(token)).split('{id}').join(encodeURIComponent(documentId))
      : null;
  };

  /** Moves a request from one of `from` to `to` with `data`; whether this call did it. */
  const move = async (id: number, from: FakeState[], to: FakeState, data: Record<string, unknown> = {}, trx?: any) => {
    const updated = await (trx ?? strapi.db.connection)(TABLE)
      .where({ id })
      .whereIn('state', from)
      .update({ state: to, updated_at: now(), ...data });
    return updated === 1;
  };

  let timer: NodeJS.Timeout | null = null;
  const replies = fakeReplies(strapi, (documentId) => self.get(documentId));
  let sweeping: Promise<unknown> | null = null;

  const self = {
    fields,

    /** Sweeps every `fakes.sweepIntervalMs` on this node (every node may: one moves each request). */
    startSweeper() {
      const every = getConfig(strapi).fakes.sweepIntervalMs;
      if (every <= 0 || timer) return;
      timer = setInterval(() => {
        if (sweeping) return;
        sweeping = self
          .sweep()
          .catch((error: Error) => strapi.log.error(`[brand-community] suspected-fakes sweep: ${error.message}`))
          .finally(() => (sweeping = null));
      }, every);
      timer.unref();
    },

    async stopSweeper() {
      if (timer) clearInterval(timer);
      timer = null;
      if (sweeping) await sweeping;
    },

    async get(documentId: string): Promise<Row> {
      const row = (await repo().findOne({ where: { documentId } })) as Row | null;
      if (!row) throw notFound(`No suspected fake ${documentId}.`);
      return row;
    },

    /** Marks `ref` as a suspected fake and asks its author for details; one request per comment. */
    async mark(ref: CommentRef, input: { note?: string | null; locale?: string | null }, actor: Actor | null) {
      const asked = fields();
      const at = now();
      const deadline = new Date(at.getTime() + getConfig(strapi).fakes.deadlineDays * DAY);
      const locale = input.locale ?? guessLocale(ref.text);
      let emailQueued = false;
      let created: Row;
      try {
        created = await strapi.db.transaction(async () => {
          const request = (await repo().create({
            data: {
              commentKey: ref.commentKey,
              targetUid: ref.targetUid,
              commentId: ref.commentId,
              thread: ref.thread || null,
              authorKey: ref.authorKey,
              authorName: ref.authorName,
              recipient: ref.recipient,
              locale,
              excerpt: ref.text,
              state: 'awaiting',
              fields: asked.map((f) => f.name),
              askedAt: at,
              deadline,
              note: input.note ?? null,
              markedBy: actorName(actor),
            },
          })) as Row;
          const { token } = await service('tokens').issue({ purpose: FAKE_PURPOSE, subject: request.documentId, expiresAt: deadline });
          const entry = await service('log').append({
            action: 'requested',
            category: 'manual',
            targetUid: ref.targetUid,
            targetDocumentId: ref.commentId,
            thread: ref.thread || null,
            authorKey: ref.authorKey,
            authorName: ref.authorName,
            originalText: ref.text,
            locale,
            relatedEntry: request.documentId,
            reason: `Suspected fake: the author was asked for ${asked.map((f) => f.name).join(', ')} by ${deadline.toISOString()}.`,
            actor,
          });
          const intro = await service('answerTemplates').render('fake-request', locale, {
            authorName: ref.authorName ?? '',
            orderNumberField: fieldLabel('orderNumber', locale),
            purchaseDateField: fieldLabel('purchaseDate', locale),
            deadline: utcDate(deadline),
          });
          const message = fakeRequestMessage({
            intro,
            locale,
            fields: asked,
            deadline,
            link: answerLink(token, request.documentId),
            token,
            excerpt: ref.text,
          });
          emailQueued = await service('authorNotices').queue({
            authorKey: ref.authorKey,
            recipient: ref.recipient,
            locale,
            ...message,
            logEntryId: entry.id,
          });
          return (await repo().update({
            where: { id: request.id },
            data: { emailed: emailQueued, logEntry: entry.documentId },
          })) as Row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError('This comment is already marked as a suspected fake.', { code: CODES.alreadyExists });
        }
        throw error;
      }
      if (emailQueued) service('authorNotices').kick();
      return created;
    },

    /**
     * The author's answer, with the token from the message: the token is used and the answer
     * stored in one transaction; the verifier then decides (or leaves it to a moderator).
     */
    async answer(request: Row, token: string, answer: Record<string, string>) {
      const at = now();
      const scope = { purpose: FAKE_PURPOSE, subject: request.documentId, now: at };
      const used = await strapi.db.transaction(async ({ trx }) => {
        const checked = await service('tokens').consume(token, scope, trx);
        if (!checked.ok) return checked;
        const moved = await move(request.id, ['awaiting'], 'received', { answer: JSON.stringify(answer), answered_at: at }, trx);
        // The request was settled meanwhile (deadline sweep): the token counts as used.
        return moved ? checked : ({ ok: false, reason: 'used' } as const);
      });
      if (!used.ok) return used;
      let verdict: VerifyResult = null;
      try {
        verdict = await service('verifier').verify({
          comment: {
            targetUid: request.targetUid,
            commentId: request.commentId,
            authorKey: request.authorKey,
            authorName: request.authorName ?? null,
            email: request.recipient ?? null,
            text: request.excerpt ?? null,
          },
          answer,
        });
      } catch (error) {
        strapi.log.error(`[brand-community] the verifier failed on ${request.documentId}: ${(error as Error).message}`);
      }
      await self.settle(request, verdict, null, 'The author answered.');
      return used;
    },

    /** Records a verdict on a received answer (the verifier's, or a moderator's). */
    async settle(request: Row, verdict: VerifyResult, actor: Actor | null, fallback: string) {
      if (!verdict) {
        await self.logAnswer(request, `${fallback} The verifier could not decide: a moderator decides.`, actor);
        return false;
      }
      const state: FakeState = verdict.genuine ? 'genuine' : 'unverified';
      const reason = (verdict.reason ?? (verdict.genuine ? 'The details match.' : 'The details do not match.')).slice(0, 2000);
      const reply = verdict.genuine ? null : await self.preparedReply(request, 'unverified');
      const moved = await move(request.id, ['received'], state, { verdict_reason: reason, reply });
      if (moved) await self.logAnswer(request, `${fallback} Verdict: ${state} (${reason})`, actor);
      return moved;
    },

    async logAnswer(request: Row, reason: string, actor: Actor | null) {
      await service('log').append({
        action: 'answered',
        category: 'manual',
        targetUid: request.targetUid,
        targetDocumentId: request.commentId,
        authorKey: request.authorKey,
        authorName: request.authorName,
        relatedEntry: request.documentId,
        reason,
        actor,
      });
    },

    /**
     * Requests past their deadline with no answer become `no-answer`, with the prepared reply.
     * Each row is moved by one conditional UPDATE: with several nodes sweeping, one moves it.
     */
    async sweep(limit = 200): Promise<number> {
      const at = now();
      const due = (await strapi.db
        .connection(TABLE)
        .where({ state: 'awaiting' })
        .andWhere('deadline', '<=', at)
        .orderBy('id')
        .limit(limit)
        .select('id', 'document_id')) as Array<{ id: number; document_id: string }>;
      let moved = 0;
      for (const { id, document_id } of due) {
        const request = (await repo().findOne({ where: { id } })) as Row | null;
        if (!request) continue;
        const reply = await self.preparedReply(request, 'no-answer');
        if (!(await move(id, ['awaiting'], 'no-answer', { reply, verdict_reason: 'No answer by the deadline.' }))) continue;
        moved++;
        await service('tokens').revoke(FAKE_PURPOSE, document_id, at);
        await self.logAnswer(request, `No answer by the deadline (${toDate(request.deadline).toISOString()}).`, null);
      }
      await service('rateLimits').purge(at);
      return moved;
    },

    async find(query: { state?: FakeState | 'attention'; page: number; pageSize: number }) {
      const where: Record<string, unknown> = {};
      if (query.state === 'attention') where.state = { $in: FAKE_ATTENTION };
      else if (query.state) where.state = query.state;
      const [data, total] = await Promise.all([
        repo().findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
        repo().count({ where }),
      ]);
      return paginated(data as Row[], total, query.page, query.pageSize);
    },

    ...replies,

    /** A moderator's verdict on an answer the verifier could not decide. */
    async decide(documentId: string, genuine: boolean, reason: string | undefined, actor: Actor | null) {
      const request = await self.get(documentId);
      const done = await self.settle(request, { genuine, reason: reason ?? `Decided by ${actorName(actor) ?? 'a moderator'}.` }, actor, 'A moderator decided.');
      if (!done) throw conflict('Only a received answer can be decided.');
      return self.get(documentId);
    },
  };
  return self;
};
