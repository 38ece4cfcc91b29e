import type { Core } from '@strapi/strapi';

import { isEmail } from '../utils/input';
import { getConfig, UIDS } from '../utils/plugin';

export interface Notice {
  authorKey: string;
  recipient: string | null;
  locale: string | null;
  subject: string;
  body: string;
  /** The log entry the notice belongs to (shown with it under Notified authors). */
  logEntryId?: number | null;
}

/**
 * Messages of the answering workflows (a request for details, a case resolved) put on the same
 * queue as explanations: an in-app record and an e-mail row the notifications worker sends with
 * its retries, backoff and one-node claim. Create inside the caller's transaction, then `kick`
 * once it is committed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Queues the notice; whether an e-mail was queued. */
  async queue(notice: Notice): Promise<boolean> {
    const config = getConfig(strapi).notifications;
    const common = {
      authorKey: notice.authorKey,
      subject: notice.subject,
      body: notice.body,
      locale: notice.locale,
      logEntry: notice.logEntryId ?? null,
    };
    if (config.inApp) {
      await strapi.db.query(UIDS.notification).create({
        data: { ...common, channel: 'in-app', status: 'sent', sentAt: new Date(), attempts: 0 },
      });
    }
    if (!config.email || !notice.recipient || !isEmail(notice.recipient)) return false;
    await strapi.db.query(UIDS.notification).create({
      data: { ...common, channel: 'email', recipient: notice.recipient, status: 'queued', attempts: 0, nextAttemptAt: new Date() },
    });
    return true;
  },

  /** Wakes the worker (after the transaction that queued notices committed). */
  kick() {
    (strapi.plugin('brand-community').service('notifications') as { kick(): void }).kick();
  },
});
