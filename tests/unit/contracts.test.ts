/** The lists the console contract defines once match the schemas and RBAC actions the server registers. */
import {
  LOG_ACTIONS,
  LOG_CATEGORIES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  RBAC,
  REVIEW_OUTCOMES,
} from '../../shared/contracts';
import logSchema from '../../server/src/content-types/moderation-log/schema.json';
import notificationSchema from '../../server/src/content-types/notification/schema.json';
import reviewSchema from '../../server/src/content-types/review/schema.json';
import { RBAC_ACTIONS } from '../../server/src/utils/permissions';

describe('shared contract and server', () => {
  it('stores exactly the log actions and categories the contract lists', () => {
    expect(logSchema.attributes.action.enum).toEqual([...LOG_ACTIONS]);
    expect(logSchema.attributes.category.enum).toEqual([...LOG_CATEGORIES]);
  });

  it('stores exactly the notification statuses and channels the contract lists', () => {
    expect(notificationSchema.attributes.status.enum).toEqual([...NOTIFICATION_STATUSES]);
    expect(notificationSchema.attributes.channel.enum).toEqual([...NOTIFICATION_CHANNELS]);
  });

  it('stores exactly the review outcomes the contract lists', () => {
    expect(reviewSchema.attributes.outcome.enum).toEqual([...REVIEW_OUTCOMES]);
  });

  it('registers every RBAC action of the contract, each with a display name', () => {
    expect(RBAC_ACTIONS.map((a) => a.uid).sort()).toEqual(Object.values(RBAC).sort());
    for (const a of RBAC_ACTIONS) {
      expect(a).toMatchObject({ section: 'plugins', pluginName: 'brand-community' });
      expect(a.displayName.length).toBeGreaterThan(5);
    }
  });
});
