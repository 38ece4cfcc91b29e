type Row = Record<string, any>;

/** `rescans: { pageSize, pollIntervalMs, pauseMs }` of the plugin config; a value out of range is the default. */
export const rescanOptions = (config: object) => {
  const own = ((config as Row).rescans ?? {}) as Row;
  const int = (v: unknown, fallback: number, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
  return {
    pageSize: int(own.pageSize, 200, 1, 1000),
    pollIntervalMs: int(own.pollIntervalMs, 5_000, 0, 86_400_000),
    pauseMs: int(own.pauseMs, 0, 0, 60_000),
  };
};

/** Timed pauses that a stopping node cuts short all at once (`wakeAll`). */
export const createPauses = () => {
  const wakers = new Set<() => void>();
  return {
    pause: (ms: number) =>
      ms > 0
        ? new Promise<void>((resolve) => {
            const wake = () => {
              clearTimeout(timeout);
              wakers.delete(wake);
              resolve();
            };
            const timeout = setTimeout(wake, ms);
            wakers.add(wake);
          })
        : Promise.resolve(),
    wakeAll: () => {
      for (const wake of [...wakers]) wake();
    },
  };
};
