import type { Core } from '@strapi/strapi';

import { isEmail } from '../utils/input';
import { buildMessage, renderHtml, type MessageInput } from '../utils/messages';
import { getConfig, getService, UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';

const TABLE = 'brand_community_notifications';

export interface QueueInput extends MessageInput {
  authorKey: string;
  recipient?: string | null;
  locale?: string | null;
  logEntry?: { id: number; documentId: string } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;
  let dirty = false;

  const repo = () => strapi.db.query(UIDS.notification);

  const self = {
    /** Queues the explanation for an author: an e-mail (sent by the worker) and/or an in-app record. */
    async queue(input: QueueInput) {
      const config = getConfig(strapi).notifications;
      // The editors' texts for the author's language (Content Manager → Explanation texts).
      const texts = await getService(strapi, 'explanations').forLocale(input.locale);
      // A one-time link to appeal a removal (the same in both channels).
      const appealUrl = await getService(strapi, 'appeals').linkFor(input);
      const { subject, body } = buildMessage({ ...input, appealUrl }, input.locale, texts);
      const common = {
        authorKey: input.authorKey,
        subject,
        body,
        locale: input.locale ?? null,
        logEntry: input.logEntry ? input.logEntry.id : null,
      };
      const created = [];
      if (config.inApp) {
        created.push(
          await strapi.documents(UIDS.notification).create({
            data: { ...common, channel: 'in-app', status: 'sent', sentAt: new Date(), attempts: 0 } as any,
          })
        );
      }
      if (config.email && input.recipient && isEmail(input.recipient)) {
        created.push(
          await strapi.documents(UIDS.notification).create({
            data: {
              ...common,
              channel: 'email',
              // Only a message someone can answer invites a reply: an e-mail with a reply address.
              body: buildMessage({ ...input, appealUrl, canReply: !!self.addresses().replyTo }, input.locale, texts).body,
              recipient: input.recipient,
              status: 'queued',
              attempts: 0,
              nextAttemptAt: new Date(),
            } as any,
          })
        );
        self.kick();
      }
      return created;
    },

    /** Sends due e-mails once each; safe with several nodes (a row is claimed before it is sent). */
    async processDue(limit = 20): Promise<number> {
      const { maxAttempts, backoffMs, claimTimeoutMs } = getConfig(strapi).notifications;
      const knex = strapi.db.connection;
      const now = new Date();

      // Give back rows a crashed node claimed long ago.
      await knex(TABLE)
        .where({ status: 'sending' })
        .andWhere('updated_at', '<', new Date(now.getTime() - claimTimeoutMs))
        .update({ status: 'queued' });

      const due = (await repo().findMany({
        where: {
          status: 'queued',
          channel: 'email',
          $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
        },
        orderBy: { id: 'asc' },
        limit,
        populate: { logEntry: true },
      })) as any[];

      let sent = 0;
      for (const n of due) {
        if (stopped) break;
        const claimed = await knex(TABLE)
          .where({ id: n.id, status: 'queued' })
          .update({ status: 'sending', updated_at: new Date() });
        if (claimed !== 1) continue;
        const attempts = (n.attempts ?? 0) + 1;
        const { from, replyTo } = self.addresses();
        try {
          // Both parts are ours: the HTML part escapes everything (a comment's markup stays text),
          // so the mail provider never turns the plain text into HTML of its own.
          await strapi.plugin('email').service('email').send({
            to: n.recipient,
            subject: n.subject,
            text: n.body,
            html: renderHtml(n.body ?? ''),
            ...(from ? { from } : {}),
            ...(replyTo ? { replyTo } : {}),
          });
        } catch (error) {
          const failed = attempts >= maxAttempts;
          await repo().update({
            where: { id: n.id },
            data: {
              status: failed ? 'failed' : 'queued',
              attempts,
              lastError: String((error as Error)?.message ?? error).slice(0, 2000),
              nextAttemptAt: failed ? null : new Date(Date.now() + backoffMs * 2 ** (attempts - 1)),
            },
          });
          if (failed) {
            strapi.log.warn(
              `[brand-community] explanation e-mail ${n.documentId} to ${n.recipient} failed for good after ${attempts} attempt(s): ${String((error as Error)?.message ?? error).slice(0, 300)}`
            );
          }
          continue;
        }
        // Sent: from here on nothing may queue it again, whatever the database says next.
        sent += 1;
        await self.markSent(n, attempts);
      }
      return sent;
    },

    /** Sender and reply address of explanations: the plugin's settings, else the email plugin's defaults. */
    addresses(): { from: string | null; replyTo: string | null } {
      const own = getConfig(strapi).notifications;
      const email = (strapi.config.get('plugin::email') as { settings?: Record<string, string | undefined> } | undefined)
        ?.settings;
      return { from: own.from ?? email?.defaultFrom ?? null, replyTo: own.replyTo ?? email?.defaultReplyTo ?? null };
    },

    /** Records a delivered e-mail; retried, because a row left `sending` would be sent again later. */
    async markSent(n: any, attempts: number) {
      for (let tries = 1; ; tries++) {
        try {
          await repo().update({
            where: { id: n.id },
            data: { status: 'sent', sentAt: new Date(), attempts, lastError: null },
          });
          break;
        } catch (error) {
          if (tries >= 5) {
            strapi.log.error(
              `[brand-community] notification ${n.documentId} was sent but could not be marked sent: ${(error as Error).message}`
            );
            return;
          }
          await new Promise((r) => setTimeout(r, 200 * tries));
        }
      }
      try {
        await getService(strapi, 'log').append({
          action: 'notified',
          category: n.logEntry?.category ?? 'manual',
          authorKey: n.authorKey,
          relatedEntry: n.logEntry?.documentId ?? null,
          reason: `E-mail "${n.subject}" sent to the author.`,
          rule: n.logEntry?.ruleNumber
            ? { id: n.logEntry.rule?.id ?? null, number: n.logEntry.ruleNumber, title: n.logEntry.ruleTitle }
            : null,
        });
      } catch (error) {
        strapi.log.error(`[brand-community] could not log the notification ${n.documentId}: ${(error as Error).message}`);
      }
    },

    /**
     * Runs the worker now. At most one run at a time per node; a call made while a
     * run is under way makes it go round once more, so the returned promise always
     * covers rows queued before the call.
     */
    tick(): Promise<number> {
      dirty = true;
      if (!running) {
        running = (async () => {
          let sent = 0;
          while (dirty && !stopped) {
            dirty = false;
            try {
              sent += await self.processDue();
            } catch (error) {
              strapi.log.error(`[brand-community] notification worker: ${(error as Error).message}`);
            }
          }
          return sent;
        })().finally(() => {
          running = null;
        });
      }
      return running;
    },

    kick() {
      if (stopped) return;
      setImmediate(() => {
        if (!stopped) self.tick();
      });
    },

    startWorker() {
      stopped = false;
      const { pollIntervalMs } = getConfig(strapi).notifications;
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

    async resend(documentId: string) {
      const n = (await repo().findOne({ where: { documentId } })) as any;
      if (!n) return null;
      if (n.channel !== 'email') {
        return n;
      }
      await repo().update({
        where: { id: n.id },
        data: { status: 'queued', nextAttemptAt: new Date(), lastError: null, attempts: 0 },
      });
      self.kick();
      return repo().findOne({ where: { id: n.id } });
    },

    async find(query: { status?: string; author?: string; channel?: string; page: number; pageSize: number }) {
      const where: Record<string, unknown> = {};
      if (query.status) where.status = query.status;
      if (query.author) where.authorKey = query.author;
      if (query.channel) where.channel = query.channel;
      const [data, total] = await Promise.all([
        repo().findMany({
          where,
          orderBy: { id: 'desc' },
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          populate: { logEntry: { select: ['documentId', 'action', 'category', 'ruleNumber', 'ruleTitle'] } },
        }),
        repo().count({ where }),
      ]);
      return paginated(data, total, query.page, query.pageSize);
    },
  };
  return self;
};
