/**
 * Debian's Chromium driven by playwright-core: one browser per test file, one
 * context per admin, with the page's uncaught errors and console errors kept
 * so tests can assert there were none.
 */
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** `console.error` messages (failed requests the test provoked on purpose show up here too). */
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** Opens a fresh context and logs into the admin through its login form. */
export const loginAdmin = async (
  browser: Browser,
  url: string,
  credentials: { email: string; password: string } = ADMIN,
  locale = 'en-US'
): Promise<AdminPage> => {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 }, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    if (NOISE.some((re) => re.test(where))) return;
    consoleErrors.push(where ? `${m.text()} (${where})` : m.text());
  });
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/admin/auth'), { timeout: 30_000 });
  return { page, context, pageErrors, consoleErrors, close: () => context.close() };
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
