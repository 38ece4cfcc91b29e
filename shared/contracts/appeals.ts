import type { IsoDate } from './common';
import type { LogAction, ReviewOutcome } from './constants';

/** Longest appeal an author may write (characters). */
export const APPEAL_MAX_LENGTH = 2000;

/** An author's appeal as the review queue shows it. */
export interface AppealState {
  message: string;
  at: IsoDate;
  /** How a moderator settled the entry after the appeal (sent to the author once), or null. */
  decision: ReviewOutcome | null;
  decidedAt: IsoDate | null;
}

/** Content API (public): `GET /api/brand-community/appeals/:token` and `POST` with `{ data: { message } }`. */
export namespace GetAppeal {
  export interface Response {
    data: {
      /** What happened to the comment: removed or held. */
      action: Extract<LogAction, 'removed' | 'held'>;
      rule: { number: number; title: string } | null;
      reason: string | null;
      /** The comment as written (the author's own words). */
      text: string | null;
      createdAt: IsoDate;
      expiresAt: IsoDate;
      maxLength: number;
    };
  }
}

export namespace SendAppeal {
  export interface Request {
    data: { message: string };
  }
  export interface Response {
    data: { received: true; at: IsoDate };
  }
}
