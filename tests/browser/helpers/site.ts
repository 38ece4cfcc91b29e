/**
 * Boots the playground as a separate `strapi start` process (its built admin in
 * playground/dist/build, the plugin from dist/) on a free port (1350-1399 by default), with a
 * throwaway SQLite file and the loopback SMTP server, and tears it down.
 * Nothing is built here: `npm test` builds the plugin and the admin first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { ADMIN, PLAYGROUND, ROOT } from '../../helpers/strapi';
import { startSmtp, type Mailbox } from '../../helpers/smtp';
import { sqliteFromTemplate, sqliteSaveTemplateFromFile, templateKey } from '../../helpers/templates';

export { ADMIN };

export interface SiteOptions {
  /** Plugin config overrides (BRAND_COMMUNITY_CONFIG). */
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Serve the built admin (default true); API-only nodes need no admin build. */
  admin?: boolean;
}

export interface Site {
  url: string;
  port: number;
  mailbox: Mailbox;
  /** The server's stdout/stderr so far (for failure messages). */
  log: () => string;
  /** Kills the node at once (SIGKILL to its process group), as a crash would. */
  crash: () => void;
  stop: () => Promise<void>;
}

/** Each `npm test` pass that starts sites has its own 50 ports (BC_PORTS_FROM), 10 per jest worker. */
const PORTS = { from: Number(process.env.BC_PORTS_FROM ?? 1350), perWorker: 10, workers: 5 };

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/**
 * A free port in our range. Each jest worker has its own slice of the range: two workers that
 * checked the same free port at once would start two servers on it, and the one that lost the
 * bind would look healthy through the other's `/_health`.
 */
export const freePort = async () => {
  const size = PORTS.perWorker;
  const slot = (Number(process.env.JEST_WORKER_ID ?? 1) - 1) % PORTS.workers;
  const from = PORTS.from + slot * size;
  const first = process.pid % size;
  for (let i = 0; i < size; i += 1) {
    const port = from + ((first + i) % size);
    if (await portFree(port)) return port;
  }
  throw new Error(`no free port in ${from}-${from + size - 1}`);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`strapi exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`strapi did not answer /_health within ${timeoutMs} ms:\n${log()}`);
};

const killGroup = async (child: ChildProcess) => {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
};

export const startSite = async (options: SiteOptions = {}): Promise<Site> => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../../../scripts/playground').assertCompiled();
  const buildIndex = path.join(PLAYGROUND, 'dist', 'build', 'index.html');
  const admin = options.admin !== false;
  if (admin && (!fs.existsSync(buildIndex) || !fs.existsSync(path.join(ROOT, 'dist', 'admin')))) {
    throw new Error('The plugin and the playground admin are not built: run `npm test` (or `npm run build` and `npx strapi build` in playground/).');
  }
  const mailbox = await startSmtp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The first site of a kind builds its database; later ones start from a copy of it as it stood
  // once that site was up (tests/helpers/templates.ts).
  const key = templateKey({ config: options.config, env: { ...options.env, BC_SITE: admin ? 'admin' : 'api' } });
  const file = path.join(dir, 'data.db');
  const fromTemplate = key !== null && sqliteFromTemplate(`site-${key}`, file);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_FILENAME: file,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BRAND_COMMUNITY_ADMIN_EMAIL: ADMIN.email,
    BRAND_COMMUNITY_ADMIN_PASSWORD: ADMIN.password,
    BRAND_COMMUNITY_POLL_MS: '100',
    BRAND_COMMUNITY_CONFIG: JSON.stringify(options.config ?? {}),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    PLAYGROUND_SEED: 'true',
    PLAYGROUND_SERVE_ADMIN: admin ? 'true' : 'false',
    ...options.env,
  };
  const bin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  // Own process group: `kill(-pid)` stops Strapi and anything it forked.
  const child = spawn(process.execPath, [bin, 'start'], { cwd: PLAYGROUND, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const log = () => output.slice(-8_000);

  const stop = async () => {
    await killGroup(child);
    await mailbox.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, log, 90_000);
    if (key !== null && !fromTemplate) sqliteSaveTemplateFromFile(`site-${key}`, file);
  } catch (error) {
    await stop();
    throw error;
  }
  const crash = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  return { url, port, mailbox, log, stop, crash };
};
