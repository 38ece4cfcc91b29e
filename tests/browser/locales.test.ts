/**
 * The console in Russian and Simplified Chinese: titles come from the translation files, and
 * screenshots of each page (with data, a result and an empty state) show how long text fits.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import { ROOT } from '../helpers/strapi';
import { CONSOLE, launchBrowser, loginAdmin, screenshot } from './helpers/browser';
import { articles, postComment } from './helpers/data';
import { startSite, type Site } from './helpers/site';

let site: Site;
let browser: Browser;

const messages = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'admin', 'src', 'translations', `${locale}.json`), 'utf8'));

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  const posts = await articles(site);
  const text = 'Я дважды оплатил заказ 5512, и никто не отвечает на письма!';
  const ivan = { authorName: 'Иван Петров', authorEmail: 'ivan@example.org' };
  expect((await postComment(site, { ...ivan, content: text, article: posts[0] })).status).toBe(201);
  expect((await postComment(site, { ...ivan, content: `${text}!!`, article: posts[1] })).status).toBe(403);
  expect((await postComment(site, { content: '你们的客服真是傻逼', authorName: '王小明', authorEmail: 'wang@example.org', article: posts[0] })).status).toBe(403);
  await site.mailbox.waitFor((m) => JSON.stringify(m.to).includes('ivan@example.org'));
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
}, 30_000);

describe.each(['ru', 'zh-Hans'])('the console in %s', (locale) => {
  const m = messages(locale);

  test('every page shows its translated title', async () => {
    const admin = await loginAdmin(browser, site.url, undefined, locale);
    const { page } = admin;
    try {
      await page.evaluate((l) => localStorage.setItem('strapi-admin-language', l), locale);
      const pages: Array<[string, string]> = [
        ['notifications', m['notifications.title']],
        ['authors', m['authors.title']],
        ['check', m['check.title']],
      ];
      for (const [route, title] of pages) {
        await page.goto(`${CONSOLE}/${route}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        if (route !== 'check') await page.locator('tbody tr').first().waitFor();
        await screenshot(page, `${route}-${locale}`);
      }

      await page.getByRole('textbox').first().fill('Доставка х.у.й.н.я полная, 你们真是傻逼');
      await page.getByRole('button', { name: m['check.submit'], exact: true }).click();
      await page.getByTestId('bc-check-result').waitFor();
      await page.getByTestId('bc-check-explanation').scrollIntoViewIfNeeded();
      await screenshot(page, `check-result-${locale}`);

      await page.goto(`${CONSOLE}/authors?q=nobody-at-all`);
      await page.getByText(m['authors.empty.filtered']).waitFor();
      await screenshot(page, `authors-empty-${locale}`);
      expect(admin.pageErrors).toEqual([]);
    } finally {
      await admin.close();
    }
  }, 120_000);
});
