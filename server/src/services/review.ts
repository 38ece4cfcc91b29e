import type { Core, UID } from '@strapi/strapi';

import type { Bulk, BulkAction, LogEntry, ReviewAction, ReviewOutcome } from '../../../shared/contracts';
import { fingerprint } from '../moderation';
import { badInput, codeOf, CODES, ConflictError, isUniqueViolation, notFound } from '../utils/errors';
import { isEmail } from '../utils/input';
import { pluginService, type PluginServices, UIDS } from '../utils/plugin';
import { isReviewable } from '../utils/views';
import { actorName, type Actor } from './log';

type Row = Record<string, any>;

const CONFIRMED: Record<ReviewAction, string> = { removed: 'removal', held: 'hold', flagged: 'flag' };
const SERVER_FAILURE = 'The action failed on the server; see the server log.';

/** What an entry records, for refusals: `"allowed"`, `"removed" in a dry run`… */
const recorded = (entry: Row) => `"${entry.action}"${entry.dryRun ? ' in a dry run' : ''}`;

/**
 * Settling the review queue: restore (re-create a removed or held comment), approve (a held
 * one), confirm (the removal was right). Each entry is settled at most once, by the database:
 * a review row with a unique `entry` is inserted BEFORE the side effect, so of two nodes
 * restoring one entry at once, one inserts and re-creates the comment, the other fails the
 * insert and re-creates nothing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);
  const reviews = () => strapi.db.query(UIDS.review);

  const already = (entry: Row, review: Row) => {
    if (review.outcome === 'restored' || review.outcome === 'approved') {
      // Same answer as before reviews existed: a second restore is "not restorable".
      const record = review.record ? ` (log entry ${review.record})` : '';
      return badInput(CODES.notRestorable, `This comment was already ${review.outcome}${record}.`, {
        restoredBy: review.record ?? null,
      });
    }
    const by = review.actorName ? ` by ${review.actorName}` : '';
    return new ConflictError(`This entry was already reviewed: ${review.outcome}${by}.`, {
      code: CODES.alreadyReviewed,
      outcome: review.outcome,
      entry: entry.documentId,
    });
  };

  const load = async (logDocumentId: string) => {
    const entry = await service('log').findOne(logDocumentId);
    if (!entry) throw notFound(`No moderation log entry ${logDocumentId}.`);
    const existing = await reviews().findOne({ where: { entry: entry.documentId } });
    if (existing) throw already(entry, existing);
    return entry as Row;
  };

  /** Inserts the review row; the unique index makes this fail for every request but one. */
  const claim = async (entry: Row, outcome: ReviewOutcome, actor: Actor | null) => {
    try {
      return (await reviews().create({
        data: { entry: entry.documentId, outcome, actorName: actorName(actor) },
      })) as Row;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await reviews().findOne({ where: { entry: entry.documentId } });
      throw already(entry, winner ?? { outcome });
    }
  };

  const settle = async (claimed: Row, record: Row) => {
    await reviews().update({ where: { id: claimed.id }, data: { record: record.documentId } });
  };

  const release = async (claimed: Row) => {
    await reviews().delete({ where: { id: claimed.id } });
  };

  const ruleOf = (entry: Row) =>
    entry.rule ? { id: entry.rule.id, number: entry.ruleNumber, title: entry.ruleTitle } : null;

  /** The reviewed entry as the queue now shows it (with its review). */
  const reviewed = async (entry: Row) => (await service('log').entriesById([entry.id]))[0] as LogEntry;

  const self = {
    /** Re-creates a removed or held comment exactly as submitted, logs it and tells the author. */
    async restore(logDocumentId: string, actor: Actor | null, only?: 'held') {
      const entry = await load(logDocumentId);
      const allowed = only ? [only] : ['removed', 'held'];
      if (!allowed.includes(entry.action) || entry.dryRun) {
        const what = only ? 'Only held comments can be approved' : 'Only removed or held comments can be restored';
        throw badInput(CODES.notRestorable, `${what}; this entry records ${recorded(entry)}.`);
      }
      const target = (await service('settings').config()).targets.find((t) => t.uid === entry.targetUid);
      if (!target || !strapi.contentTypes[entry.targetUid as keyof typeof strapi.contentTypes]) {
        throw badInput(CODES.notRestorable, `The content type ${entry.targetUid} is no longer moderated here.`);
      }
      const kind: ReviewOutcome = entry.action === 'held' ? 'approved' : 'restored';
      const claimed = await claim(entry, kind, actor);

      const data = entry.originalData ?? {};
      const documents = strapi.documents(entry.targetUid as UID.ContentType);
      let document: Row;
      try {
        document = await service('guard').runBypassed(async () => {
          if (entry.targetDocumentId) {
            const current = await documents.findOne({ documentId: entry.targetDocumentId });
            if (current) return documents.update({ documentId: entry.targetDocumentId, data });
          }
          return documents.create({ data });
        });
      } catch (error) {
        // Nothing was re-created: give the entry back to the queue so it can be retried.
        await release(claimed);
        throw error;
      }

      const record = await service('log').append({
        action: kind,
        category: entry.category,
        rule: ruleOf(entry),
        evidence: entry.evidence,
        originalText: entry.originalText,
        originalData: entry.originalData,
        targetUid: entry.targetUid,
        targetDocumentId: document?.documentId ?? null,
        thread: entry.thread,
        authorKey: entry.authorKey,
        authorName: entry.authorName,
        locale: entry.locale,
        relatedEntry: entry.documentId,
        actor,
        reason: kind === 'approved' ? 'Approved by a moderator.' : 'Restored by a moderator (false positive).',
      });
      await settle(claimed, record);
      await service('appeals').decided(entry.documentId, kind);

      // The restored comment counts as the author's first of its kind from now on.
      if (entry.originalText && entry.authorKey) {
        await service('fingerprints').add(
          {
            author: entry.authorKey,
            thread: entry.thread ?? '',
            fingerprint: fingerprint(entry.originalText),
            commentId: document?.documentId,
            createdAt: Date.now(),
          },
          entry.targetUid
        );
      }

      const emailField = target.emailField ?? target.authorField;
      const email = data[emailField];
      await service('notifications').queue({
        kind,
        authorKey: entry.authorKey,
        recipient: typeof email === 'string' && isEmail(email.trim()) ? email.trim() : null,
        locale: entry.locale,
        excerpt: entry.originalText,
        logEntry: { id: Number(record.id), documentId: record.documentId },
      });
      return { entry: await reviewed(entry), document: document as { documentId: string } & Row };
    },

    /** Publishes a held comment (the hold was a false alarm). */
    approve(logDocumentId: string, actor: Actor | null) {
      return self.restore(logDocumentId, actor, 'held');
    },

    /** The removal, hold or flag was right: marks the entry reviewed and logs who said so. */
    async confirm(logDocumentId: string, actor: Actor | null) {
      const entry = await load(logDocumentId);
      if (!isReviewable(entry)) {
        throw badInput(
          CODES.badRequest,
          `Only removed, held or flagged comments can be confirmed; this entry records ${recorded(entry)}.`,
          { field: 'id' }
        );
      }
      const claimed = await claim(entry, 'confirmed', actor);
      let record: Row;
      try {
        record = await service('log').append({
          action: 'confirmed',
          category: entry.category,
          rule: ruleOf(entry),
          targetUid: entry.targetUid,
          targetDocumentId: entry.targetDocumentId,
          thread: entry.thread,
          authorKey: entry.authorKey,
          authorName: entry.authorName,
          locale: entry.locale,
          relatedEntry: entry.documentId,
          actor,
          reason: `The ${CONFIRMED[entry.action as ReviewAction]} was confirmed by a moderator.`,
        });
      } catch (error) {
        await release(claimed);
        throw error;
      }
      await settle(claimed, record);
      await service('appeals').decided(entry.documentId, 'confirmed');
      return { entry: await reviewed(entry) };
    },

    /** Runs one action on each id in turn; one failure does not stop the rest. */
    async bulk(action: BulkAction, ids: string[], actor: Actor | null) {
      const run = { restore: self.restore, approve: self.approve, confirm: self.confirm }[action];
      const results: Bulk.Result[] = [];
      for (const id of ids) {
        try {
          await run(id, actor);
          results.push({ id, ok: true });
        } catch (error) {
          const code = codeOf(error);
          const message = (error as Error)?.message ?? String(error);
          if (!code) strapi.log.error(`[brand-community] bulk ${action} of ${id} failed: ${message}`);
          results.push(code ? { id, ok: false, code, message } : { id, ok: false, message: SERVER_FAILURE });
        }
      }
      return results;
    },
  };
  return self;
};
