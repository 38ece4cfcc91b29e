/** Shapes every admin answer shares. */

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Paginated<T> {
  data: T[];
  meta: { pagination: Pagination };
}

/** Strapi's error answer (`{ data: null, error }`), as the console reads it. */
export interface ErrorBody {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: { code?: string; field?: string; [key: string]: unknown };
  };
}

/** ISO 8601 date-time as sent over JSON. */
export type IsoDate = string;
