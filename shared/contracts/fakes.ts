/** Suspected fakes (issue #12): a moderator asks the author for details a real customer has. */
import type { IsoDate, Paginated } from './common';

/**
 * awaiting → received → genuine | unverified; awaiting past its deadline → no-answer.
 * `received` stays when the site's verifier cannot decide (a moderator decides).
 */
export const FAKE_STATES = ['awaiting', 'received', 'genuine', 'unverified', 'no-answer'] as const;
export type FakeState = (typeof FAKE_STATES)[number];

/** States a moderator acts on: the author did not answer, or the answer did not check out. */
export const FAKE_ATTENTION: readonly FakeState[] = ['no-answer', 'unverified'];

/** Details every request asks for; a site adds its own with the `fakes.fields` option. */
export const FAKE_BASE_FIELDS = ['orderNumber', 'purchaseDate'] as const;

export interface FakeRequest {
  id: number;
  documentId: string;
  targetUid: string;
  commentId: string;
  authorKey: string;
  authorName: string | null;
  /** The comment as it was when marked (text only: render it as text). */
  excerpt: string | null;
  state: FakeState;
  /** Field names asked for (order number, purchase date, then the site's). */
  fields: string[];
  deadline: IsoDate;
  /** Whether an e-mail could be sent (the author has an address). */
  emailed: boolean;
  answeredAt: IsoDate | null;
  /** What the author answered (field → text). */
  answer: Record<string, string> | null;
  /** The verifier's or the moderator's reason for the verdict. */
  verdictReason: string | null;
  /** The prepared public reply (editable until posted). */
  reply: string | null;
  replyPostedAt: IsoDate | null;
  /** The reply comment created under the thread, when the target has a thread field. */
  replyCommentId: string | null;
  note: string | null;
  markedBy: string | null;
  createdAt: IsoDate;
}

export namespace MarkFake {
  /** POST /fakes — `target` defaults to the first configured target. */
  export interface Request {
    commentId: string;
    target?: string;
    /** The moderator's private note. */
    note?: string;
    /** Language of the request to the author (en, ru, zh-Hans); default: guessed from the comment. */
    locale?: string;
  }
  export interface Response {
    data: FakeRequest;
  }
}

export namespace FindFakes {
  export interface Query {
    /** One state, or `attention` for no-answer + unverified. */
    state?: FakeState | 'attention';
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<FakeRequest>;
}

export namespace UpdateFakeReply {
  /** PUT /fakes/:id/reply — edit the prepared public reply before posting it. */
  export interface Request {
    reply: string;
  }
  export interface Response {
    data: FakeRequest;
  }
}

export namespace PostFakeReply {
  /** POST /fakes/:id/reply — post the reply (optionally with a last edit); logged as `replied`. */
  export interface Request {
    reply?: string;
  }
  export interface Response {
    data: FakeRequest;
  }
}

export namespace DecideFake {
  /** POST /fakes/:id/decide — a moderator's verdict on an answer the verifier could not decide. */
  export interface Request {
    genuine: boolean;
    reason?: string;
  }
  export interface Response {
    data: FakeRequest;
  }
}

/** Public content API (`/api/brand-community/fakes/...`), used by the site's own form. */
export namespace FakeQuestion {
  /** GET /fakes/:id/question?token=… — what is asked, until when. */
  export interface Response {
    data: { fields: string[]; deadline: IsoDate; excerpt: string | null };
  }
}

export namespace FakeAnswer {
  /** POST /fakes/:id/answer — one time, with the token from the e-mail. */
  export interface Request {
    token: string;
    answer: Record<string, string>;
  }
  /** The verdict is not told here: the author learns it from the brand, not from the API. */
  export interface Response {
    data: { received: true };
  }
}
