/**
 * One site, one Chromium and one super-admin login for every spec of a test file: a browser
 * file's fixed cost (a site boot, jest, Chromium, the login: ~25 CPU-s) is paid once. The test
 * file (`tests/browser/*.test.ts`) calls `shareSite`, then registers its specs
 * (`tests/browser/specs/*.ts`, which jest does not run by themselves) in the order they run: each
 * spec's own data is posted in its describe's `beforeAll`, when the specs before it are done.
 */
import type { Browser } from 'playwright-core';

import { launchBrowser, loginAdmin, since, type AdminPage } from './browser';
import { startSite, type Site, type SiteOptions } from './site';

export interface Shared {
  site: Site;
  browser: Browser;
  /** The super admin's page, logged in once (every error since the login). */
  admin: AdminPage;
  /**
   * The super admin's page with only the errors from now on, for a spec's own assertions (the
   * first spec's view also answers for the login).
   */
  view: () => AdminPage;
  /** What a spec works with: the site, the browser, and its own view of the super admin's page. */
  spec: () => { site: Site; browser: Browser; admin: AdminPage };
}

/** A spec: registers its describe block against the file's shared site. */
export type Spec = (shared: Shared) => void;

export const shareSite = (options: () => SiteOptions = () => ({})): Shared => {
  let viewed = false;
  const shared = {
    view: () => {
      const view = viewed ? since(shared.admin) : since(shared.admin, { page: 0, console: 0 });
      viewed = true;
      return view;
    },
    spec: () => ({ site: shared.site, browser: shared.browser, admin: shared.view() }),
  } as Shared;

  beforeAll(async () => {
    const [site, browser] = await Promise.allSettled([startSite(options()), launchBrowser()]);
    if (site.status === 'fulfilled') shared.site = site.value;
    if (browser.status === 'fulfilled') shared.browser = browser.value;
    if (site.status === 'rejected') throw site.reason;
    if (browser.status === 'rejected') throw browser.reason;
    shared.admin = await loginAdmin(shared.browser, shared.site.url);
  }, 150_000);

  afterAll(async () => {
    await shared.admin?.close();
    await shared.browser?.close();
    await shared.site?.stop();
  }, 30_000);

  return shared;
};
