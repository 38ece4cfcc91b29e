import type { Core } from '@strapi/strapi';

// Local-only secrets: the playground is a development site. Override them with env vars anywhere else.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'playground-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'playground-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'playground-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'playground-encryption-key-0123456789') },
  flags: { nps: false, promoteEE: false },
  // API-only nodes (the multi-node tests) run without a built admin.
  serveAdminPanel: env.bool('PLAYGROUND_SERVE_ADMIN', true),
  watchIgnoreFiles: ['**/.tmp/**'],
});

export default config;
