import { createHash, randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import {
  APPEAL_MAX_LENGTH,
  type AppealState,
  type GetAppeal,
  type ReviewOutcome,
} from '../../../shared/contracts';
import { appealDecisionMessage } from '../utils/appeal-texts';
import { badInput, CODES, ConflictError, notFound } from '../utils/errors';
import { isEmail } from '../utils/input';
import { getConfig, pluginService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

const TABLE = 'brand_community_appeals';
const HITS = 'brand_community_appeal_hits';
/** A token as sent: 32 random bytes in base64url (43 characters). Anything else is not one of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** Explanations that carry an appeal link: every removal, hold, warning and ban explained. */
const APPEALABLE = new Set(['removed', 'held', 'warned', 'banned']);

export const hashToken = (token: string) =>
  createHash('sha256').update(token, 'utf8').digest('hex');

const toDate = (value: unknown): Date =>
  value instanceof Date
    ? value
    : new Date(
        typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string)
      );

/** 410: the link ran out. */
export class GoneError extends Error {
  readonly status = 410;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: Record<string, unknown>
  ) {
    super(message);
    this.name = 'GoneError';
  }
}
Object.setPrototypeOf(
  GoneError.prototype,
  (errors.HttpError as unknown as { prototype: object }).prototype
);

/**
 * Author appeals: every explanation of a removal carries a one-time link (32 random bytes; only
 * its SHA-256 is stored, under a unique index). The author reads what was removed and why, and
 * may answer once; the appeal is marked in the review queue, and when a moderator settles the
 * entry (one review per entry, by the database) the decision is sent back once, claimed by a
 * conditional UPDATE. Requests are counted per IP and per token in the database (every node).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const options = () => {
    const own = ((getConfig(strapi) as Row).appeals ?? {}) as Row;
    const int = (v: unknown, fallback: number) =>
      typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
    return {
      url: typeof own.url === 'string' && own.url.trim() ? own.url.trim() : null,
      ttlDays: int(own.ttlDays, 30),
      perIp: int(own.perIp, 30),
      perToken: int(own.perToken, 10),
      windowMs: int(own.windowMs, 600_000),
    };
  };

  /** Counts one request in `bucket`; a 429 past `limit` per window. */
  const hit = async (bucket: string, limit: number) => {
    const { windowMs } = options();
    const at = self.clock().getTime();
    const key = createHash('sha256').update(bucket).digest('base64url');
    await knex()(HITS)
      .insert({ bucket: key, hits: 1, window_end: at + windowMs })
      .onConflict('bucket')
      .merge({
        hits: knex().raw('CASE WHEN ??.window_end <= ? THEN 1 ELSE ??.hits + 1 END', [
          HITS,
          at,
          HITS,
        ]),
        window_end: knex().raw('CASE WHEN ??.window_end <= ? THEN ? ELSE ??.window_end END', [
          HITS,
          at,
          at + windowMs,
          HITS,
        ]),
      });
    const row = (await knex()(HITS).where({ bucket: key }).first()) as Row | undefined;
    if (Number(row?.hits ?? 0) > limit) {
      throw new errors.RateLimitError('Too many attempts: try again in a few minutes.', {
        code: CODES.appealLimited,
      });
    }
  };

  /** The appeal behind a link, checked (shape, rate, existence, use, expiry); errors are the same for unknown and foreign tokens. */
  const open = async (token: string, ip: string) => {
    await hit(`ip:${ip}`, options().perIp);
    if (!TOKEN_SHAPE.test(token)) {
      throw badInput(
        CODES.appealInvalid,
        'This appeal link is not valid: check that it was copied whole.',
        { field: 'token' }
      );
    }
    const tokenHash = hashToken(token);
    await hit(`token:${tokenHash}`, options().perToken);
    const row = (await knex()(TABLE).where({ token_hash: tokenHash }).first()) as Row | undefined;
    const entry = row ? await pluginService(strapi, 'log').findOne(row.entry) : null;
    if (!row || !entry) throw notFound('No appeal is open at this link.');
    if (row.message !== null && row.message !== undefined) {
      throw new ConflictError('This appeal was already sent; a moderator will answer it.', {
        code: CODES.appealUsed,
      });
    }
    if (toDate(row.expires_at).getTime() <= self.clock().getTime()) {
      throw new GoneError('This appeal link has expired.', { code: CODES.appealExpired });
    }
    // Settled before the author wrote: the decision was already sent, nobody would read the appeal.
    if (await strapi.db.query(UIDS.review).findOne({ where: { entry: entry.documentId } })) {
      throw new ConflictError(
        'A moderator already reviewed this removal; you were sent the decision.',
        { code: CODES.alreadyReviewed }
      );
    }
    return { row, entry };
  };

  const self = {
    /** Current time; tests replace it to see links expire. */
    clock: (): Date => new Date(),

    async ensureTables() {
      await knex().raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??)', [
        'bc_appeals_token_hash_uq',
        TABLE,
        'token_hash',
      ]);
      await knex().raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??)', [
        'bc_appeals_entry_idx',
        TABLE,
        'entry',
      ]);
      await knex().raw(
        'CREATE TABLE IF NOT EXISTS ?? (bucket varchar(64) PRIMARY KEY, hits integer NOT NULL, window_end bigint NOT NULL)',
        [HITS]
      );
    },

    /** The public address of the appeal page for `token` (`appeals.url`, else this server's content API). */
    urlOf(token: string) {
      const configured = options().url;
      const server = String(
        strapi.config.get('server.absoluteUrl') ?? strapi.config.get('server.url') ?? ''
      ).replace(/\/$/, '');
      const base = configured ?? `${server}/api/brand-community/appeals/{token}`;
      return base.includes('{token}')
        ? base.replace('{token}', token)
        : `${base.replace(/\/$/, '')}/${token}`;
    },

    /** A new appeal link for an explanation of a removal; null for explanations that need none. */
    async linkFor(input: {
      kind: string;
      authorKey: string;
      recipient?: string | null;
      locale?: string | null;
      logEntry?: { documentId: string } | null;
    }) {
      if (!input.logEntry || !APPEALABLE.has(input.kind)) return null;
      const token = randomBytes(32).toString('base64url');
      await strapi.db.query(UIDS.appeal).create({
        data: {
          tokenHash: hashToken(token),
          entry: input.logEntry.documentId,
          authorKey: input.authorKey,
          recipient: input.recipient && isEmail(input.recipient) ? input.recipient : null,
          locale: input.locale ?? null,
          expiresAt: new Date(self.clock().getTime() + options().ttlDays * 86_400_000),
        },
      });
      return self.urlOf(token);
    },

    /** What the author sees: what happened to the comment, the rule and the reason. */
    async view(token: string, ip: string): Promise<GetAppeal.Response['data']> {
      const { row, entry } = await open(token, ip);
      return {
        action: entry.action === 'held' ? 'held' : 'removed',
        rule: entry.ruleNumber
          ? { number: Number(entry.ruleNumber), title: entry.ruleTitle ?? '' }
          : null,
        reason: entry.reason ?? null,
        text: entry.originalText ?? null,
        createdAt: toDate(entry.createdAt).toISOString(),
        expiresAt: toDate(row.expires_at).toISOString(),
        maxLength: APPEAL_MAX_LENGTH,
      };
    },

    /** Records the author's answer, once: of two sends (or nodes), one writes and the other gets a 409. */
    async submit(token: string, ip: string, message: string) {
      const { row } = await open(token, ip);
      const at = self.clock();
      const written = await knex()(TABLE)
        .where({ id: row.id })
        .whereNull('message')
        .andWhere('expires_at', '>', at)
        .update({ message, appealed_at: at, updated_at: at });
      if (written !== 1)
        throw new ConflictError('This appeal was already sent; a moderator will answer it.', {
          code: CODES.appealUsed,
        });
      return { received: true as const, at: at.toISOString() };
    },

    /** Appeals of the given log entries (the latest sent per entry), for the review queue. */
    async forEntries(documentIds: string[]): Promise<Map<string, AppealState>> {
      const map = new Map<string, AppealState>();
      if (!documentIds.length) return map;
      const rows = (await knex()(TABLE)
        .whereIn('entry', documentIds)
        .whereNotNull('message')
        .orderBy('id', 'asc')) as Row[];
      for (const row of rows) {
        map.set(row.entry, {
          message: row.message,
          at: toDate(row.appealed_at).toISOString(),
          decision: (row.decision as ReviewOutcome | null) ?? null,
          decidedAt: row.decided_at ? toDate(row.decided_at).toISOString() : null,
        });
      }
      return map;
    },

    /**
     * A moderator settled an appealed entry: the decision goes back to its author once. The
     * review itself is unique per entry; the conditional UPDATE makes the message single too.
     * A restore already tells the author (the "restored" explanation); a kept removal is told here.
     */
    async decided(entryDocumentId: string, outcome: ReviewOutcome) {
      const rows = (await knex()(TABLE)
        .where({ entry: entryDocumentId })
        .whereNotNull('message')
        .whereNull('decided_at')) as Row[];
      for (const row of rows) {
        const claimed = await knex()(TABLE)
          .where({ id: row.id })
          .whereNull('decided_at')
          .update({ decision: outcome, decided_at: new Date() });
        if (claimed !== 1 || outcome !== 'confirmed') continue;
        const texts = await pluginService(strapi, 'explanations').forLocale(row.locale);
        const { subject, body } = appealDecisionMessage(row.locale, row.message, texts);
        const config = getConfig(strapi).notifications;
        const entry = await pluginService(strapi, 'log').findOne(entryDocumentId);
        const common = {
          authorKey: row.author_key,
          subject,
          body,
          locale: row.locale ?? null,
          logEntry: entry?.id ?? null,
        };
        if (config.inApp) {
          await strapi.documents(UIDS.notification).create({
            data: {
              ...common,
              channel: 'in-app',
              status: 'sent',
              sentAt: new Date(),
              attempts: 0,
            } as any,
          });
        }
        if (config.email && row.recipient) {
          await strapi.documents(UIDS.notification).create({
            data: {
              ...common,
              channel: 'email',
              recipient: row.recipient,
              status: 'queued',
              attempts: 0,
              nextAttemptAt: new Date(),
            } as any,
          });
          pluginService(strapi, 'notifications').kick();
        }
      }
    },
  };
  return self;
};
