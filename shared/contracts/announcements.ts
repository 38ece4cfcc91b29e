/**
 * Announcements: incidents, planned work and policy changes with a dated timeline, posted to
 * social channels (delivery records) and watched for the users' reaction.
 * Shared by the server and the admin console; nothing here imports Strapi or React.
 */
import type { IsoDate, Paginated } from './common';
import type { LogCategory, ReviewAction } from './constants';

export const ANNOUNCEMENT_KINDS = ['incident', 'planned', 'policy'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

/** Each kind's workflow, in order: the first status is where an announcement starts. */
export const KIND_STATUSES = {
  incident: ['investigating', 'identified', 'monitoring', 'resolved'],
  planned: ['scheduled', 'in-progress', 'completed'],
  policy: ['announced', 'in-effect'],
} as const satisfies Record<AnnouncementKind, readonly string[]>;

export const ANNOUNCEMENT_STATUSES = [
  ...KIND_STATUSES.incident,
  ...KIND_STATUSES.planned,
  ...KIND_STATUSES.policy,
] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** Statuses after which an announcement is no longer current (not on the active list). */
export const FINAL_STATUSES = ['resolved', 'completed', 'in-effect'] as const satisfies readonly AnnouncementStatus[];

export const statusFits = (kind: AnnouncementKind, status: string) =>
  (KIND_STATUSES[kind] as readonly string[]).includes(status);

export const DELIVERY_CHANNELS = ['webhook', 'telegram', 'mastodon'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * `uncertain`: the node posting it stopped (or the channel did not answer in time) after the
 * request left, on a channel that cannot drop a repeat (Telegram): it may or may not have been
 * published, so it is not posted again automatically; a moderator checks the channel and marks
 * it posted or posts it again.
 */
export const DELIVERY_STATUSES = ['queued', 'sending', 'delivered', 'failed', 'uncertain'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Situations the starter templates cover (editors may add their own keys). */
export const TEMPLATE_KEYS = ['outage', 'delayed-orders', 'terms-change', 'maintenance', 'payment-unavailable'] as const;

export const ANNOUNCEMENT_LIMITS = { title: 200, text: 5000, reactionComments: 200, affected: 50 } as const;

/**
 * One dated step of an announcement's timeline, in one locale: the one asked for when the entry
 * is translated into it, else the site's default locale (`locale` says which).
 */
export interface TimelineEntry {
  documentId: string;
  status: AnnouncementStatus;
  at: IsoDate;
  text: string | null;
  locale: string | null;
}

/** What the content API serves: published text and timeline, nothing internal. */
export interface PublicAnnouncement {
  documentId: string;
  kind: AnnouncementKind;
  title: string;
  body: string | null;
  currentStatus: AnnouncementStatus;
  affectedServices: string[];
  detectedAt: IsoDate | null;
  startsAt: IsoDate | null;
  endsAt: IsoDate | null;
  publishedAt: IsoDate | null;
  locale: string | null;
  timeline: TimelineEntry[];
}

export interface AdminTimelineEntry extends TimelineEntry {
  /** Who added it (the admin's name), or `scheduler` for automatic moves. */
  author: string | null;
  /** Its text in every locale it is translated into. */
  translations: Record<string, string | null>;
}

export interface Delivery {
  id: number;
  documentId: string;
  key: string;
  entry: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  attempts: number;
  remoteId: string | null;
  lastError: string | null;
  nextAttemptAt: IsoDate | null;
  deliveredAt: IsoDate | null;
  /** When the last request to the channel began (kept on an uncertain delivery). */
  sendingAt: IsoDate | null;
  /** The moderator who marked an uncertain delivery as posted. */
  confirmedBy: string | null;
  createdAt: IsoDate;
}

export type AnnouncementWarning =
  /** Planned work published (or due to be) less than `minLeadHours` before it starts. */
  | { code: 'LATE_WARNING'; leadHours: number; minLeadHours: number }
  /** Planned work with no start time: users cannot be warned in time. */
  | { code: 'NO_START'; minLeadHours: number };

export interface AdminAnnouncement {
  id: number;
  documentId: string;
  kind: AnnouncementKind;
  title: string;
  body: string | null;
  currentStatus: AnnouncementStatus;
  locale: string | null;
  affectedServices: string[];
  detectedAt: IsoDate | null;
  startsAt: IsoDate | null;
  endsAt: IsoDate | null;
  publishAt: IsoDate | null;
  announcedAt: IsoDate | null;
  published: boolean;
  /** Minutes from `detectedAt` to the first public explanation (incidents). */
  minutesToExplain: number | null;
  warnings: AnnouncementWarning[];
  updatedAt: IsoDate | null;
}

export interface AdminAnnouncementDetail extends AdminAnnouncement {
  timeline: AdminTimelineEntry[];
  deliveries: Delivery[];
  /** Channels this site posts to (names only; never their tokens). */
  channels: DeliveryChannel[];
  /** The site's locales (what a timeline entry can be translated into). */
  siteLocales: string[];
}

export interface AnnouncementTemplate {
  documentId: string;
  key: string;
  kind: AnnouncementKind;
  name: string;
  title: string;
  whatHappened: string;
  whoIsAffected: string;
  whatWeAreDoing: string;
  nextUpdate: string;
  locale: string | null;
}

export interface ReactionComment {
  documentId: string;
  text: string;
  authorName: string | null;
  createdAt: IsoDate;
  /** Clean by the filter but angry or disappointed in tone. */
  negative: boolean;
}

export interface Reaction {
  announcement: { documentId: string; title: string; announcedAt: IsoDate | null };
  comments: ReactionComment[];
  totals: { comments: number; clean: number; negative: number; removed: number; held: number; flagged: number };
  /** Removed / held / flagged comments per filter category. */
  moderated: Array<{ action: ReviewAction; category: LogCategory; count: number }>;
  /** Per hour since first publication (UTC hour starts). */
  trend: Array<{ hour: IsoDate; clean: number; negative: number; moderated: number }>;
}

export namespace FindAnnouncements {
  export interface Query {
    kind?: AnnouncementKind;
    locale?: string;
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<AdminAnnouncement>;
}

export namespace FindAnnouncement {
  export interface Response {
    data: AdminAnnouncementDetail;
  }
}

export namespace CreateAnnouncement {
  export interface Request {
    kind: AnnouncementKind;
    locale?: string;
    /** A template's documentId: fills the title and text from it, in `locale`. */
    template?: string;
    title?: string;
    body?: string;
    detectedAt?: IsoDate;
    startsAt?: IsoDate;
    endsAt?: IsoDate;
    publishAt?: IsoDate;
  }
  export interface Response {
    data: AdminAnnouncementDetail;
  }
}

export namespace AddEntry {
  export interface Request {
    status: AnnouncementStatus;
    text: string;
    locale?: string;
  }
  export interface Response {
    data: AdminAnnouncementDetail;
  }
}

/** PUT /announcements/:id/entries/:entryId/translations/:locale — posts nothing to the channels. */
export namespace TranslateEntry {
  export interface Request {
    text: string;
  }
  export interface Response {
    data: AdminAnnouncementDetail;
  }
}

export namespace PublishAnnouncement {
  export interface Response {
    data: AdminAnnouncementDetail;
  }
}

export namespace ConfirmDelivery {
  export interface Request {
    /** The message's id on the channel, if the moderator found it. */
    remoteId?: string;
  }
  export interface Response {
    data: Delivery;
  }
}

export namespace RetryDelivery {
  export interface Response {
    data: Delivery;
  }
}

export namespace FindTemplates {
  export interface Response {
    data: AnnouncementTemplate[];
  }
}

export namespace GetReaction {
  export interface Response {
    data: Reaction;
  }
}

/**
 * Speed of explanation over a period: incidents first published in it (`incidents`) and the median
 * minutes from `detectedAt` to that first publication; incidents detected in the period and not
 * explained publicly by its end are `pending` (never counted as zero minutes).
 */
export interface ExplainStats {
  incidents: number;
  medianMinutesToExplain: number | null;
  pending: number;
}

export namespace AnnouncementStats {
  export interface Response {
    data: ExplainStats;
  }
}
