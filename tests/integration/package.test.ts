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
    for (const f of ['package.json', 'strapi-server.js', 'strapi-admin.js', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/server/index.js', 'dist/admin/index.js']) {
      expect(fs.existsSync(path.join(pkgDir, f))).toBe(true);
    }
    for (const f of ['tests', 'playground', 'server/src', 'admin/src']) {
      expect(fs.existsSync(path.join(pkgDir, f))).toBe(false);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg.strapi).toMatchObject({ kind: 'plugin', name: 'brand-community', displayName: expect.any(String), description: expect.any(String) });
    // What the registry and the Strapi Marketplace show.
    expect(pkg.name).toMatch(/^strapi-plugin-/);
    expect(pkg.license).toBe('MIT');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['strapi', 'strapi-plugin']));
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.engines?.node).toBeDefined();
    expect(pkg.peerDependencies['@strapi/strapi']).toBe('^5.0.0');
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['./strapi-server', './strapi-admin', './package.json']));
  });

  it('loads strapi-server.js and strapi-admin.js from the packed files', () => {
    // The admin bundle is made for the admin's bundler and a browser: its UI libraries (design
    // system, React…) cannot run in plain Node, so they are stood in for by an inert stub here;
    // what is checked is that the packed file itself loads and exports the plugin's lifecycle.
    const script = `
      const s = require('./strapi-server.js'); const server = s.default || s;
      const Module = require('module');
      const load = Module._load;
      const stub = new Proxy(function () { return stub; }, {
        get: (t, k) => (k === '__esModule' ? false : k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : stub),
        apply: () => stub,
        construct: () => stub,
      });
      const ui = /^(@strapi\\/(design-system|icons|strapi\\/admin|admin|content-manager)|react|react-dom|react-intl|react-query|react-router-dom|styled-components)(\\/|$)/;
      Module._load = function (request, ...rest) { return ui.test(request) ? stub : load.call(this, request, ...rest); };
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
      'access-token', 'announcement', 'announcement-delivery', 'announcement-entry', 'announcement-template', 'appeal', 'author-standing', 'claim', 'claim-link', 'claim-place', 'comment-fingerprint', 'community-rule', 'complaint-case', 'email-test', 'explanation-texts', 'fake-request', 'learned-exception', 'moderation-log', 'notification', 'reply-template', 'rescan', 'rescan-item', 'review',
    ]);
    expect(out.admin).toEqual(['bootstrap', 'register', 'registerTrads']);
  });
});
