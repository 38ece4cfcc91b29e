/** The console opens in a real browser against a booted playground. */
import type { Browser } from 'playwright-core';

import { CONSOLE, launchBrowser, loginAdmin, screenshot, unexpected, type AdminPage } from './helpers/browser';
import { startSite, type Site } from './helpers/site';

let site: Site;
let browser: Browser;
let admin: AdminPage;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  admin = await loginAdmin(browser, site.url);
}, 120_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await site?.stop();
}, 30_000);

test('the console opens with its sub-navigation and no page error', async () => {
  const { page } = admin;
  await page.goto(CONSOLE);
  const nav = page.getByRole('navigation', { name: 'Community' });
  for (const label of ['Overview', 'Deletions', 'Notified authors', 'Authors', 'Test a comment']) {
    await nav.getByRole('link', { name: label, exact: true }).waitFor();
  }
  await screenshot(page, 'console');
  expect(admin.pageErrors).toEqual([]);
  expect(unexpected(admin.consoleErrors)).toEqual([]);
}, 60_000);
