/**
 * Template databases for test boots. The first boot of a given kind (same seed flag, plugin config
 * and environment) creates its database from nothing, as a new site does; later boots of that kind
 * start from a copy of the database as it stood right after that first boot, so each test file
 * still starts from a database nobody else has touched, without paying for the schema and the
 * seed again (about 6 s of the ~10 s a boot takes on two busy cores). SQLite only (see bootStrapi).
 *
 * Boots that test what a first boot does pass `fresh: true`. Templates are keyed by the built
 * plugin and the playground's files as well, so a rebuild never reuses an old template; `npm test`
 * gives each run its own directory (BC_TEMPLATE_DIR).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { BootOptions } from './strapi';

const ROOT = path.resolve(__dirname, '..', '..');

/** Files whose content shapes the database a boot leaves behind (their mtimes and sizes). */
const stampFiles = (): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'admin' && entry.name !== 'node_modules') walk(p);
      } else out.push(p);
    }
  };
  walk(path.join(ROOT, 'dist', 'server'));
  walk(path.join(ROOT, 'playground', 'config'));
  walk(path.join(ROOT, 'playground', 'src'));
  return out.sort();
};

let stamp: string | null = null;
const buildStamp = () => {
  if (stamp === null) {
    const h = createHash('sha256');
    for (const f of stampFiles()) {
      const s = fs.statSync(f);
      h.update(`${f}:${s.size}:${s.mtimeMs}\n`);
    }
    stamp = h.digest('hex');
  }
  return stamp;
};

/** Environment that reaches the database only through what the boot does (ports of loopback servers do not). */
export const IGNORED_ENV = new Set(['SMTP_PORT', 'SMTP_HOST']);

/** The template's key for a boot, or null when the boot must start from nothing or shares its database. */
export const templateKey = (options: BootOptions): string | null => {
  if (options.fresh || process.env.BC_TEMPLATES === 'false') return null;
  const env = Object.entries(options.env ?? {}).filter(([k]) => !IGNORED_ENV.has(k));
  if (env.some(([k]) => k === 'DATABASE_FILENAME' || k === 'DATABASE_NAME' || k === 'DATABASE_CLIENT')) return null;
  const what = JSON.stringify({ seed: options.seed !== false, config: options.config ?? {}, env: env.sort() });
  return createHash('sha256').update(`${buildStamp()}\n${what}`).digest('hex').slice(0, 16);
};

const templateDir = () => process.env.BC_TEMPLATE_DIR ?? path.join(os.tmpdir(), 'bc-templates');

/** SQLite: copies the template into `file` when there is one; true when it did. */
export const sqliteFromTemplate = (key: string, file: string) => {
  const template = path.join(templateDir(), `${key}.db`);
  if (!fs.existsSync(template)) return false;
  fs.copyFileSync(template, file);
  return true;
};

/** SQLite: writes the booted database as the template for `key` (a consistent copy, then an atomic rename). */
export const sqliteSaveTemplate = async (key: string, knex: any) => {
  const dir = templateDir();
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${key}.db`);
  if (fs.existsSync(target)) return;
  const partial = path.join(dir, `${key}.${process.pid}.${Date.now()}.partial`);
  await knex.raw('VACUUM INTO ?', [partial]);
  fs.renameSync(partial, target);
};

/** SQLite: the same from a database file another process (a running site) has open: a consistent snapshot. */
export const sqliteSaveTemplateFromFile = (key: string, file: string) => {
  const dir = templateDir();
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${key}.db`);
  if (fs.existsSync(target)) return;
  const partial = path.join(dir, `${key}.${process.pid}.${Date.now()}.partial`);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Database = require('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  fs.renameSync(partial, target);
};
