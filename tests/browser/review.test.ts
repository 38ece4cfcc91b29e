/**
 * One playground with the review scenario (helpers/review.ts: one comment per way the filter takes
 * a comment out of view), one browser, one login, for the specs that read and review its entries:
 * the Overview counts them before the Deletions specs review them (restore, approve, confirm).
 */
import { explanationsSent, postScenario } from './helpers/review';
import { shareSite } from './helpers/shared';
import { deletionsQueue } from './specs/deletions-queue';
import { deletionsReview } from './specs/deletions-review';
import { overview } from './specs/overview';

const shared = shareSite();

beforeAll(async () => {
  await postScenario(shared.site);
  // The Overview compares its counts with the API's: none may change while it reads them.
  await explanationsSent(shared.site);
}, 60_000);

overview(shared);
deletionsQueue(shared);
deletionsReview(shared);
