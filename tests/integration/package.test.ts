/** `npm pack` yields a package whose strapi-server.js / strapi-admin.js load the built plugin. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT } from '../helpers/strapi';

describe('npm package', () => {
  let dir: string;
  let pkgDir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-pack-'));
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tgz).toBeDefined();
    expect(spawnSync('tar', ['xzf', path.join(dir, tgz as string), '-C', dir]).status).toBe(0);
    pkgDir = path.join(dir, 'package');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ships the entry points, the built bundles and the README, and no sources or tests', () => {
    for (const f of ['package.json', 'strapi-server.js', 'strapi-admin.js', 'README.md', 'dist/server/index.js', 'dist/admin/index.js']) {
      expect(fs.existsSync(path.join(pkgDir, f))).toBe(true);
    }
    for (const f of ['tests', 'playground', 'server/src', 'admin/src']) {
      expect(fs.existsSync(path.join(pkgDir, f))).toBe(false);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg.strapi).toMatchObject({ kind: 'plugin', name: 'brand-community' });
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['./strapi-server', './strapi-admin', './package.json']));
  });

  it('loads strapi-server.js and strapi-admin.js from the packed files', () => {
    const script = `
      const s = require('./strapi-server.js'); const server = s.default || s;
      const a = require('./strapi-admin.js'); const admin = a.default || a;
      console.log(JSON.stringify({
        server: Object.keys(server).sort(),
        contentTypes: Object.keys(server.contentTypes).sort(),
        admin: Object.keys(admin).sort(),
      }));`;
    const run = spawnSync(process.execPath, ['-e', script], {
      cwd: pkgDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.server).toEqual(
      expect.arrayContaining(['bootstrap', 'config', 'contentTypes', 'controllers', 'destroy', 'register', 'routes', 'services'])
    );
    expect(out.contentTypes).toEqual([
      'announcement', 'author-standing', 'comment-fingerprint', 'community-rule', 'moderation-log', 'notification',
    ]);
    expect(out.admin).toEqual(['register', 'registerTrads']);
  });
});
