import type { Core } from '@strapi/strapi';

import type { DuplicateStore, FingerprintRecord } from '../moderation/types';
import { UIDS } from '../utils/plugin';

/**
 * Duplicate store in the database (indexed by author key), so several nodes share it.
 * `deferred()` returns a store whose `add` is held back until the comment is really
 * saved: a comment refused later (validation, database error) leaves no fingerprint.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.fingerprint);

  const self = {
    async recent(author: string, limit: number): Promise<FingerprintRecord[]> {
      const rows = (await repo().findMany({
        where: { authorKey: author },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit,
      })) as Array<{ authorKey: string; thread: string; fingerprint: string; commentId: string; createdAt: string }>;
      return rows.map((r) => ({
        author: r.authorKey,
        thread: r.thread ?? '',
        fingerprint: r.fingerprint,
        commentId: r.commentId ?? undefined,
        createdAt: new Date(r.createdAt).getTime(),
      }));
    },

    async add(record: FingerprintRecord, targetUid?: string) {
      await repo().create({
        data: {
          authorKey: record.author,
          thread: record.thread,
          fingerprint: record.fingerprint,
          commentId: record.commentId ?? null,
          targetUid: targetUid ?? null,
        },
      });
    },

    deferred(targetUid: string) {
      let pending: FingerprintRecord | null = null;
      const store: DuplicateStore = {
        recent: (author, limit) => self.recent(author, limit),
        add: (record) => {
          pending = record;
        },
      };
      return {
        store,
        /** Persists the held-back record, now that the comment exists. */
        async commit(commentId?: string | null) {
          if (!pending) return;
          const record = { ...pending, commentId: commentId ?? pending.commentId };
          pending = null;
          await self.add(record, targetUid);
        },
      };
    },
  };
  return self;
};
