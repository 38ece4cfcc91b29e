/**
 * One local HTTP server speaking the three channels' protocols, for tests: a generic webhook
 * (`POST /hook`, checks the HMAC signature), the Telegram Bot API (`POST /bot<token>/sendMessage`)
 * and Mastodon (`POST /api/v1/statuses` with a bearer token). It can answer 500 to the first
 * requests of each post, to exercise retries, and records every request it got.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKENS = {
  webhookSecret: 'whsec-test-5f1c0d9e8a7b',
  telegram: '123456:TEST-telegram-token-9a8b7c',
  mastodon: 'mastodon-test-token-3e4f5a6b',
  chatId: '@example_shop',
};

export type Channel = 'webhook' | 'telegram' | 'mastodon';

export interface Received {
  channel: Channel;
  /** The post's identity: the webhook's delivery header, Mastodon's idempotency key, or Telegram's text. */
  key: string;
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
  signatureOk?: boolean;
  /** Which site sent it, when its config came from `config(via)`. */
  via?: string;
  /** Held (published, no answer yet): see `hold`. */
  held?: boolean;
  /** A repeat of a key already published, dropped as Mastodon (Idempotency-Key) and a webhook receiver would. */
  repeat?: boolean;
}

export interface ChannelServer {
  url: string;
  received: Received[];
  /** Accepted posts (2xx) of a channel. */
  accepted: (channel: Channel) => Received[];
  /** Answer 500 to the first `n` requests of each post (per key) from now on. */
  failFirst: (n: number) => void;
  /** Answer this status to everything (null: normal behaviour). */
  failAlways: (status: number | null) => void;
  /**
   * Publish the first request of each post (key) of these channels and keep the answer back
   * until `release()` (a channel that published but whose answer never came: a timeout, or the
   * node died waiting); later requests of the same post are answered as usual.
   */
  hold: (channels: Channel[]) => void;
  /** Answers every held request and stops holding. */
  release: () => void;
  /** Posts a channel created: accepted ones, without repeats it dropped (Telegram drops none). */
  published: (channel: Channel) => Received[];
  /** The plugin's `channels` config pointing at this server (`via`: a name its requests carry, one per site). */
  config: (via?: string) => Record<string, unknown>;
  close: () => Promise<void>;
}

const MAX_BODY = 1_000_000;

export const startChannelServer = async (): Promise<ChannelServer> => {
  const received: Received[] = [];
  const seen = new Map<string, number>();
  let failures = 0;
  let always: number | null = null;
  let nextId = 1000;
  let holding: Channel[] = [];
  const heldKeys = new Set<string>();
  const waiting: Array<() => void> = [];
  /** Remote ids of published keys (webhook, Mastodon), to answer a repeat with the same post. */
  const keyed = new Map<string, number>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = null;
      try {
        body = JSON.parse(raw);
      } catch {
        body = null;
      }
      const routed = /^\/via-([a-z0-9]+)(\/.*)$/.exec(req.url ?? '');
      const via = routed?.[1];
      const url = routed ? routed[2] : (req.url ?? '');
      let channel: Channel | null = null;
      let key = '';
      let authorized = false;
      let signatureOk: boolean | undefined;
      if (req.method === 'POST' && url === '/hook') {
        channel = 'webhook';
        key = String(req.headers['x-brand-community-delivery'] ?? '');
        const expected = `sha256=${createHmac('sha256', TOKENS.webhookSecret).update(raw).digest('hex')}`;
        signatureOk = req.headers['x-brand-community-signature'] === expected;
        authorized = signatureOk;
      } else if (req.method === 'POST' && url === `/bot${TOKENS.telegram}/sendMessage`) {
        channel = 'telegram';
        key = String(body?.text ?? '');
        authorized = body?.chat_id === TOKENS.chatId;
      } else if (req.method === 'POST' && url === '/api/v1/statuses') {
        channel = 'mastodon';
        key = String(req.headers['idempotency-key'] ?? '');
        authorized = req.headers.authorization === `Bearer ${TOKENS.mastodon}`;
      }
      const answer = (status: number, json: unknown, extra: Partial<Received> = {}) => {
        if (channel) received.push({ channel, key, status, body, headers: req.headers, signatureOk, via, ...extra });
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (extra.held) waiting.push(send);
        else send();
      };
      if (!channel) return answer(404, { error: 'Not found' });
      if (!authorized) return answer(401, { ok: false, error: 'The access token is invalid', description: 'Unauthorized' });
      if (always !== null) return answer(always, { ok: false, error: 'Down for a test', description: 'Down for a test' });
      const n = (seen.get(`${channel}:${key}`) ?? 0) + 1;
      seen.set(`${channel}:${key}`, n);
      if (n <= failures) return answer(500, { ok: false, error: 'Internal error', description: 'Internal error' });
      const repeat = channel !== 'telegram' && keyed.has(`${channel}:${key}`);
      const id = repeat ? keyed.get(`${channel}:${key}`)! : nextId++;
      if (channel !== 'telegram') keyed.set(`${channel}:${key}`, id);
      const held = holding.includes(channel) && !heldKeys.has(`${channel}:${key}`);
      if (held) heldKeys.add(`${channel}:${key}`);
      const extra = { held, repeat };
      if (channel === 'telegram') return answer(200, { ok: true, result: { message_id: id, chat: { id: -1001 }, text: body.text } }, extra);
      if (channel === 'mastodon') return answer(200, { id: String(id), content: body?.status, visibility: body?.visibility }, extra);
      return answer(200, { id: `hook-${id}` }, extra);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    received,
    accepted: (channel) => received.filter((r) => r.channel === channel && r.status === 200),
    failFirst: (n) => {
      failures = n;
      seen.clear();
    },
    failAlways: (status) => {
      always = status;
    },
    hold: (channels) => {
      holding = channels;
      heldKeys.clear();
    },
    release: () => {
      holding = [];
      for (const send of waiting.splice(0)) send();
    },
    published: (channel) => received.filter((r) => r.channel === channel && r.status === 200 && !r.repeat),
    config: (via) => {
      const base = via ? `${url}/via-${via}` : url;
      return {
        webhook: { url: `${base}/hook`, secret: TOKENS.webhookSecret },
        telegram: { token: TOKENS.telegram, chatId: TOKENS.chatId, apiBase: base },
        mastodon: { baseUrl: base, token: TOKENS.mastodon },
      };
    },
    close: () => {
      for (const send of waiting.splice(0)) send();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/**
 * Runs a site's delivery worker until nothing is due (retries with a zero backoff are due at
 * once). Due ones only: a record left waiting on a long backoff by an earlier test is not ours.
 */
export const drainDeliveries = async (strapi: any) => {
  for (let i = 0; i < 30; i++) {
    await strapi.plugin('brand-community').service('deliveries').processDue();
    const waiting = await strapi.db
      .query('plugin::brand-community.announcement-delivery')
      .count({ where: { $or: [{ status: 'sending' }, { status: 'queued', nextAttemptAt: { $lte: new Date() } }] } });
    if (waiting === 0) return;
  }
  throw new Error('deliveries still queued after 30 worker runs');
};

/**
 * The incident both announcement suites follow: orders stuck in processing, detected 45 minutes
 * ago (POST /brand-community/announcements with this body, as a draft in English).
 */
export const stuckOrdersIncident = () => ({
  kind: 'incident',
  locale: 'en',
  title: 'Orders stuck in "processing"',
  body: 'Since 08:00 UTC new orders stay in processing. Next update at 10:00.',
  detectedAt: new Date(Date.now() - 45 * 60_000).toISOString(),
});
