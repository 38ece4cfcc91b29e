/**
 * One playground, one browser, one login for what goes out to authors and channels: the
 * explanations e-mailed to authors, the answering pages (suspected fakes, cases, claims) and
 * announcements. The site's config is the three specs' own, merged (none reads another's):
 * notifications and announcement posts tried once, fakes answered on the shop's verify page,
 * channels pointing at a local channel server.
 */
import { startChannelServer, type ChannelServer } from '../helpers/channels';
import { shareSite } from './helpers/shared';
import { announcements } from './specs/announcements';
import { answers } from './specs/answers';
import { notifications } from './specs/notifications';

let hooks: ChannelServer;

beforeAll(async () => {
  hooks = await startChannelServer();
}, 30_000);

const shared = shareSite(() => ({
  config: {
    // Notified authors: one attempt, so an e-mail refused by the SMTP server fails for good at once.
    notifications: { maxAttempts: 1, backoffMs: 10 },
    // Answers: the link in the e-mail to an author of a suspected fake.
    fakes: { answerUrl: 'https://example-shop.com/verify?id={id}&token={token}' },
    // Announcements: one attempt, so a post refused while the channel is down fails at once and waits
    // for a retry; a channel that does not answer within a second leaves its post uncertain
    // (Telegram) or retried (the others).
    channels: hooks.config(),
    announcements: { maxAttempts: 1, backoffMs: 10, requestTimeoutMs: 1_000 },
  },
}));

// After the site has stopped (after-all hooks run in the order they were declared).
afterAll(async () => {
  await hooks?.close();
}, 30_000);

// Notified authors first (its list and its SMTP outage see only its own e-mails); the answering
// pages leave the admin in Chinese, and Announcements opens with a full load.
notifications(shared);
answers(shared);
announcements(shared, () => hooks);
