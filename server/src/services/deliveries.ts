import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { Delivery, DeliveryChannel, DeliveryStatus } from '../../../shared/contracts';
import { CODES, ConflictError, isUniqueViolation } from '../utils/errors';
import { getConfig, pluginService, UIDS } from '../utils/plugin';
import { ChannelError, IDEMPOTENT_CHANNELS, redact, type Post } from './channels';

type Row = Record<string, any>;

const UNCERTAIN_DIED =
  'The node posting this stopped between the call and its answer: the channel may have published it. Check the channel, then mark it as posted or post it again.';
const UNCERTAIN_NO_ANSWER = 'No answer from the channel (it may have published it): check the channel, then mark it as posted or post it again.';

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export const toDelivery = (r: Row): Delivery => ({
  id: r.id,
  documentId: r.documentId,
  key: r.key,
  entry: r.entry,
  channel: r.channel as DeliveryChannel,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts ?? 0),
  remoteId: r.remoteId ?? null,
  lastError: r.lastError ?? null,
  nextAttemptAt: iso(r.nextAttemptAt),
  deliveredAt: iso(r.deliveredAt),
  sendingAt: iso(r.sendingAt),
  confirmedBy: r.confirmedBy ?? null,
  createdAt: iso(r.createdAt) ?? new Date(0).toISOString(),
});

/**
 * Posts of timeline entries to the channels: one record per (entry, channel) whose `key` has a
 * unique index, so an entry is queued once whatever the number of nodes; a worker claims a due
 * record with a conditional update before posting, so two nodes never post it twice; failures
 * are retried with exponential backoff (real time) up to `maxAttempts`.
 *
 * Exactly once when a node dies mid-post: `sendingAt` is written before the request leaves. A
 * claim that times out with `sendingAt` set was cut between the call and its outcome: channels
 * that drop a repeat (webhook, Mastodon: same key) are simply posted again; Telegram cannot, so
 * the record turns `uncertain` and waits for a moderator (Mark as posted / Post again). A
 * timeout or a cut connection on Telegram is uncertain the same way.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.announcementDelivery);
  const channels = () => pluginService(strapi, 'channels');
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let dirty = false;
  let stopped = false;

  const self = {
    async enqueueEntry(announcement: string, entry: string) {
      for (const channel of channels().configured()) {
        const key = `${entry}:${channel}`;
        if (await repo().findOne({ where: { key }, select: ['id'] })) continue;
        try {
          await repo().create({
            data: {
              documentId: randomBytes(12).toString('hex'),
              key,
              announcement,
              entry,
              channel,
              status: 'queued',
              attempts: 0,
              nextAttemptAt: new Date(),
              publishedAt: new Date(),
            },
          });
        } catch (error) {
          // Another node (or request) queued it first: that record is the one.
          if (!isUniqueViolation(error)) throw error;
        }
      }
      self.kick();
    },

    /** Queues every entry of a published announcement not queued yet (posts on publication). */
    async enqueueAnnouncement(announcement: string) {
      const entries = (await strapi.db.query(UIDS.announcementEntry).findMany({
        where: { announcement },
        select: ['documentId'],
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      })) as Row[];
      for (const id of [...new Set(entries.map((e) => e.documentId as string))]) await self.enqueueEntry(announcement, id);
    },

    /** The post for a record: the entry and the published announcement in the channels' locale. */
    async postFor(d: Row): Promise<Post | null> {
      const wanted = getConfig(strapi).channels.locale ?? (await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.());
      const pick = (rows: Row[]) => rows.find((r) => r.locale === wanted) ?? rows[0] ?? null;
      const entry = pick((await strapi.db.query(UIDS.announcementEntry).findMany({ where: { documentId: d.entry } })) as Row[]);
      const announcement = pick(
        (await strapi.db.query(UIDS.announcement).findMany({
          where: { documentId: d.announcement, publishedAt: { $notNull: true } },
        })) as Row[]
      );
      if (!entry || !announcement) return null;
      const text = entry.locale === announcement.locale ? entry.text : (entry.text ?? null);
      return {
        key: d.key,
        announcement: {
          documentId: announcement.documentId,
          kind: announcement.kind,
          title: announcement.title,
          status: announcement.currentStatus,
          locale: announcement.locale ?? null,
        },
        entry: { documentId: entry.documentId, status: entry.status, at: new Date(entry.at).toISOString(), text, locale: entry.locale ?? null },
      };
    },

    /** Posts due records once each; safe with several nodes. Returns how many were delivered. */
    async processDue(limit = 20): Promise<number> {
      const { maxAttempts, backoffMs, claimTimeoutMs } = getConfig(strapi).announcements;
      const now = new Date();
      // Records a node claimed and never settled (it died): a post cut mid-call on a channel that
      // cannot drop a repeat is uncertain; the rest go back to the queue (their key drops a repeat).
      const expired = new Date(now.getTime() - claimTimeoutMs);
      const blind = (Object.keys(IDEMPOTENT_CHANNELS) as DeliveryChannel[]).filter((c) => !IDEMPOTENT_CHANNELS[c]);
      await repo().updateMany({
        where: { status: 'sending', claimedAt: { $lt: expired }, sendingAt: { $notNull: true }, channel: { $in: blind } },
        data: { status: 'uncertain', nextAttemptAt: null, lastError: UNCERTAIN_DIED },
      });
      await repo().updateMany({
        where: { status: 'sending', claimedAt: { $lt: expired } },
        data: { status: 'queued', sendingAt: null },
      });
      const due = (await repo().findMany({
        where: { status: 'queued', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] },
        orderBy: { id: 'asc' },
        limit,
      })) as Row[];
      let delivered = 0;
      for (const listed of due) {
        if (stopped) break;
        // Claimed only if still due: the list may be stale (another node tried it meanwhile and set a backoff).
        const { count } = (await repo().updateMany({
          where: {
            id: listed.id,
            status: 'queued',
            $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: new Date() } }],
          },
          data: { status: 'sending', claimedAt: new Date(), sendingAt: null },
        })) as { count: number };
        if (count !== 1) continue;
        const d = ((await repo().findOne({ where: { id: listed.id } })) as Row | null) ?? listed;
        const attempts = Number(d.attempts ?? 0) + 1;
        try {
          const post = await self.postFor(d);
          if (!post) throw new ChannelError('The announcement is not published (or the entry is gone): nothing to post.', false);
          // The mark before the call: if this node dies before the outcome is written, the record says so.
          const marked = (await repo().updateMany({
            where: { id: d.id, status: 'sending' },
            data: { sendingAt: new Date() },
          })) as { count: number };
          if (marked.count !== 1) continue; // taken back meanwhile (this node was too slow): not ours any more
          const { remoteId } = await channels().send(d.channel, post);
          await repo().update({
            where: { id: d.id },
            data: { status: 'delivered', attempts, remoteId, deliveredAt: new Date(), lastError: null, nextAttemptAt: null, sendingAt: null },
          });
          delivered += 1;
        } catch (error) {
          const message = redact(String((error as Error)?.message ?? error), getConfig(strapi).channels);
          if (error instanceof ChannelError && error.uncertain && !IDEMPOTENT_CHANNELS[d.channel as DeliveryChannel]) {
            await repo().update({
              where: { id: d.id },
              data: { status: 'uncertain', attempts, nextAttemptAt: null, lastError: `${UNCERTAIN_NO_ANSWER} ${message}`.slice(0, 2000) },
            });
            strapi.log.warn(`[brand-community] ${d.channel} post ${d.key} is uncertain (no answer): a moderator decides.`);
            continue;
          }
          const retry = error instanceof ChannelError ? error.retry : true;
          const failed = !retry || attempts >= maxAttempts;
          await repo().update({
            where: { id: d.id },
            data: {
              status: failed ? 'failed' : 'queued',
              attempts,
              lastError: message,
              nextAttemptAt: failed ? null : new Date(Date.now() + backoffMs * 2 ** (attempts - 1)),
              sendingAt: null,
            },
          });
          if (failed) strapi.log.warn(`[brand-community] ${d.channel} post ${d.key} failed after ${attempts} attempt(s).`);
        }
      }
      return delivered;
    },

    /**
     * Puts a failed, waiting or uncertain record back in the queue now ("Post again" on an
     * uncertain one: the moderator saw it is not on the channel); a delivered one stays delivered.
     */
    async retry(documentId: string) {
      const d = (await repo().findOne({ where: { documentId } })) as Row | null;
      if (!d) return null;
      await repo().updateMany({
        where: { id: d.id, status: { $in: ['failed', 'queued', 'uncertain'] } },
        data: { status: 'queued', nextAttemptAt: new Date(), attempts: 0, sendingAt: null },
      });
      self.kick();
      return toDelivery((await repo().findOne({ where: { id: d.id } })) as Row);
    },

    /**
     * "Mark as posted": a moderator saw the uncertain post on the channel. Delivered as of the
     * call that published it; once (a conditional update), anything but uncertain is a 409.
     */
    async confirm(documentId: string, by: string | null, remoteId?: string) {
      const d = (await repo().findOne({ where: { documentId } })) as Row | null;
      if (!d) return null;
      const { count } = (await repo().updateMany({
        where: { id: d.id, status: 'uncertain' },
        data: {
          status: 'delivered',
          deliveredAt: d.sendingAt ?? new Date(),
          remoteId: remoteId ?? d.remoteId ?? null,
          confirmedBy: by ? by.slice(0, 255) : null,
          nextAttemptAt: null,
          lastError: null,
        },
      })) as { count: number };
      if (count !== 1) {
        throw new ConflictError(`This delivery is ${d.status === 'uncertain' ? 'settled already' : d.status}: only an uncertain one can be marked as posted.`, {
          code: CODES.invalidState,
        });
      }
      return toDelivery((await repo().findOne({ where: { id: d.id } })) as Row);
    },

    async forAnnouncement(announcement: string): Promise<Delivery[]> {
      const rows = (await repo().findMany({ where: { announcement }, orderBy: [{ id: 'asc' }], limit: 1000 })) as Row[];
      return rows.map(toDelivery);
    },

    /** Runs the scheduler then the worker; one run at a time per node, re-run if asked meanwhile. */
    tick(): Promise<number> {
      dirty = true;
      if (!running) {
        running = (async () => {
          let n = 0;
          while (dirty && !stopped) {
            dirty = false;
            try {
              await pluginService(strapi, 'scheduler').run();
              n += await self.processDue();
            } catch (error) {
              strapi.log.error(`[brand-community] announcement worker: ${(error as Error).message}`);
            }
          }
          return n;
        })().finally(() => {
          running = null;
        });
      }
      return running;
    },

    kick() {
      if (!stopped && timer) setImmediate(() => !stopped && self.tick());
    },

    startWorker() {
      stopped = false;
      const { pollIntervalMs } = getConfig(strapi).announcements;
      if (pollIntervalMs > 0 && !timer) {
        timer = setInterval(() => self.tick(), pollIntervalMs);
        timer.unref();
      }
    },

    async stopWorker() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running;
    },
  };
  return self;
};
