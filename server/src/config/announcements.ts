/**
 * Announcement settings: the scheduler and delivery worker, the early-warning lead time, and
 * the social channels. Channel tokens come from the site's environment through this config;
 * they are never stored in content nor returned by any API.
 */

export interface ChannelsConfig {
  /** Generic webhook: a JSON POST signed with HMAC-SHA256 of the body (`X-Brand-Community-Signature`). */
  webhook?: { url: string; secret: string };
  /** Telegram Bot API `sendMessage` to a channel (`chatId` such as `@example_shop` or `-100…`). */
  telegram?: { token: string; chatId: string; apiBase?: string };
  /** Mastodon `POST /api/v1/statuses` with an access token of the brand's account. */
  mastodon?: { baseUrl: string; token: string; visibility?: 'public' | 'unlisted' };
  /** Locale the posts are written in (default: the site's default locale). */
  locale?: string;
}

export interface AnnouncementsConfig {
  /** Planned work must be published at least this many hours before it starts. */
  minLeadHours: number;
  /** How often the scheduler and the delivery worker run; 0 disables the timer (tests drive them). */
  pollIntervalMs: number;
  /** Attempts per delivery before it is marked failed. */
  maxAttempts: number;
  /** First retry delay; doubled on each attempt. */
  backoffMs: number;
  /** How long a delivery may stay claimed by a node before another node takes it back (the node died). */
  claimTimeoutMs: number;
  /** Timeout of one request to a channel. */
  requestTimeoutMs: number;
}

export const announcementDefaults: AnnouncementsConfig = {
  minLeadHours: 48,
  pollIntervalMs: 15_000,
  maxAttempts: 8,
  backoffMs: 30_000,
  claimTimeoutMs: 600_000,
  requestTimeoutMs: 10_000,
};

type Fail = (message: string) => never;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isUrl = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

const int = (fail: Fail, value: unknown, path: string, min: number, max: number) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`\`${path}\` must be an integer between ${min} and ${max} (got ${JSON.stringify(value)}).`);
  }
};

const text = (fail: Fail, value: unknown, path: string) => {
  if (typeof value !== 'string' || value.trim() === '') fail(`\`${path}\` must be a non-empty string.`);
};

/** Checks `announcements` and `channels`; never echoes a token in its messages. */
export const validateAnnouncements = (c: Record<string, any>, fail: Fail) => {
  const a = c.announcements;
  if (!isObject(a)) fail('`announcements` must be an object.');
  int(fail, a.minLeadHours, 'announcements.minLeadHours', 0, 24 * 365);
  int(fail, a.pollIntervalMs, 'announcements.pollIntervalMs', 0, 86_400_000);
  int(fail, a.maxAttempts, 'announcements.maxAttempts', 1, 100);
  int(fail, a.backoffMs, 'announcements.backoffMs', 0, 86_400_000);
  int(fail, a.claimTimeoutMs, 'announcements.claimTimeoutMs', 1_000, 86_400_000);
  int(fail, a.requestTimeoutMs, 'announcements.requestTimeoutMs', 100, 600_000);

  const ch = c.channels;
  if (!isObject(ch)) fail('`channels` must be an object { webhook?, telegram?, mastodon? }.');
  for (const key of Object.keys(ch)) {
    if (!['webhook', 'telegram', 'mastodon', 'locale'].includes(key)) {
      fail(`\`channels.${key}\` is not a channel; use webhook, telegram or mastodon.`);
    }
  }
  if (ch.locale !== undefined) text(fail, ch.locale, 'channels.locale');
  if (ch.webhook !== undefined) {
    if (!isObject(ch.webhook)) fail('`channels.webhook` must be an object { url, secret }.');
    if (!isUrl(ch.webhook.url)) fail('`channels.webhook.url` must be an http(s) URL.');
    text(fail, ch.webhook.secret, 'channels.webhook.secret');
  }
  if (ch.telegram !== undefined) {
    if (!isObject(ch.telegram)) fail('`channels.telegram` must be an object { token, chatId, apiBase? }.');
    text(fail, ch.telegram.token, 'channels.telegram.token');
    if (typeof ch.telegram.chatId === 'number') ch.telegram.chatId = String(ch.telegram.chatId);
    text(fail, ch.telegram.chatId, 'channels.telegram.chatId');
    if (ch.telegram.apiBase !== undefined && !isUrl(ch.telegram.apiBase)) {
      fail('`channels.telegram.apiBase` must be an http(s) URL.');
    }
  }
  if (ch.mastodon !== undefined) {
    if (!isObject(ch.mastodon)) fail('`channels.mastodon` must be an object { baseUrl, token }.');
    if (!isUrl(ch.mastodon.baseUrl)) fail('`channels.mastodon.baseUrl` must be an http(s) URL.');
    text(fail, ch.mastodon.token, 'channels.mastodon.token');
    if (ch.mastodon.visibility !== undefined && !['public', 'unlisted'].includes(ch.mastodon.visibility as string)) {
      fail('`channels.mastodon.visibility` must be "public" or "unlisted".');
    }
  }
};
