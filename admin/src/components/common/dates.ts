const DAY = 86_400_000;

/** YYYY-MM-DD of a date in UTC (the server groups by UTC day). */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** The last `days` UTC days, oldest first, ending today. */
export const lastDays = (days: number, now = new Date()) => {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => utcDay(new Date(today - (days - 1 - i) * DAY)));
};

/**
 * `from`/`to` ISO bounds covering the last `days` whole UTC days, today included. Whole days keep the
 * bounds (and so query keys and shared links) stable for the whole day.
 */
export const periodBounds = (days: number, now = new Date()) => {
  const list = lastDays(days, now);
  return { from: `${list[0]}T00:00:00.000Z`, to: `${list[list.length - 1]}T23:59:59.999Z` };
};
