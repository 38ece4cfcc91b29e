import type { Core } from '@strapi/strapi';

import { FAKE_ATTENTION, type FakeState } from '../../../shared/contracts';
import { fakeReplyText } from '../utils/answer-messages';
import { ConflictError, CODES } from '../utils/errors';
import { getService, UIDS } from '../utils/plugin';
import type { Actor } from './log';
import { toDate } from './tokens';

type Row = Record<string, any>;

export const FAKE_TABLE = 'brand_community_fake_requests';

const conflict = (message: string) => new ConflictError(message, { code: CODES.invalidState });

/**
 * The public side of a suspected fake: the reply prepared for a request with no answer or a
 * failed check, its edits, and its posting (a moderator's action, claimed by one conditional
 * UPDATE so two moderators or nodes never post it twice). Part of the `fakes` service.
 */
export const fakeReplies = (strapi: Core.Strapi, get: (documentId: string) => Promise<Row>) => {
  const service = <T = any>(name: string) => getService<T>(strapi, name);
  const now = () => service('clock').now() as Date;
  const repo = () => strapi.db.query(UIDS.fake);

  const replies = {
    /** The public reply prepared for a request with no answer or a failed check. */
    async preparedReply(request: Row, kind: 'no-answer' | 'unverified'): Promise<string> {
      const askedAt = toDate(request.askedAt ?? request.createdAt);
      const templated = await service('answerTemplates').render('fake-unverified-public', request.locale, {
        date: askedAt.toISOString().slice(0, 10),
        authorName: request.authorName ?? '',
        kind,
      });
      return templated ?? fakeReplyText(kind, request.locale, askedAt);
    },

    /** Edits the prepared reply of a request that needs one and has not had it posted. */
    async editReply(documentId: string, reply: string) {
      const request = await get(documentId);
      const updated = await strapi.db
        .connection(FAKE_TABLE)
        .where({ id: request.id })
        .whereIn('state', FAKE_ATTENTION as FakeState[])
        .whereNull('reply_posted_at')
        .update({ reply, updated_at: now() });
      if (updated !== 1) throw conflict('Only the reply of an unanswered or unverified request, not yet posted, can be edited.');
      return get(documentId);
    },

    /** Posts the reply (a moderator's action): claimed by one conditional UPDATE, then logged. */
    async postReply(documentId: string, reply: string | undefined, actor: Actor | null) {
      const request = await get(documentId);
      const text = reply ?? request.reply;
      if (!text) throw conflict('There is no reply to post yet.');
      const at = now();
      const claimed = await strapi.db
        .connection(FAKE_TABLE)
        .where({ id: request.id })
        .whereIn('state', FAKE_ATTENTION as FakeState[])
        .whereNull('reply_posted_at')
        .update({ reply: text, reply_posted_at: at, updated_at: at });
      if (claimed !== 1) throw conflict('This reply was posted already, or the request does not call for one.');
      const commentId = await service('commentRefs').postReply({ targetUid: request.targetUid, thread: request.thread }, text);
      if (commentId) await repo().update({ where: { id: request.id }, data: { replyCommentId: commentId } });
      await service('log').append({
        action: 'replied',
        category: 'manual',
        targetUid: request.targetUid,
        targetDocumentId: request.commentId,
        thread: request.thread,
        authorKey: request.authorKey,
        authorName: request.authorName,
        relatedEntry: request.documentId,
        originalText: text,
        reason: commentId ? `Public reply posted as comment ${commentId}.` : 'Public reply recorded (the collection has no thread to post it in).',
        actor,
      });
      return get(documentId);
    },
  };
  return replies;
};
