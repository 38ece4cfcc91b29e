/** Complaint follow-up (issue #12): a case opened from a negative but legitimate comment. */
import type { IsoDate, Paginated } from './common';

/** open → solution-offered → resolved; resolved is final (the author is told once). */
export const CASE_STATUSES = ['open', 'solution-offered', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Which status may follow which. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['solution-offered', 'resolved'],
  'solution-offered': ['open', 'resolved'],
  resolved: [],
};

export interface ComplaintCase {
  id: number;
  documentId: string;
  /** Short number the author is told ("case #12"). */
  number: number;
  targetUid: string;
  commentId: string;
  authorKey: string;
  authorName: string | null;
  excerpt: string | null;
  cause: string | null;
  solution: string | null;
  owner: { id: number; name: string } | null;
  status: CaseStatus;
  /** Repeated complaints of the same author linked to this case by the duplicate filter. */
  repeats: number;
  lastRepeatAt: IsoDate | null;
  openedAt: IsoDate;
  solutionAt: IsoDate | null;
  resolvedAt: IsoDate | null;
  /** When the author was told it is resolved (once). */
  notifiedAt: IsoDate | null;
  replyPostedAt: IsoDate | null;
  replyCommentId: string | null;
  /** Milliseconds from opening to resolution, or to now while open. */
  ageMs: number;
}

export namespace OpenCase {
  /** POST /cases */
  export interface Request {
    commentId: string;
    target?: string;
    cause?: string;
    /** An admin user id; default: the admin opening it. */
    ownerId?: number;
  }
  export interface Response {
    data: ComplaintCase;
  }
}

export namespace FindCases {
  export interface Query {
    status?: CaseStatus;
    author?: string;
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<ComplaintCase>;
}

export namespace UpdateCase {
  /** PUT /cases/:id — cause, solution, owner, status (one allowed step). */
  export interface Request {
    cause?: string;
    solution?: string;
    ownerId?: number;
    status?: CaseStatus;
  }
  export interface Response {
    data: ComplaintCase;
  }
}

export namespace CaseReply {
  /** POST /cases/:id/reply — a public reply under the original comment; logged. */
  export interface Request {
    reply: string;
  }
  export interface Response {
    data: ComplaintCase;
  }
}
