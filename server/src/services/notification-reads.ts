import type { Core } from '@strapi/strapi';

import type { NotificationItem } from '../../../shared/contracts';
import { UIDS } from '../utils/plugin';
import { NOTIFICATION_LOG_FIELDS, toNotification } from '../utils/views';

/**
 * Read-only views of author notifications for the console (the queue and its worker live in
 * `notifications`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => strapi.db.query(UIDS.notification);
  const populate = { logEntry: { select: NOTIFICATION_LOG_FIELDS } };

  return {
    async findOne(documentId: string): Promise<NotificationItem | null> {
      const row = await repo().findOne({ where: { documentId }, populate });
      return row ? toNotification(row) : null;
    },

    /** Explanations sent for one log entry, oldest first. */
    async forEntry(logEntryId: number): Promise<NotificationItem[]> {
      const rows = (await repo().findMany({
        where: { logEntry: { id: logEntryId } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        limit: 20,
        populate,
      })) as Array<Record<string, any>>;
      return rows.map(toNotification);
    },
  };
};
