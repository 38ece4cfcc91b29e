import type { LogAction, LogCategory, StatsRow } from '../../../../shared/contracts';
import { LOG_CATEGORIES } from '../../../../shared/contracts';

/** What the chart counts: comments the filter took out of view (the queue's actions). */
export const CHART_ACTIONS: readonly LogAction[] = ['removed', 'held', 'flagged'];

export interface ChartDay {
  day: string;
  total: number;
  byCategory: Partial<Record<LogCategory, number>>;
}

/** Per day (every day of the period, empty ones too) the count per category, and the categories seen. */
export const toChartDays = (rows: readonly StatsRow[], days: readonly string[]) => {
  const byDay = new Map<string, ChartDay>(days.map((day) => [day, { day, total: 0, byCategory: {} }]));
  const seen = new Set<LogCategory>();
  for (const row of rows) {
    if (!CHART_ACTIONS.includes(row.action)) continue;
    const entry = byDay.get(row.day);
    if (!entry) continue;
    entry.byCategory[row.category] = (entry.byCategory[row.category] ?? 0) + row.count;
    entry.total += row.count;
    seen.add(row.category);
  }
  return {
    days: [...byDay.values()],
    categories: LOG_CATEGORIES.filter((c) => seen.has(c)),
  };
};

/** A "nice" axis maximum (1, 2, 5 × 10ⁿ) at or above `max`. */
export const niceMax = (max: number) => {
  if (max <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max) ?? 10 * p;
};
