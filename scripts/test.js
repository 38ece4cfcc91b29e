#!/usr/bin/env node
'use strict';
/**
 * `npm test`: builds the plugin (integration and browser tests load it as a site
 * would, from dist/) and the playground (compiled, and its admin built when the browser
 * project will run), then runs the selected jest projects in lanes:
 * - server: unit and integration (booted Strapi) on SQLite, then the @postgres files on PostgreSQL
 *   (on SQLite when the machine has no PostgreSQL);
 * - browser: Chromium against `strapi start` sites, after the server lane (BC_LANES=true: beside
 *   it, output printed when it ends);
 * - owner, in CI: a new create-strapi-app site with the packed plugin (started right after the
 *   plugin build; printed at the end).
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

/**
 * Runs commands one after another in the background (stopping at the first that fails), their
 * output in one log file, printed when `report` is awaited.
 */
const background = (title, steps, env = {}) => {
  const logFile = path.join(require('node:os').tmpdir(), `bc-${title.replace(/\W+/g, '-')}-${process.pid}.log`);
  const out = fs.openSync(logFile, 'w');
  const step = ([cmd, cmdArgs, cwd = root]) =>
    new Promise((resolve) => {
      const child = spawn(cmd, cmdArgs, {
        cwd,
        stdio: ['ignore', out, out],
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...env },
      });
      child.on('exit', (code) => resolve(code ?? 1));
    });
  const done = steps.reduce((prev, s) => prev.then((code) => (code === 0 ? step(s) : code)), Promise.resolve(0));
  console.log(`\n== ${title}, in the background: ${logFile}\n`);
  return {
    report: async () => {
      const code = await done;
      console.log(`\n== ${title}\n`);
      process.stdout.write(fs.readFileSync(logFile, 'utf8'));
      return code;
    },
  };
};

// Before the lanes start (they all run the playground from playground/dist): the playground's
// `strapi build` (its TypeScript compiled and its admin built, served by `strapi start` in the
// browser tests), or, without browser tests, only its compile when a source is newer (test boots
// refuse a stale one).
if (!skipBuild && runs('browser')) {
  const built = run('npx', ['strapi', 'build'], path.join(root, 'playground'));
  if (built !== 0) process.exit(built);
}
if ((runs('integration') || runs('browser')) && require('./playground').staleFiles().length > 0) {
  const compiled = run('node', [path.join(__dirname, 'playground.js')]);
  if (compiled !== 0) process.exit(compiled);
}

// .ci/run compiles better-sqlite3 (Strapi's SQLite driver) in the background while the typecheck and
// the builds above run; BC_NATIVE_DONE names the file its exit code is written to when it ends.
// Everything below boots Strapi, so it waits for that file.
if (process.env.BC_NATIVE_DONE) {
  const done = process.env.BC_NATIVE_DONE;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  if (!fs.existsSync(done)) console.log(`\n== waiting for better-sqlite3 to finish compiling (${done})\n`);
  while (!fs.existsSync(done) || fs.readFileSync(done, 'utf8').trim() === '') Atomics.wait(pause, 0, 0, 500);
  const code = Number(fs.readFileSync(done, 'utf8').trim());
  if (code !== 0) {
    console.error(`compiling better-sqlite3 failed (exit ${code}): see ${process.env.BC_NATIVE_LOG ?? 'its log'}`);
    if (process.env.BC_NATIVE_LOG && fs.existsSync(process.env.BC_NATIVE_LOG)) process.stderr.write(fs.readFileSync(process.env.BC_NATIVE_LOG, 'utf8'));
    process.exit(1);
  }
}

// A new site made by create-strapi-app with the packed plugin, set up as the README says (slow:
// a whole site's npm install, mostly waiting on the registry and the disk, so it runs alongside).
const owner = ownerAsked
  ? background('a new site with the packed plugin (tests/owner)', [['npx', ['jest', '--runInBand', '--selectProjects', 'owner']]])
  : null;

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
// Paths and options first: --selectProjects takes every word after it as a project name.
// Each pass also writes jest's JSON report, read at the end to list every failure in one place (a
// CI log is long; its end is what one reads first).
const reports = [];
const jestArgs = (selected, extra, withPaths = true) => {
  const report = path.join(templateDir, `report-${reports.length}.json`);
  reports.push(report);
  // The given paths before `extra`: --testPathIgnorePatterns takes every word after it.
  const given = withPaths ? rest : rest.filter((a) => !patterns.includes(a));
  return ['jest', ...given, ...extra, '--maxWorkers=2', '--passWithNoTests', '--json', `--outputFile=${report}`, '--selectProjects', ...selected];
};
/** Paths given on the command line (`npm test -- tests/integration/x.test.ts`): jest's patterns. */
const patterns = rest.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^(--testNamePattern|-t|--maxWorkers|--testTimeout)$/.test(rest[i - 1])));
/** Runs a command with its output inline, without blocking the other lanes. */
const runAsync = (cmd, cmdArgs, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
const jest = (selected, extra = [], env = {}, withPaths = true) => runAsync('npx', jestArgs(selected, extra, withPaths), env);

// The browser lane: Chromium against `strapi start` sites, with its own ports (tests/browser/helpers/site.ts).
// BC_LANES=true starts it beside the server lane below (its tests wait on pages more than they
// compute, but on a 2-core machine the load then stretches Strapi boots towards the hooks'
// timeouts); by default it runs after the server lane.
const lanes = process.env.BC_LANES === 'true';
const browserLane =
  runs('browser') && lanes ? background('browser tests', [['npx', jestArgs(['browser'], [])]], { BC_PORTS_FROM: '1350' }) : null;

// The server lane: unit and integration suites on SQLite (each integration file boots its own
// Strapi on its own database), then the integration files marked @postgres on PostgreSQL, where
// the multi-node and concurrency guarantees are real. CI installs PostgreSQL; elsewhere a machine
// without it skips that pass with a warning.
const serverLane = async () => {
  const statuses = [];
  const serverProjects = ['unit', 'integration'].filter(runs);
  // The files marked `@postgres` (concurrency, several nodes, SQL the two databases answer
  // differently) run on PostgreSQL, where those guarantees are real; PG_ALL=true runs every
  // integration file there too. CI installs PostgreSQL; elsewhere a machine without it runs the
  // marked files on SQLite instead, with a warning. BC_BOTH=true runs the marked files on both.
  const dir = path.join(root, 'tests', 'integration');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
  const marked = files.filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').slice(0, 400).includes('@postgres'));
  // With paths given, only the marked files they name (jest would run the union of both lists).
  const onPg = (process.env.PG_ALL === 'true' ? files : marked)
    .map((f) => `tests/integration/${f}`)
    .filter((f) => patterns.length === 0 || patterns.some((p) => new RegExp(p).test(f)));
  let pg = runs('integration') && process.env.SKIP_POSTGRES !== 'true' && onPg.length > 0;
  if (pg) {
    const ready = await runAsync('bash', [path.join(__dirname, 'pg.sh')]);
    if (ready !== 0 && process.env.CI) {
      console.error('PostgreSQL could not be started: the PostgreSQL pass is required in CI.');
      return [ready];
    }
    if (ready !== 0) console.warn('\n!! PostgreSQL is not available: the @postgres files run on SQLite; their multi-node tests are SKIPPED (install postgresql).\n');
    pg = ready === 0;
  }
  const skipOnSqlite =
    pg && process.env.BC_BOTH !== 'true' && marked.length ? ['--testPathIgnorePatterns', `/tests/integration/(${marked.map((f) => f.replace(/\./g, '\\.')).join('|')})$`] : [];
  if (serverProjects.length) statuses.push(await jest(serverProjects, skipOnSqlite, { BC_PORTS_FROM: '1400' }));
  if (!pg) return statuses;
  // Each file's database is a copy of one schema-only template built here (tests/helpers/pg-template.ts).
  const template = `bc_template_${process.pid}`;
  const built = await runAsync('npx', ['tsx', path.join('tests', 'helpers', 'pg-template.ts'), template]);
  console.log(`\n== integration tests on PostgreSQL (${onPg.length} files)\n`);
  statuses.push(
    built !== 0
      ? built
      : // onPg holds the given paths' marked files already: the paths themselves would add the others
        await jest(['integration'], onPg, { DATABASE_CLIENT: 'postgres', BC_PG_TEMPLATE: template, BC_PORTS_FROM: '1400' }, false)
  );
  const drop = `const h = require('./tests/helpers/strapi'); Promise.all([h.dropPgDatabase('${template}'), h.dropPgDatabase(h.seededTemplate('${template}'))]).then(() => process.exit(0))`;
  await runAsync('npx', ['tsx', '-e', drop]);
  return statuses;
};

/** Every failed test and suite of the passes above, with the start of its message. */
const printFailures = () => {
  const failed = [];
  for (const file of reports) {
    if (!fs.existsSync(file)) continue;
    const { testResults = [] } = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const suite of testResults) {
      const where = path.relative(root, suite.name);
      const tests = suite.assertionResults.filter((t) => t.status === 'failed');
      for (const t of tests) failed.push(`${where} › ${t.fullName}\n${t.failureMessages.join('\n')}`);
      if (!tests.length && suite.status === 'failed') failed.push(`${where}\n${suite.message}`);
    }
  }
  if (!failed.length) return;
  console.log(`\n== ${failed.length} failed (every pass), first lines of each\n`);
  // eslint-disable-next-line no-control-regex
  for (const f of failed) {
    const lines = f.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => !/^\s+at .*(node_modules|node:internal|<anonymous>)/.test(l));
    console.log(`${lines.slice(0, 25).join('\n')}\n`);
  }
};

const finish = async () => {
  const statuses = await serverLane();
  if (browserLane) statuses.push(await browserLane.report());
  else if (runs('browser')) statuses.push(await jest(['browser'], [], { BC_PORTS_FROM: '1350' }));
  if (owner) statuses.push(await owner.report());
  else if (!projects) console.log('\n(the new-site test, tests/owner, runs in CI or with BC_OWNER_TEST=true)\n');
  printFailures();
  fs.rmSync(templateDir, { recursive: true, force: true });
  process.exit(statuses.find((s) => s !== 0) ?? 0);
};
finish();
