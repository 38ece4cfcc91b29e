import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

const TABLE = 'brand_community_rate_limits';

/**
 * Fixed-window counters in the database, so every node counts the same attempts: one row per
 * bucket, incremented by one upsert (atomic on SQLite and PostgreSQL). Buckets are hashed, so no
 * IP address or token is stored in the clear.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const self = {
    async ensureTable() {
      await knex().raw(
        `CREATE TABLE IF NOT EXISTS ?? (bucket varchar(80) PRIMARY KEY, hits integer NOT NULL, window_end bigint NOT NULL)`,
        [TABLE]
      );
    },

    /** Counts one attempt in `scope:key`; whether it is within `limit` per `windowMs`. */
    async hit(scope: string, key: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
      const bucket = `${scope}:${createHash('sha256').update(key).digest('base64url')}`.slice(0, 80);
      const at = now.getTime();
      await knex()(TABLE)
        .insert({ bucket, hits: 1, window_end: at + windowMs })
        .onConflict('bucket')
        .merge({
          hits: knex().raw(`CASE WHEN ??.window_end <= ? THEN 1 ELSE ??.hits + 1 END`, [TABLE, at, TABLE]),
          window_end: knex().raw(`CASE WHEN ??.window_end <= ? THEN ? ELSE ??.window_end END`, [
            TABLE,
            at,
            at + windowMs,
            TABLE,
          ]),
        });
      const row = (await knex()(TABLE).where({ bucket }).first()) as { hits: number | string } | undefined;
      return Number(row?.hits ?? 0) <= limit;
    },

    /** Drops windows that ended before `now`. */
    async purge(now: Date) {
      await knex()(TABLE).where('window_end', '<', now.getTime()).del();
    },
  };
  return self;
};
