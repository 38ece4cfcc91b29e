import type { IsoDate, Paginated } from './common';
import type { LogAction, LogCategory, NotificationChannel, NotificationStatus } from './constants';

export interface NotificationItem {
  id: number;
  documentId: string;
  authorKey: string;
  recipient: string | null;
  channel: NotificationChannel;
  subject: string | null;
  /** The text exactly as the author received it. */
  body: string | null;
  locale: string | null;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: IsoDate | null;
  sentAt: IsoDate | null;
  createdAt: IsoDate;
  logEntry: {
    documentId: string;
    action: LogAction;
    category: LogCategory;
    ruleNumber: number | null;
    ruleTitle: string | null;
  } | null;
}

export namespace FindNotifications {
  export interface Query {
    status?: NotificationStatus;
    channel?: NotificationChannel;
    author?: string;
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<NotificationItem>;
}

export namespace FindNotification {
  export interface Response {
    data: NotificationItem;
  }
}

export namespace Resend {
  export interface Response {
    data: NotificationItem;
  }
}
