import type { IsoDate, Paginated } from './common';
import type { EvidenceItem } from './logs';

/** Where a re-scan job is: scanning, waiting for "apply", acting, done, stopped or broken. */
export const RESCAN_STATUSES = [
  'running',
  'previewed',
  'applying',
  'applied',
  'cancelled',
  'failed',
] as const;
export type RescanStatus = (typeof RESCAN_STATUSES)[number];

/** What applying a preview row does to the comment (from the configured action of its category). */
export const RESCAN_ACTIONS = ['remove', 'hold', 'flag'] as const;
export type RescanAction = (typeof RESCAN_ACTIONS)[number];

/** Categories a re-scan counts. */
export const RESCAN_CATEGORIES = ['obscenity', 'advertising', 'duplicate'] as const;
export type RescanCategory = (typeof RESCAN_CATEGORIES)[number];

export interface Rescan {
  id: string;
  status: RescanStatus;
  uid: string;
  from: IsoDate | null;
  to: IsoDate | null;
  /** Comments checked so far, of `total` in the target (within the dates) when the job started. */
  checked: number;
  total: number;
  /** Comments found per category (the preview's rows). */
  found: Record<RescanCategory, number>;
  /** Preview rows acted on by "apply" so far. */
  applied: number;
  /** Why the job failed, when it did. */
  error: string | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** One comment a re-scan would act on. */
export interface RescanItem {
  id: number;
  /** The comment's documentId. */
  documentId: string;
  category: RescanCategory;
  /** `contact`: advertising that is only a bare link, e-mail or phone number. */
  contact: boolean;
  action: RescanAction;
  text: string | null;
  authorKey: string | null;
  authorName: string | null;
  evidence: EvidenceItem[];
  /** `pending` until applied; `applied` with the log entry it wrote; `skipped` when the comment was gone. */
  state: 'pending' | 'applied' | 'skipped';
  logEntry: string | null;
}

export namespace StartRescan {
  /** POST /rescans */
  export interface Request {
    uid: string;
    from?: IsoDate;
    to?: IsoDate;
  }
  export interface Response {
    data: { id: string; status: RescanStatus };
  }
}

export namespace GetRescan {
  /** GET /rescans/:id */
  export interface Response {
    data: Rescan;
  }
}

export namespace FindRescans {
  /** GET /rescans: newest first, and the moderated collections a re-scan can check. */
  export interface Response extends Paginated<Rescan> {
    meta: Paginated<Rescan>['meta'] & { targets: string[] };
  }
}

export namespace RescanPreview {
  /** GET /rescans/:id/preview?page=&pageSize= */
  export type Response = Paginated<RescanItem>;
}

export namespace ApplyRescan {
  /** POST /rescans/:id/apply and /rescans/:id/cancel */
  export interface Response {
    data: { id: string; status: RescanStatus };
  }
}
