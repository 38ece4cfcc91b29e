#!/usr/bin/env node
'use strict';
/**
 * `npm test`: builds the plugin (integration tests load it as a site would,
 * from dist/), then runs every jest project: unit, integration (booted Strapi).
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  return r.status ?? 1;
};

const args = process.argv.slice(2);
const unitOnly = args.includes('unit') && args.includes('--selectProjects');
if (!unitOnly && process.env.SKIP_BUILD !== 'true') {
  const built = run('npx', ['strapi-plugin', 'build']);
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['jest', '--runInBand', ...args]));
