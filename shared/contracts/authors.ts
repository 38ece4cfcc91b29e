import type { IsoDate, Paginated } from './common';
import type { LogEntry } from './logs';

export interface AuthorStanding {
  id: number;
  documentId: string;
  authorKey: string;
  authorName: string | null;
  warnings: number;
  banned: boolean;
  /** Whether the ban is in force now (a ban with a past `bannedUntil` has expired). */
  activeBan: boolean;
  bannedAt: IsoDate | null;
  bannedUntil: IsoDate | null;
  banReason: string | null;
  lastActionAt: IsoDate | null;
}

export namespace FindAuthors {
  export interface Query {
    banned?: 'true' | 'false';
    q?: string;
    page?: number;
    pageSize?: number;
  }
  export type Response = Paginated<AuthorStanding>;
}

export namespace FindAuthor {
  /** GET /authors/:key (key URL-encoded once): the standing and the author's log, newest first. */
  export interface Query {
    page?: number;
    pageSize?: number;
  }
  export interface Response {
    data: AuthorStanding;
    history: Paginated<LogEntry>;
  }
}

export namespace Ban {
  export interface Request {
    reason?: string;
    /** 0 or absent: until unbanned. */
    days?: number;
  }
  export interface Response {
    data: AuthorStanding;
  }
}

export namespace Unban {
  export interface Response {
    data: AuthorStanding;
  }
}
