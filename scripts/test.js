#!/usr/bin/env node
'use strict';
/**
 * `npm test`: builds the plugin (integration and browser tests load it as a site
 * would, from dist/), builds the playground's admin when the browser project will
 * run (it is served by `strapi start`), then runs the selected jest projects:
 * unit, integration (booted Strapi), browser (Chromium against the playground).
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
 * SKIP_BUILD=true skips both builds.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  return r.status ?? 1;
};

/** The projects named after --selectProjects (jest's own syntax), or null for all. */
const selectedProjects = (argv) => {
  const at = argv.indexOf('--selectProjects');
  if (at === -1) return null;
  const names = [];
  for (const a of argv.slice(at + 1)) {
    if (a.startsWith('-')) break;
    names.push(a);
  }
  return names;
};

const args = process.argv.slice(2);
const projects = selectedProjects(args);
const runs = (name) => projects === null || projects.includes(name);
const skipBuild = process.env.SKIP_BUILD === 'true';

if (!skipBuild && (runs('integration') || runs('browser'))) {
  const built = run('npx', ['strapi-plugin', 'build']);
  if (built !== 0) process.exit(built);
}
if (!skipBuild && runs('browser')) {
  const built = run('npx', ['strapi', 'build'], path.join(root, 'playground'));
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['jest', '--runInBand', ...args]));
