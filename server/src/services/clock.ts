import type { Core } from '@strapi/strapi';

/**
 * Business time for announcements (scheduled publication, start and end of planned work, early
 * warnings). Tests and scripts replace it with `set(date)`; `set(null)` goes back to real time.
 * Network retries (the delivery worker's backoff) use real time.
 */
export default (_: { strapi: Core.Strapi }) => {
  let fixed: Date | null = null;
  return {
    now: (): Date => (fixed ? new Date(fixed.getTime()) : new Date()),
    set(value: Date | string | number | null) {
      fixed = value === null ? null : new Date(value);
    },
  };
};
