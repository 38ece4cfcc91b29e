/** Information attacks (issue #12): a false claim, the places spreading it and their refutations. */
import type { IsoDate, Paginated } from './common';

export const REFUTATION_FORMATS = ['text', 'video', 'opinion-leader'] as const;
export type RefutationFormat = (typeof REFUTATION_FORMATS)[number];

/** none → planned → posted. */
export const REFUTATION_STATES = ['none', 'planned', 'posted'] as const;
export type RefutationState = (typeof REFUTATION_STATES)[number];

export const DIALOGUE_STATES = ['no-answer', 'in-dialogue', 'resolved', 'escalated'] as const;
export type DialogueState = (typeof DIALOGUE_STATES)[number];

export interface ClaimPlace {
  id: number;
  documentId: string;
  url: string;
  platform: string | null;
  reach: number | null;
  firstSeenAt: IsoDate | null;
  refutation: RefutationState;
  format: RefutationFormat | null;
  /** The refutation's text (format text), or a note. */
  refutationText: string | null;
  videoUrl: string | null;
  /** Who the opinion leader is (format opinion-leader). */
  leader: string | null;
  postedAt: IsoDate | null;
  dialogue: DialogueState;
}

export interface ClaimLink {
  targetUid: string;
  commentId: string;
  excerpt: string | null;
  authorKey: string | null;
  linkedAt: IsoDate;
}

export interface Claim {
  id: number;
  documentId: string;
  statement: string;
  evidence: string | null;
  firstSeenAt: IsoDate | null;
  createdAt: IsoDate;
  /** Counts per refutation and dialogue state (the progress the list shows). */
  progress: {
    places: number;
    reach: number;
    refutation: Record<RefutationState, number>;
    dialogue: Record<DialogueState, number>;
  };
  linkedComments: number;
}

export interface ClaimDetail extends Claim {
  places: ClaimPlace[];
  links: ClaimLink[];
}

export namespace SaveClaim {
  /** POST /claims, PUT /claims/:id (null clears evidence or firstSeenAt) */
  export interface Request {
    statement?: string;
    evidence?: string | null;
    firstSeenAt?: IsoDate | null;
  }
  export interface Response {
    data: ClaimDetail;
  }
}

export namespace FindClaims {
  export interface Query {
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<Claim>;
}

export namespace FindClaim {
  export interface Response {
    data: ClaimDetail;
  }
}

export namespace SavePlace {
  /** POST /claims/:id/places, PUT /claims/:id/places/:placeId (null clears an optional field) */
  export interface Request {
    url?: string;
    platform?: string | null;
    reach?: number | null;
    firstSeenAt?: IsoDate | null;
    refutation?: RefutationState;
    format?: RefutationFormat;
    refutationText?: string | null;
    videoUrl?: string | null;
    leader?: string | null;
    dialogue?: DialogueState;
  }
  export interface Response {
    data: ClaimDetail;
  }
}

export namespace LinkComments {
  /** POST /claims/:id/links */
  export interface Request {
    comments: Array<{ commentId: string; target?: string }>;
  }
  export interface Response {
    data: ClaimDetail;
    meta: { linked: number };
  }
}

export namespace UnlinkComment {
  /** DELETE /claims/:id/links/:commentId[?target=uid] — unlink a comment (of any target unless given); logged. */
  export interface Response {
    data: ClaimDetail;
    meta: { unlinked: number };
  }
}

export namespace ClaimSuggestions {
  /** GET /claims/:id/suggestions — site comments that look like the claim (near-duplicate fingerprints). */
  export interface Response {
    data: Array<{ targetUid: string; commentId: string; excerpt: string | null; authorKey: string; similarity: number }>;
    meta: { count: number; scanned: number };
  }
}
