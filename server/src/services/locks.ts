import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { CODES } from '../utils/errors';
import { getConfig } from '../utils/plugin';

const TABLE = 'brand_community_locks';

/** How long a request waits for another request of the same author before it gives up. */
const WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const isConflict = (error: unknown) => {
  const e = error as { code?: string; message?: string };
  // PostgreSQL unique_violation; SQLite primary-key / unique constraint.
  return e?.code === '23505' || /SQLITE_CONSTRAINT/.test(e?.code ?? '') || /UNIQUE constraint failed/.test(e?.message ?? '');
};

/**
 * Leases in the database, one row per key: the steps that read then write one author's state
 * (duplicate check, warnings, ban) run one at a time for that author across every node sharing
 * the database. A node that dies leaves a lease that expires; nothing stays locked for good.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  /** This node's holders, per key: each waits for the one before it. */
  const local = new Map<string, Promise<void>>();
  const sharedDatabase = () => strapi.db.dialect.client !== 'sqlite';

  const self = {
    /**
     * Creates the lease table. On PostgreSQL it is UNLOGGED: a lease needs no crash safety
     * (after a crash every lease is void anyway), and skipping the WAL keeps it cheap.
     */
    async ensureTable() {
      const unlogged = sharedDatabase() && strapi.db.dialect.client === 'postgres' ? 'UNLOGGED ' : '';
      await knex().raw(
        `CREATE ${unlogged}TABLE IF NOT EXISTS ?? (lock_key varchar(300) PRIMARY KEY, owner varchar(64) NOT NULL, expires_at bigint NOT NULL)`,
        [TABLE]
      );
    },

    async acquire(key: string): Promise<string> {
      const owner = randomUUID();
      const deadline = Date.now() + WAIT_MS;
      let delay = 4;
      for (;;) {
        const now = Date.now();
        try {
          // A lease holds `leaseMs` if its node dies mid-way; a screen takes milliseconds.
          await knex()(TABLE).insert({ lock_key: key, owner, expires_at: now + getConfig(strapi).leaseMs });
          return owner;
        } catch (error) {
          if (!isConflict(error)) throw error;
        }
        // Held: take it over only if its holder's lease ran out (a node that died).
        await knex()(TABLE).where({ lock_key: key }).andWhere('expires_at', '<', now).del();
        if (Date.now() > deadline) {
          throw new errors.RateLimitError('Too many comments from you at once: try again in a moment.', {
            code: CODES.busy,
          });
        }
        await sleep(delay + Math.random() * delay);
        delay = Math.min(delay * 2, 100);
      }
    },

    async release(key: string, owner: string) {
      await knex()(TABLE).where({ lock_key: key, owner }).del();
    },

    /** Runs `fn` holding the lease on `key` in the database (every node). */
    async withLease<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const owner = await self.acquire(key);
      try {
        return await fn();
      } finally {
        await self.release(key, owner).catch((error: Error) =>
          strapi.log.error(`[brand-community] could not release lease ${key}: ${error.message}`)
        );
      }
    },

    /**
     * Runs `fn` while no other holder of `key` runs: first among this node's requests (in memory,
     * free), then, where several nodes can share the database, among all nodes (a lease). An
     * SQLite file belongs to one process, so there the node is the whole site.
     */
    async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const previous = local.get(key) ?? Promise.resolve();
      let done!: () => void;
      const gate = new Promise<void>((resolve) => (done = resolve));
      const mine = previous.then(() => gate);
      local.set(key, mine);
      await previous;
      try {
        return sharedDatabase() ? await self.withLease(key, fn) : await fn();
      } finally {
        done();
        if (local.get(key) === mine) local.delete(key);
      }
    },
  };
  return self;
};
