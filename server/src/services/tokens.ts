import { createHash, randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { UIDS } from '../utils/plugin';

/** A knex transaction (from `strapi.db.transaction(({ trx }) => …)`) or the plain connection. */
export type Knexish = Core.Strapi['db']['connection'];

const TABLE = 'brand_community_tokens';

/** A token as sent: 32 random bytes in base64url (43 characters). Anything else is not one of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export type TokenCheck =
  | { ok: true; id: number; expiresAt: Date }
  /** `invalid`: unknown, malformed, or issued for another purpose or subject (told apart from nothing). */
  | { ok: false; reason: 'invalid' | 'expired' | 'used' };

export interface TokenScope {
  purpose: string;
  subject: string;
  now: Date;
}

/**
 * One-time tokens for links sent to authors (details of a suspected fake, an appeal): only the
 * SHA-256 of the token is stored, under a unique index; a token is consumed by one conditional
 * UPDATE, so two requests with it on two nodes cannot both use it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const self = {
    /** A new token for `subject`; the clear token is returned once and never stored. */
    async issue(input: { purpose: string; subject: string; expiresAt: Date }) {
      const token = randomBytes(32).toString('base64url');
      const row = (await strapi.db.query(UIDS.token).create({
        data: { tokenHash: hashToken(token), purpose: input.purpose, subject: input.subject, expiresAt: input.expiresAt },
      })) as { id: number };
      return { token, id: row.id, expiresAt: input.expiresAt };
    },

    /** Whether `token` may be used for `scope` now, without using it. */
    async check(token: unknown, scope: TokenScope, trx?: Knexish): Promise<TokenCheck> {
      if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return { ok: false, reason: 'invalid' };
      const row = (await (trx ?? strapi.db.connection)(TABLE).where({ token_hash: hashToken(token) }).first()) as
        | { id: number; purpose: string; subject: string; expires_at: unknown; used_at: unknown }
        | undefined;
      // A token for another purpose or subject answers exactly like an unknown one.
      if (!row || row.purpose !== scope.purpose || row.subject !== scope.subject) return { ok: false, reason: 'invalid' };
      if (row.used_at !== null && row.used_at !== undefined) return { ok: false, reason: 'used' };
      const expiresAt = toDate(row.expires_at);
      if (expiresAt.getTime() <= scope.now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, id: row.id, expiresAt };
    },

    /**
     * Uses `token` once: the UPDATE only matches an unused, unexpired row, so of two concurrent
     * uses exactly one succeeds. Pass the caller's transaction to run in it.
     */
    async consume(token: unknown, scope: TokenScope, trx?: Knexish): Promise<TokenCheck> {
      const checked = await self.check(token, scope, trx);
      if (!checked.ok) return checked;
      const updated = await (trx ?? strapi.db.connection)(TABLE)
        .where({ id: checked.id })
        .whereNull('used_at')
        .andWhere('expires_at', '>', scope.now)
        .update({ used_at: scope.now, updated_at: scope.now });
      return updated === 1 ? checked : { ok: false, reason: 'used' };
    },

    /** Voids every unused token of `subject` (the request was settled another way). */
    async revoke(purpose: string, subject: string, now: Date) {
      await strapi.db.connection(TABLE).where({ purpose, subject }).whereNull('used_at').update({ used_at: now });
    },

    /** Deletes tokens expired or used before `before` (housekeeping). */
    async purge(before: Date) {
      await strapi.db
        .connection(TABLE)
        .where('expires_at', '<', before)
        .orWhere('used_at', '<', before)
        .del();
    },
  };
  return self;
};

/** A datetime column as SQLite (milliseconds or text) or PostgreSQL (Date) gives it back. */
export const toDate = (value: unknown): Date =>
  value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
