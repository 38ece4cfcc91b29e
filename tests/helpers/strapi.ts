/**
 * Boots the playground Strapi in-process on a throwaway SQLite file (or on
 * PostgreSQL when DATABASE_CLIENT=postgres), mounts its HTTP server on a free
 * loopback port, and tears everything down afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

import { IGNORED_ENV, sqliteFromTemplate, sqliteSaveTemplate, templateKey } from './templates';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND = path.join(ROOT, 'playground');

const nodeRequire = createRequire(path.join(PLAYGROUND, 'package.json'));

export const ADMIN = {
  email: 'admin@example-shop.com',
  password: 'Playground-Admin-1',
};

export interface BootOptions {
  /** Overrides of the plugin config (deep-merged over the playground's). */
  config?: Record<string, unknown>;
  /** Extra environment for this boot. */
  env?: Record<string, string>;
  /** Seed the playground's demo rules, articles and comments (default true). */
  seed?: boolean;
  /** Start from an empty database even when a template of this kind exists (tests of what a first boot does). */
  fresh?: boolean;
}

export interface Booted {
  strapi: any;
  url: string;
  dir: string;
  stop: () => Promise<void>;
}

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** Where the PostgreSQL test role connects (scripts/pg.sh creates it). */
export const PG = {
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'brand_community',
  password: process.env.DATABASE_PASSWORD ?? 'brand_community',
};

/** Runs one statement on the `postgres` maintenance database (create / drop test databases). */
export const pgAdmin = async (sql: string) => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Client } = require('pg');
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * A fresh PostgreSQL database for one test file (so reruns start clean); dropped by `drop`. In an
 * `npm test` run it is a copy of the run's template (BC_PG_TEMPLATE, tests/helpers/pg-template.ts):
 * the schema is there, every table empty. `fresh: true` starts from an empty database instead.
 */
export const createPgDatabase = async (options: { name?: string; fresh?: boolean; seeded?: boolean } = {}) => {
  const name =
    options.name ?? `bc_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const base = options.fresh ? undefined : process.env.BC_PG_TEMPLATE;
  const template = base && options.seeded ? seededTemplate(base) : base;
  await pgAdmin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    name,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_NAME: name,
      DATABASE_HOST: PG.host,
      DATABASE_PORT: String(PG.port),
      DATABASE_USERNAME: PG.user,
      DATABASE_PASSWORD: PG.password,
    },
    drop: () => dropPgDatabase(name),
  };
};

/** The run's copy of the playground right after a first boot with the default options (tests/helpers/pg-template.ts). */
export const seededTemplate = (template: string) => `${template}_seeded`;

/** A boot with the default options (demo seed, the file config, no extra environment but what ./templates ignores too: the loopback SMTP server's). */
const defaultKind = (options: BootOptions) =>
  options.seed !== false &&
  Object.keys(options.config ?? {}).length === 0 &&
  Object.keys(options.env ?? {}).every((k) => IGNORED_ENV.has(k));

/** Drops a database by name (the run's PostgreSQL template, when the run ends). */
export const dropPgDatabase = async (name: string) => {
  // WITH (FORCE) ends our own leftover sessions, but refuses (42501) when an autovacuum worker is in
  // the database: that process has no role the test role may signal. A plain DROP asks autovacuum
  // to leave and waits for it, and fails (55006) only while one of our sessions is still there.
  let last: unknown;
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await pgAdmin(`DROP DATABASE IF EXISTS ${name}${attempt % 2 ? '' : ' WITH (FORCE)'}`);
      return;
    } catch (error: any) {
      if (error?.code !== '42501' && error?.code !== '55006') throw error;
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 50 * Math.min(attempt + 1, 5)));
    }
  }
  throw last;
};

/**
 * SQLite boots start from a template database when there is one of their kind (tests/helpers/templates.ts).
 * PostgreSQL boots start from the run's schema-only template (createPgDatabase), built before the pass by
 * its own process: a template taken from a test's Strapi would need it stopped first, and work it had
 * started goes on failing against its closed pool.
 */
export const bootStrapi = async (options: BootOptions = {}): Promise<Booted> => boot(options, usesPostgres() ? null : templateKey(options));

const boot = async (options: BootOptions, key: string | null): Promise<Booted> => {
  // A TypeScript site runs compiled (playground/dist): never boot one older than its sources.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../../scripts/playground').assertCompiled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-test-'));
  const file = path.join(dir, 'data.db');
  const pg =
    usesPostgres() && !options.env?.DATABASE_NAME ? await createPgDatabase({ fresh: options.fresh, seeded: defaultKind(options) }) : null;
  const fromTemplate = key !== null && sqliteFromTemplate(key, file);
  const env: Record<string, string> = {
    ...(pg?.env ?? {}),
    DATABASE_FILENAME: file,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BRAND_COMMUNITY_CONFIG: JSON.stringify(options.config ?? {}),
    BRAND_COMMUNITY_ADMIN_EMAIL: ADMIN.email,
    BRAND_COMMUNITY_ADMIN_PASSWORD: ADMIN.password,
    BRAND_COMMUNITY_POLL_MS: '0',
    PLAYGROUND_SEED: options.seed === false ? 'false' : 'true',
    STRAPI_LOG_LEVEL: 'error',
    ...options.env,
  };
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }

  // Strapi is loaded by Node's own require, from the playground, as the site loads it (jest's module
  // registry re-reads and re-compiles every module of Strapi for each test file). Strapi keeps state
  // at module level, so each test file runs in a worker of its own (workerIdleMemoryLimit, jest.config.js).
  const { createStrapi } = nodeRequire('@strapi/strapi');
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist') });
  strapi.log.level = 'error';
  try {
    await strapi.load();
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    restore(saved);
    fs.rmSync(dir, { recursive: true, force: true });
    await pg?.drop().catch(() => undefined);
    throw error;
  }
  if (key && !fromTemplate) await sqliteSaveTemplate(key, strapi.db.connection);
  await strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    dir,
    stop: async () => {
      await strapi.destroy();
        restore(saved);
      fs.rmSync(dir, { recursive: true, force: true });
      await pg?.drop();
    },
  };
};

const restore = (saved: Record<string, string | undefined>) => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
};

/** Logs into the admin API and returns a JWT. */
export const adminLogin = async (url: string, email = ADMIN.email, password = ADMIN.password) => {
  const res = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body: any = await res.json();
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(body)}`);
  return body.data.token as string;
};

/** Small JSON client over fetch. */
export const http = (base: string, token?: string) => {
  const call = async (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { raw: text };
    }
    return { status: res.status, body: json };
  };
  return {
    get: (p: string, headers?: Record<string, string>) => call('GET', p, undefined, headers),
    post: (p: string, body?: unknown, headers?: Record<string, string>) => call('POST', p, body, headers),
    put: (p: string, body?: unknown, headers?: Record<string, string>) => call('PUT', p, body, headers),
    del: (p: string, headers?: Record<string, string>) => call('DELETE', p, undefined, headers),
  };
};
