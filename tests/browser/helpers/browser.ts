/**
 * Debian's Chromium driven by playwright-core: one browser per test file, one
 * context per admin, with the page's uncaught errors and console errors kept
 * so tests can assert there were none.
 */
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type Dialog, type Page, type Request } from 'playwright-core';

import { ADMIN } from './site';

export const SCREENSHOTS = path.join(__dirname, '..', '.screenshots');
export const CONSOLE = '/admin/plugins/brand-community';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Console errors that are the site's, not the console's: the playground has no favicon (500),
 * and the admin's home page and banners load resources from the internet (unreachable here).
 */
const NOISE = [/\/favicon\.ico$/, /^https?:\/\/(?!127\.0\.0\.1|localhost)/];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, headless: true });

export interface AdminPage {
  page: Page;
  context: BrowserContext;
  /** The site's address (the context's baseURL). */
  url: string;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** `console.error` messages (failed requests the test provoked on purpose show up here too). */
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** The API requests each admin page has in flight (see `settled`). */
const inFlight = new WeakMap<Page, Set<Request>>();

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A new context and page on the site, its errors collected. */
const openContext = async (browser: Browser, url: string, locale: string, storageState?: StorageState): Promise<AdminPage> => {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 }, locale, reducedMotion: 'reduce', storageState });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    if (NOISE.some((re) => re.test(where))) return;
    consoleErrors.push(where ? `${m.text()} (${where})` : m.text());
  });
  return { page, context, url, pageErrors, consoleErrors, close: () => context.close() };
};

/** Opens a fresh context and logs into the admin through its login form. */
export const loginAdmin = async (
  browser: Browser,
  url: string,
  credentials: { email: string; password: string } = ADMIN,
  locale = 'en-US'
): Promise<AdminPage> => {
  const admin = await openContext(browser, url, locale);
  const { page } = admin;
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/admin/auth'), { timeout: 30_000 });
  return admin;
};

/**
 * Another context signed in as the same admin, without the login form (the admin's cookies and
 * storage copied: the admin's login route is rate-limited, and each login loads the admin twice), in
 * another browser locale with the admin's interface language set (`strapi-admin-language`), as if
 * chosen before. Not for the language an admin's profile sets: that one applies when the admin logs in.
 * Its page is blank: the first `goto` loads the admin.
 */
export const sameAdminIn = async (browser: Browser, admin: AdminPage, locale: string, language = locale): Promise<AdminPage> => {
  const state = await admin.context.storageState();
  const origin = new URL(admin.url).origin;
  const others = state.origins.filter((o) => o.origin !== origin);
  const mine = state.origins.find((o) => o.origin === origin)?.localStorage ?? [];
  const localStorage = [...mine.filter((e) => e.name !== 'strapi-admin-language'), { name: 'strapi-admin-language', value: language }];
  return openContext(browser, admin.url, locale, { cookies: state.cookies, origins: [...others, { origin, localStorage }] });
};

/**
 * The same admin page, with only the errors from now on: specs sharing one page (tests/browser/helpers/shared.ts)
 * each assert on their own.
 */
export const since = (admin: AdminPage, from = { page: admin.pageErrors.length, console: admin.consoleErrors.length }): AdminPage => ({
  page: admin.page,
  context: admin.context,
  url: admin.url,
  get pageErrors() {
    return admin.pageErrors.slice(from.page);
  },
  get consoleErrors() {
    return admin.consoleErrors.slice(from.console);
  },
  close: admin.close,
});

/**
 * Waits until the page has no API request in flight (none at two looks 100 ms apart). Leaving a page
 * inside the admin cancels the requests it still waits for, and react-query logs each cancelled one
 * as a console error (`AbortError`); a full load, as the tests used to do, drops them silently.
 */
export const settled = async (page: Page, timeoutMs = 15_000) => {
  const pending = inFlight.get(page);
  if (!pending) return;
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...pending].map((r) => r.url()).join(', ')}`);
    quiet = pending.size === 0 ? quiet + 1 : 0;
    if (quiet < 2) await new Promise((r) => setTimeout(r, 100));
  }
};

/**
 * Opens an admin URL inside the running admin (history.pushState and a popstate event, which the
 * admin's router follows), as its own links do: a full load costs the 5.7 MB admin bundle again
 * (~1.3 CPU-s in Chromium, ~2.7 s). A page not showing the admin yet is loaded with `goto`. Throws
 * if the page was reloaded after all. Pages revisited this way may show what they showed before
 * for a moment (react-query refetches): wait for the state you assert, not for the first row.
 */
export const visit = async (page: Page, url: string) => {
  const here = new URL(page.url());
  if (!here.pathname.startsWith('/admin') || here.pathname.startsWith('/admin/auth')) {
    await page.goto(url);
    return;
  }
  const target = new URL(url, here).toString();
  await settled(page);
  await page.evaluate((to) => {
    (window as unknown as { bcNoReload: boolean }).bcNoReload = true;
    const idx = ((window.history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    window.history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx }, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, target);
  await page.waitForURL(target);
  if (!(await page.evaluate(() => (window as unknown as { bcNoReload?: boolean }).bcNoReload === true))) {
    throw new Error(`visit(${url}) reloaded the page`);
  }
};

/** Opens the console from the admin's main navigation (its "Community" link), as a moderator does. */
export const openConsole = async (page: Page) => {
  await settled(page);
  // The admin's main navigation has no name of its own: it is the one with the Home link.
  const main = page.getByRole('navigation').filter({ has: page.getByRole('link', { name: 'Home', exact: true }) });
  await main.getByRole('link', { name: 'Community', exact: true }).click();
  await page.waitForURL((u) => u.pathname.startsWith(CONSOLE));
};

/** Opens a console page from its sub-navigation link (through the main navigation when the console is not open). */
export const consoleLink = async (page: Page, label: string) => {
  if (!new URL(page.url()).pathname.startsWith(CONSOLE)) await openConsole(page);
  await settled(page);
  await page.getByRole('navigation', { name: 'Community' }).getByRole('link', { name: label, exact: true }).click();
};

/** Saves a full-page screenshot under tests/browser/.screenshots/ (git-ignored) and returns its path. */
export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Dialogs fade in and out: finish animations so the picture shows the settled page.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
};

/** Console errors other than the ones a test expects (e.g. a 403 it provoked). */
export const unexpected = (errors: string[], allowed: RegExp[] = []) =>
  errors.filter((e) => !allowed.some((re) => re.test(e)));

/**
 * Records every alert, confirm or prompt the page opens (each dismissed) until `stop()`: a page
 * showing markup as text opens none, so a test expects `opened` to stay empty.
 */
export const watchDialogs = (page: Page) => {
  const opened: string[] = [];
  const on = (d: Dialog) => {
    opened.push(d.message());
    void d.dismiss();
  };
  page.on('dialog', on);
  return { opened, stop: () => page.off('dialog', on) };
};
