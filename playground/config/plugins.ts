import path from 'path';
import type { Core } from '@strapi/strapi';

type Json = Record<string, unknown>;

/** playground/: Strapi runs this file compiled (dist/config), its admin build reads it from config/. */
const siteDir = path.resolve(__dirname, path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..');

/** Deep merge for the test-only override below (arrays are replaced, not merged). */
const merge = (base: Json, extra: unknown): Json => {
  if (!extra || typeof extra !== 'object' || Array.isArray(extra)) return extra === undefined ? base : (extra as Json);
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = base?.[k];
    out[k] = b && typeof b === 'object' && !Array.isArray(b) ? merge(b as Json, v) : v;
  }
  return out;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'brand-community': {
    enabled: true,
    // The plugin is the repository root (built into its dist/ by `npm run build`).
    resolve: path.resolve(siteDir, '..'),
    // BRAND_COMMUNITY_CONFIG (JSON) lets tests and scripts override the playground's settings.
    config: merge({
      allowlist: ['example-shop.com', '+1 800 555 0100', '@example_shop'],
      targets: [
        {
          uid: 'api::comment.comment',
          textField: 'content',
          authorField: 'authorEmail',
          authorNameField: 'authorName',
          threadField: 'article',
        },
      ],
      notifications: { pollIntervalMs: env.int('BRAND_COMMUNITY_POLL_MS', 5000) },
      announcements: { pollIntervalMs: env.int('BRAND_COMMUNITY_POLL_MS', 5000) },
      // Announcements are posted to the channels the environment configures (tokens never in content).
      channels: {
        ...(env('WEBHOOK_URL') ? { webhook: { url: env('WEBHOOK_URL'), secret: env('WEBHOOK_SECRET', '') } } : {}),
        ...(env('TELEGRAM_BOT_TOKEN')
          ? { telegram: { token: env('TELEGRAM_BOT_TOKEN'), chatId: env('TELEGRAM_CHAT_ID', ''), apiBase: env('TELEGRAM_API_BASE') } }
          : {}),
        ...(env('MASTODON_TOKEN') ? { mastodon: { baseUrl: env('MASTODON_BASE_URL', ''), token: env('MASTODON_TOKEN') } } : {}),
      },
      // The demo seed creates the starter rules itself, after making its en / ru / zh-Hans locales.
      starterRules: 'off',
      // The brand's public replies (suspected fakes, cases) are posted as comments under the article.
      replies: { author: 'community@example-shop.com', authorName: 'Example Shop team' },
    }, JSON.parse(env('BRAND_COMMUNITY_CONFIG', '{}'))),
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 2525),
        secure: false,
        ignoreTLS: true,
        ...(env('SMTP_USERNAME')
          ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } }
          : {}),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'community@example-shop.com'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'community@example-shop.com'),
      },
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
});

export default config;
