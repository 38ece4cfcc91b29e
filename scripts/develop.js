#!/usr/bin/env node
'use strict';
/**
 * `npm run develop`: builds the plugin, then starts the playground Strapi site
 * (SQLite, demo data) on http://localhost:1337 (PORT overrides).
 */
const { spawnSync, spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
run('npx', ['strapi-plugin', 'build'], root);

const email = process.env.BRAND_COMMUNITY_ADMIN_EMAIL || 'admin@example-shop.com';
console.log(`\nPlayground: http://localhost:${process.env.PORT || 1337}/admin  (admin: ${email}; see README)\n`);
const child = spawn('npx', ['strapi', 'develop', ...process.argv.slice(2)], {
  cwd: path.join(root, 'playground'),
  stdio: 'inherit',
  env: process.env,
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
