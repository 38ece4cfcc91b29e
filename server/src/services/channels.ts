import { createHmac } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { DeliveryChannel } from '../../../shared/contracts';
import type { ChannelsConfig } from '../config';
import { getConfig } from '../utils/plugin';

/** What one post says, whatever the channel. */
export interface Post {
  /** The delivery's idempotency key (entry documentId + channel). */
  key: string;
  announcement: { documentId: string; kind: string; title: string; status: string; locale: string | null };
  entry: { documentId: string; status: string; at: string; text: string | null; locale: string | null };
}

export interface Posted {
  remoteId: string | null;
}

/**
 * A failed post; `retry` false when trying again cannot help (a 4xx other than 408 / 429);
 * `uncertain` when the request left and no answer came (a timeout, a cut connection): the
 * channel may have published it.
 */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly uncertain = false
  ) {
    super(message);
  }
}

/**
 * Channels that drop a repeated post themselves: Mastodon keeps the `Idempotency-Key` (an hour),
 * a webhook receiver is asked to drop a repeated `X-Brand-Community-Delivery`. Telegram's
 * `sendMessage` has no such key: a repeat is a second message.
 */
export const IDEMPOTENT_CHANNELS: Record<DeliveryChannel, boolean> = { webhook: true, mastodon: true, telegram: false };

/** Errors raised after the request may have reached the channel (the connection was cut, no answer). */
const MAYBE_SENT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

const STATUS_LABELS: Record<string, Record<string, string>> = {
  en: {
    investigating: 'Investigating', identified: 'Identified', monitoring: 'Monitoring', resolved: 'Resolved',
    scheduled: 'Scheduled', 'in-progress': 'In progress', completed: 'Completed', announced: 'Announced', 'in-effect': 'In effect',
  },
  ru: {
    investigating: 'Выясняем причину', identified: 'Причина найдена', monitoring: 'Наблюдаем', resolved: 'Решено',
    scheduled: 'Запланировано', 'in-progress': 'Идут работы', completed: 'Завершено', announced: 'Объявлено', 'in-effect': 'Действует',
  },
  zh: {
    investigating: '调查中', identified: '已找到原因', monitoring: '观察中', resolved: '已解决',
    scheduled: '已计划', 'in-progress': '进行中', completed: '已完成', announced: '已公布', 'in-effect': '已生效',
  },
};

/** The post's plain text (no markup on any channel: the text stays text). */
export const postText = (post: Post, max: number) => {
  const lang = (post.entry.locale ?? post.announcement.locale ?? 'en').slice(0, 2);
  const label = (STATUS_LABELS[lang] ?? STATUS_LABELS.en)[post.entry.status] ?? post.entry.status;
  const text = `${post.announcement.title}\n\n${label}: ${post.entry.text ?? ''}`.trim();
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
};

/** Every secret of the channels config, so no error message can carry one into the database. */
const secretsOf = (c: ChannelsConfig) =>
  [c.webhook?.secret, c.telegram?.token, c.mastodon?.token].filter((s): s is string => !!s && s.length >= 4);

export const redact = (message: string, c: ChannelsConfig) =>
  secretsOf(c).reduce((m, s) => m.split(s).join('[redacted]'), message).slice(0, 2000);

/** The webhook's signature header value: `sha256=` + hex HMAC-SHA256 of the raw body with the shared secret. */
export const signBody = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * The three channels' protocols: a generic signed webhook, the Telegram Bot API's `sendMessage`
 * and Mastodon's `POST /api/v1/statuses`. Tokens are read from config at call time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getConfig(strapi).channels;

  const request = async (url: string, init: RequestInit): Promise<{ status: number; json: any; text: string }> => {
    const { requestTimeoutMs } = getConfig(strapi).announcements;
    let res: Response;
    try {
      res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(requestTimeoutMs) });
    } catch (error) {
      const cause = (error as { cause?: { message?: string; code?: string } }).cause;
      // A timeout or a cut connection: the channel may have published it. Refused / unknown host: nothing sent.
      const uncertain = (error as Error).name === 'TimeoutError' || MAYBE_SENT.has(String(cause?.code ?? ''));
      throw new ChannelError(
        `Request failed: ${(error as Error).message}${cause?.message ? ` (${cause.message})` : ''}`,
        true,
        uncertain
      );
    }
    // Bounded: an answer is a small JSON object; anything longer is cut before parsing.
    const text = (await res.text()).slice(0, 100_000);
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (res.status < 200 || res.status >= 300) {
      const reason = json?.description ?? json?.error ?? text.slice(0, 300);
      const retry = res.status >= 500 || res.status === 408 || res.status === 429;
      throw new ChannelError(`HTTP ${res.status}: ${String(reason).slice(0, 500)}`, retry);
    }
    return { status: res.status, json, text };
  };

  const self = {
    /** Channels this site posts to: names only. */
    configured(): DeliveryChannel[] {
      const c = config();
      return (['webhook', 'telegram', 'mastodon'] as const).filter((name) => !!c[name]);
    },

    async send(channel: DeliveryChannel, post: Post): Promise<Posted> {
      const c = config();
      if (channel === 'webhook' && c.webhook) {
        const body = JSON.stringify({ event: 'announcement.entry', deliveryKey: post.key, ...post, text: postText(post, 5000) });
        const { json } = await request(c.webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'strapi-plugin-brand-community',
            'x-brand-community-event': 'announcement.entry',
            'x-brand-community-delivery': post.key,
            'x-brand-community-signature': signBody(body, c.webhook.secret),
          },
          body,
        });
        const id = json?.id;
        return { remoteId: typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 255) : null };
      }
      if (channel === 'telegram' && c.telegram) {
        const base = (c.telegram.apiBase ?? 'https://api.telegram.org').replace(/\/+$/, '');
        const { json } = await request(`${base}/bot${c.telegram.token}/sendMessage`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // No parse_mode: the text is sent as plain text, nothing in it becomes markup.
          body: JSON.stringify({ chat_id: c.telegram.chatId, text: postText(post, 4096), disable_web_page_preview: true }),
        });
        if (json?.ok !== true) throw new ChannelError(`Telegram refused: ${String(json?.description ?? 'no ok').slice(0, 300)}`, true);
        const id = json?.result?.message_id;
        return { remoteId: id === undefined || id === null ? null : String(id) };
      }
      if (channel === 'mastodon' && c.mastodon) {
        const base = c.mastodon.baseUrl.replace(/\/+$/, '');
        const { json } = await request(`${base}/api/v1/statuses`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${c.mastodon.token}`,
            // Mastodon keeps this key for an hour: a retry after a lost answer creates no second status.
            'idempotency-key': post.key,
          },
          body: JSON.stringify({ status: postText(post, 500), visibility: c.mastodon.visibility ?? 'public' }),
        });
        const id = json?.id;
        return { remoteId: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
      }
      throw new ChannelError(`The ${channel} channel is not configured on this site.`, false);
    },
  };
  return self;
};
