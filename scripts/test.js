#!/usr/bin/env node
'use strict';
/**
 * `npm test`: builds the plugin (integration and browser tests load it as a site
 * would, from dist/), builds the playground's admin when the browser project will
 * run (it is served by `strapi start`), then runs the selected jest projects:
 * unit, integration (booted Strapi), browser (Chromium against the playground),
 * and in CI owner (a new create-strapi-app site with the packed plugin).
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
 * SKIP_BUILD=true skips both builds.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
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

// A new site made by create-strapi-app with the packed plugin, set up as the README says (slow:
// a whole site's npm install, mostly waiting on the registry, so it runs alongside the other
// passes). Runs in CI, when asked with BC_OWNER_TEST=true, or when selected.
const ownerAsked = projects ? projects.includes('owner') : Boolean(process.env.CI) || process.env.BC_OWNER_TEST === 'true';

if (!skipBuild && (runs('integration') || runs('browser') || ownerAsked)) {
  const built = run('npx', ['strapi-plugin', 'build']);
  if (built !== 0) process.exit(built);
}
let owner = null;
if (ownerAsked) {
  const logFile = path.join(require('node:os').tmpdir(), `bc-owner-test-${process.pid}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn('npx', ['jest', '--runInBand', '--selectProjects', 'owner'], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  owner = { logFile, done: new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1))) };
  console.log(`\n== a new site with the packed plugin (tests/owner), in the background: ${logFile}\n`);
}
if (!skipBuild && runs('browser')) {
  const built = run('npx', ['strapi', 'build'], path.join(root, 'playground'));
  if (built !== 0) process.exit(built);
}
// The playground is a TypeScript site that Strapi runs from playground/dist: `strapi build` above
// compiles it; otherwise compile it when a source is newer (test boots refuse a stale one).
if ((runs('integration') || runs('browser')) && require('./playground').staleFiles().length > 0) {
  const compiled = run('node', [path.join(__dirname, 'playground.js')]);
  if (compiled !== 0) process.exit(compiled);
}
// Template databases (tests/helpers/templates.ts) live for this run only, in their own directory.
const templateDir = process.env.BC_TEMPLATE_DIR ?? fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'bc-templates-'));
process.env.BC_TEMPLATE_DIR = templateDir;

// The same jest arguments without the project selection (each pass below selects its own).
const rest = [];
let inSelection = false;
for (const a of args) {
  if (a === '--selectProjects') inSelection = true;
  else if (inSelection && !a.startsWith('-')) continue;
  else {
    inSelection = false;
    rest.push(a);
  }
}
const jest = (selected, workers, env = {}) =>
  spawnSync('npx', ['jest', ...workers, '--passWithNoTests', '--selectProjects', ...selected, ...rest], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...env },
  }).status ?? 1;

// Unit and integration suites on two workers (each integration file boots its own Strapi on its
// own database); browser tests one at a time (each drives Chromium against its own Strapi process).
const statuses = [];
const serverProjects = ['unit', 'integration'].filter(runs);
if (serverProjects.length) statuses.push(jest(serverProjects, ['--maxWorkers=2']));
if (runs('browser')) statuses.push(jest(['browser'], ['--maxWorkers=2']));

// The integration suite once more on PostgreSQL (a fresh database per test file), where the
// multi-node and concurrency guarantees are real. CI installs PostgreSQL; elsewhere a machine
// without it skips this pass with a warning.
if (runs('integration') && process.env.SKIP_POSTGRES !== 'true') {
  const ready = run('bash', [path.join(__dirname, 'pg.sh')]);
  if (ready !== 0 && process.env.CI) {
    console.error('PostgreSQL could not be started: the PostgreSQL pass is required in CI.');
    statuses.push(ready);
  } else if (ready !== 0) {
    console.warn('\n!! PostgreSQL is not available: the PostgreSQL pass is SKIPPED (install postgresql to run it).\n');
  } else {
    // The files marked `@postgres` (concurrency, several nodes, SQL the two databases answer
    // differently); PG_ALL=true runs every integration file on PostgreSQL.
    const dir = path.join(root, 'tests', 'integration');
    const marked = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .filter((f) => process.env.PG_ALL === 'true' || fs.readFileSync(path.join(dir, f), 'utf8').slice(0, 400).includes('@postgres'))
      .map((f) => `tests/integration/${f}`);
    // Each file's database is a copy of one schema-only template built here (tests/helpers/pg-template.ts).
    const template = `bc_template_${process.pid}`;
    const built = run('npx', ['tsx', path.join('tests', 'helpers', 'pg-template.ts'), template]);
    console.log(`\n== integration tests on PostgreSQL (${marked.length} files)\n`);
    statuses.push(
      built !== 0
        ? built
        : jest(['integration'], ['--maxWorkers=2', ...marked], { DATABASE_CLIENT: 'postgres', BC_PG_TEMPLATE: template })
    );
    run('npx', ['tsx', '-e', `require('./tests/helpers/strapi').dropPgDatabase('${template}').then(() => process.exit(0))`]);
  }
}

const finish = async () => {
  fs.rmSync(templateDir, { recursive: true, force: true });
  if (owner) {
    const code = await owner.done;
    console.log('\n== a new site with the packed plugin (tests/owner)\n');
    process.stdout.write(fs.readFileSync(owner.logFile, 'utf8'));
    statuses.push(code);
  } else if (!projects) {
    console.log('\n(the new-site test, tests/owner, runs in CI or with BC_OWNER_TEST=true)\n');
  }
  process.exit(statuses.find((s) => s !== 0) ?? 0);
};
finish();
