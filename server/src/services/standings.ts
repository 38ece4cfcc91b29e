import type { Core } from '@strapi/strapi';

import { UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';

export interface Standing {
  id: number;
  documentId: string;
  authorKey: string;
  authorName?: string | null;
  warnings: number;
  banned: boolean;
  bannedAt?: string | null;
  bannedUntil?: string | null;
  banReason?: string | null;
}

const TABLE = 'brand_community_author_standings';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.standing);

  const self = {
    async get(authorKey: string): Promise<Standing | null> {
      return (await repo().findOne({ where: { authorKey } })) as Standing | null;
    },

    /** Whether the standing is an active ban at `now` (a ban with a past `bannedUntil` has expired). */
    isBanned(standing: Standing | null, now = new Date()): boolean {
      if (!standing?.banned) return false;
      return !standing.bannedUntil || new Date(standing.bannedUntil) > now;
    },

    /** The author's standing, created on first use (safe when two nodes race: author keys are unique). */
    async ensure(authorKey: string, authorName?: string | null): Promise<Standing> {
      const existing = await self.get(authorKey);
      if (existing) return existing;
      try {
        await strapi.documents(UIDS.standing).create({
          data: { authorKey, authorName: authorName ?? null, warnings: 0, banned: false } as any,
        });
      } catch (error) {
        // Another request created it first: fall through and read it.
        const again = await self.get(authorKey);
        if (again) return again;
        throw error;
      }
      return (await self.get(authorKey)) as Standing;
    },

    /** Adds one warning atomically and returns the new count. */
    async warn(authorKey: string, authorName?: string | null): Promise<number> {
      await self.ensure(authorKey, authorName);
      await strapi.db
        .connection(TABLE)
        .where({ author_key: authorKey })
        .update({ warnings: strapi.db.connection.raw('warnings + 1'), last_action_at: new Date() });
      return ((await self.get(authorKey)) as Standing).warnings;
    },

    async ban(authorKey: string, reason: string, days = 0, authorName?: string | null): Promise<Standing> {
      const standing = await self.ensure(authorKey, authorName);
      const now = new Date();
      await repo().update({
        where: { id: standing.id },
        data: {
          banned: true,
          bannedAt: now,
          bannedUntil: days > 0 ? new Date(now.getTime() + days * 86_400_000) : null,
          banReason: reason,
          lastActionAt: now,
        },
      });
      return (await self.get(authorKey)) as Standing;
    },

    async unban(authorKey: string): Promise<Standing | null> {
      const standing = await self.get(authorKey);
      if (!standing) return null;
      await repo().update({
        where: { id: standing.id },
        data: { banned: false, bannedUntil: null, warnings: 0, lastActionAt: new Date() },
      });
      return self.get(authorKey);
    },

    async find(query: { banned?: boolean; q?: string; page: number; pageSize: number }) {
      const where: Record<string, unknown> = {};
      if (query.banned !== undefined) where.banned = query.banned;
      if (query.q) where.$or = [{ authorKey: { $containsi: query.q } }, { authorName: { $containsi: query.q } }];
      const [data, total] = await Promise.all([
        repo().findMany({
          where,
          orderBy: [{ lastActionAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        repo().count({ where }),
      ]);
      return paginated(data, total, query.page, query.pageSize);
    },
  };
  return self;
};
