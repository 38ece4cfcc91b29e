import type { IsoDate } from './common';
import type { LogAction, LogCategory } from './constants';
import type { ExplainStats } from './announcements';
import type { RestoredTerms } from './learning';

export interface StatsRow {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  category: LogCategory;
  action: LogAction;
  count: number;
}

export namespace Stats {
  export interface Query {
    from?: IsoDate;
    to?: IsoDate;
  }
  export interface Response {
    /** Counted in the database (GROUP BY day, category, action); dry-run entries excluded. */
    data: StatsRow[];
    meta: {
      from: IsoDate;
      to: IsoDate;
      /** Per action over the period. */
      totals: Partial<Record<LogAction, number>>;
      /** restored ÷ removed over the period (null when nothing was removed): the false-positive signal. */
      restoreRate: number | null;
      /** Rules cited most by removed/held/flagged entries. */
      topRules: Array<{ number: number; title: string | null; count: number }>;
      /** Notifications that failed for good in the period. */
      failedNotifications: number;
      /** Complaint cases not resolved yet (now, whatever the period). */
      openCases?: number;
      /** Median time from opening to resolution of the cases resolved in the period (null: none). */
      medianResolutionMs?: number | null;
      /** The terms and detectors whose removals were restored most (where the filter is most often wrong). */
      restored: RestoredTerms;
      /** Time to the first public explanation of incidents (announcements; the same numbers as GET /announcements/stats). */
      explain?: ExplainStats;
    };
  }
}
