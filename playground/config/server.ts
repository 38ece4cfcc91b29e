import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Local-only defaults so `npm run develop` works on a fresh clone. Set APP_KEYS in production.
    keys: env.array('APP_KEYS', ['playgroundKeyA', 'playgroundKeyB']),
  },
  logger: {
    updates: { enabled: false },
    startup: { enabled: false },
  },
});

export default config;
