/**
 * A site owner's first hour, done as the owner does it: a new Strapi site from `create-strapi-app`
 * (the Strapi version we pin, TypeScript, SQLite, no example), the plugin installed from the
 * tarball `npm pack` makes, an article and a comment type added, `config/plugins.ts` written as
 * the README shows, the site booted, the Public role allowed to create comments (the one hand
 * step), then: an obscene comment is refused citing a starter rule, a clean one is kept, and the
 * public rules endpoint answers without any permission granted for it.
 *
 * Slow (an npm install of a whole site): `npm test` runs it in CI, or with BC_OWNER_TEST=true.
 * BC_OWNER_SITE=/path reuses a site made earlier (with the plugin installed) instead of making one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { readmePluginsConfig, SITE_FILES } from './site-files';

const ROOT = path.resolve(__dirname, '..', '..');
const STRAPI_VERSION: string = require(path.join(ROOT, 'package.json')).devDependencies['@strapi/strapi'];

const sh = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', CI: 'true', npm_config_update_notifier: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const json = async (url: string, init: RequestInit = {}, token?: string) => {
  const res = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
};

/**
 * An owner's `npm install` downloads better-sqlite3's prebuilt binary from its GitHub releases. This
 * machine reaches only the npm registry, so the install would compile it from source (two CPU
 * minutes); when the site wants the version this repository's install built, it gets that binary
 * as a local prebuilt instead (prebuild-install's `local_prebuilds`). Any other version compiles.
 */
const prebuiltSqlite = (site: string, work: string): Record<string, string> => {
  const wanted = JSON.parse(fs.readFileSync(path.join(site, 'package.json'), 'utf8')).dependencies?.['better-sqlite3'];
  const ours = path.join(ROOT, 'node_modules', 'better-sqlite3');
  const binary = path.join(ours, 'build', 'Release', 'better_sqlite3.node');
  if (!wanted || !fs.existsSync(binary) || require(path.join(ours, 'package.json')).version !== wanted) return {};
  const dir = path.join(work, 'prebuilds');
  fs.mkdirSync(dir, { recursive: true });
  const name = `better-sqlite3-v${wanted}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  sh('tar', ['-czf', path.join(dir, name), '-C', ours, 'build/Release/better_sqlite3.node'], ROOT);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
};

describe('a new Strapi site with the packed plugin, set up as the README says', () => {
  const reuse = process.env.BC_OWNER_SITE;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-owner-'));
  const site = reuse ?? path.join(work, 'site');
  let server: ChildProcess | null = null;
  let log = '';
  let url = '';
  let admin = '';

  /** The site as `create-strapi-app` makes it, with the plugin as it would be published (dist/ is built before). */
  const makeSite = () => {
    const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], ROOT))[0].filename as string;
    const tarball = path.join(work, path.basename(packed));
    sh(
      'npx',
      [
        '--yes',
        `create-strapi-app@${STRAPI_VERSION}`,
        site,
        '--ts',
        '--no-example',
        '--skip-cloud',
        '--use-npm',
        '--no-install',
        '--no-git-init',
        '--no-run',
        '--dbclient',
        'sqlite',
        '--dbfile',
        '.tmp/data.db',
        '--non-interactive',
      ],
      work
    );
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], site, prebuiltSqlite(site, work));
  };

  beforeAll(async () => {
    if (reuse) fs.rmSync(path.join(site, '.tmp'), { recursive: true, force: true });
    else makeSite();
    for (const [file, text] of Object.entries(SITE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    }
    fs.writeFileSync(path.join(site, 'config', 'plugins.ts'), readmePluginsConfig(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')));

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // `strapi develop` compiles the TypeScript site; the admin panel is not needed to test the API.
    server = spawn('npx', ['strapi', 'develop', '--no-watch-admin', '--no-build-admin'], {
      cwd: site,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' },
      detached: true,
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the site stopped while booting:\n${log}`);
      if (Date.now() > deadline) throw new Error(`the site did not answer in 4 minutes:\n${log}`);
      try {
        if ((await fetch(`${url}/_health`)).status === 204) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }

    // The first admin, as the owner registers it in the browser.
    const registered = await json(`${url}/admin/register-admin`, {
      method: 'POST',
      body: JSON.stringify({ firstname: 'Site', lastname: 'Owner', email: 'owner@example.org', password: 'Owner-Password-1' }),
    });
    expect(registered.status).toBe(200);
    admin = registered.body.data.token;

    // The one hand step the README names: Public may create comments (Users & Permissions).
    const roles = await json(`${url}/users-permissions/roles`, {}, admin);
    const publicRole = roles.body.roles.find((r: { type: string }) => r.type === 'public');
    const granted = await json(
      `${url}/users-permissions/roles/${publicRole.id}`,
      {
        method: 'PUT',
        body: JSON.stringify({
          name: publicRole.name,
          description: publicRole.description,
          permissions: {
            'api::article': { controllers: { article: { find: { enabled: true } } } },
            'api::comment': { controllers: { comment: { create: { enabled: true } } } },
          },
        }),
      },
      admin
    );
    expect(granted.status).toBe(200);
  }, 900_000);

  afterAll(() => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  const article = async () => {
    const created = await json(
      `${url}/content-manager/collection-types/api::article.article`,
      { method: 'POST', body: JSON.stringify({ title: 'Planned maintenance on Saturday' }) },
      admin
    );
    expect(created.status).toBe(201);
    return created.body.data.documentId as string;
  };

  it('refuses an obscene comment citing a starter rule, keeps a clean one, and says why at boot', async () => {
    const documentId = await article();
    const refused = await json(`${url}/api/comments`, {
      method: 'POST',
      body: JSON.stringify({
        data: { content: 'You are all f*cking clowns', authorName: 'Troll', authorEmail: 'troll@example.org', article: documentId },
      }),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toEqual({ code: 'COMMENT_REMOVED', rule: { number: 1, title: 'No obscenity or insults' } });

    const kept = await json(`${url}/api/comments`, {
      method: 'POST',
      body: JSON.stringify({
        data: { content: 'Thanks for the early warning!', authorName: 'Ann', authorEmail: 'ann@example.org', article: documentId },
      }),
    });
    expect(kept.status).toBe(201);
    expect(kept.body.data.content).toBe('Thanks for the early warning!');

    // The first boot said what it made, and warned about nothing the README's setup covers.
    expect(log).toContain('Created 3 starter community rules (published)');
    expect(log).not.toMatch(/No `targets` configured|No published community rule covers/);
  });

  it('serves the published starter rules to anonymous visitors with no permission granted for them', async () => {
    const rules = await json(`${url}/api/brand-community/rules`);
    expect(rules.status).toBe(200);
    expect(rules.body.data.map((r: { number: number }) => r.number)).toEqual([1, 2, 3]);
    // Everything else of the plugin stays closed to them.
    expect((await json(`${url}/brand-community/logs`)).status).toBe(401);
  });
});
