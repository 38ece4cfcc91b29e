/** Test a comment: the verdict, the rule, the evidence in <mark>, the explanation; nothing stored. */
import type { Browser } from 'playwright-core';

import { CONSOLE, launchBrowser, loginAdmin, screenshot, unexpected, type AdminPage } from './helpers/browser';
import { superAdmin } from './helpers/data';
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

const test_ = async (text: string) => {
  const { page } = admin;
  await page.getByLabel('Comment').fill(text);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  const result = page.getByTestId('bc-check-result');
  // Wait for the answer to this text (the previous result is replaced).
  await result.getByTestId('bc-evidence-text').or(result.getByText('Nothing found')).first().waitFor();
  return result;
};

test('shows the verdict, the rule, the evidence highlighted and the explanation, and stores nothing', async () => {
  const { page } = admin;
  const api = await superAdmin(site);
  const logsBefore = (await api.get('/brand-community/logs?pageSize=1')).body.meta.pagination.total;
  const commentsBefore = (await api.get('/content-manager/collection-types/api::comment.comment?pageSize=1')).body.pagination.total;

  await page.goto(CONSOLE);
  await page.getByRole('navigation', { name: 'Community' }).getByRole('link', { name: 'Test a comment' }).click();
  await page.waitForURL(/\/check$/);
  await page.getByTestId('bc-check-not-stored').waitFor();

  const result = await test_('Your support is f u c k i n g useless');
  expect(await result.getByTestId('bc-check-verdict').textContent()).toBe('Removed');
  await result.getByText('Obscenity or insult', { exact: true }).waitFor();
  await result.getByText(/^Rule 1: /).first().waitFor();
  const marks = await result.locator('mark').allTextContents();
  expect(marks.join('|')).toMatch(/f u c k i n g/);
  const explanation = result.getByTestId('bc-check-explanation');
  expect(await explanation.textContent()).toContain('Your comment was removed');
  await result.getByText('Evidence', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'check');

  const clean = await test_('Where is my order #48213? It was due on Monday.');
  expect(await clean.getByTestId('bc-check-verdict').textContent()).toBe('Accepted');

  expect((await api.get('/brand-community/logs?pageSize=1')).body.meta.pagination.total).toBe(logsBefore);
  const commentsAfter = (await api.get('/content-manager/collection-types/api::comment.comment?pageSize=1')).body.pagination.total;
  expect(commentsAfter).toBe(commentsBefore);
  expect(site.mailbox.messages).toHaveLength(0);
  expect(admin.pageErrors).toEqual([]);
  expect(unexpected(admin.consoleErrors)).toEqual([]);
}, 90_000);

test('a comment with markup is shown as text', async () => {
  const { page } = admin;
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  const result = await test_(`f.u.c.k this ${markup} shop`);
  expect(await result.getByTestId('bc-evidence-text').textContent()).toContain(markup);
  await result.getByText(markup, { exact: false }).first().waitFor();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(alerts).toEqual([]);
  await screenshot(page, 'check-markup');
}, 60_000);
