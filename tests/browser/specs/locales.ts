/**
 * The console in Russian and Simplified Chinese: titles come from the translation files, and
 * screenshots of each page (with data, a result and an empty state) show how long text fits.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import { ROOT } from '../../helpers/strapi';
import { sameAdminIn, screenshot, visit, CONSOLE } from '../helpers/browser';
import { articles, postComment } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const messages = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'admin', 'src', 'translations', `${locale}.json`), 'utf8'));

export const locales = (shared: Shared) =>
  describe('the console in other languages', () => {
    let site: Site;
    let browser: Browser;

    beforeAll(async () => {
      ({ site, browser } = shared);
      const posts = await articles(site);
      const text = 'Я дважды оплатил заказ 5512, и никто не отвечает на письма!';
      const ivan = { authorName: 'Иван Петров', authorEmail: 'ivan@example.org' };
      expect((await postComment(site, { ...ivan, content: text, article: posts[0] })).status).toBe(201);
      expect((await postComment(site, { ...ivan, content: `${text}!!`, article: posts[1] })).status).toBe(403);
      expect((await postComment(site, { content: '你们的客服真是傻逼', authorName: '王小明', authorEmail: 'wang@example.org', article: posts[0] })).status).toBe(403);
      await site.mailbox.waitFor((m) => JSON.stringify(m.to).includes('ivan@example.org'));
    }, 60_000);

    describe.each(['ru', 'zh-Hans'])('the console in %s', (locale) => {
      const m = messages(locale);

      test('every page shows its translated title', async () => {
        // The super admin in a browser set to this locale, the admin's language chosen (no new login).
        const admin = await sameAdminIn(browser, shared.admin, locale);
        const { page } = admin;
        try {
          await page.goto(`${CONSOLE}/notifications`);
          // The other pages from the console's sub-navigation, as a moderator opens them.
          const pages: Array<[string, string, string | null]> = [
            ['notifications', m['notifications.title'], null],
            ['authors', m['authors.title'], m['nav.authors']],
            ['check', m['check.title'], m['nav.check']],
          ];
          for (const [route, title, link] of pages) {
            if (link) await page.getByRole('navigation', { name: m['plugin.name'] }).getByRole('link', { name: link, exact: true }).click();
            await page.getByRole('heading', { level: 1, name: title }).waitFor();
            if (route !== 'check') await page.locator('tbody tr').first().waitFor();
            await screenshot(page, `${route}-${locale}`);
          }

          await page.getByRole('textbox').first().fill('Доставка х.у.й.н.я полная, 你们真是傻逼');
          await page.getByRole('button', { name: m['check.submit'], exact: true }).click();
          await page.getByTestId('bc-check-result').waitFor();
          await page.getByTestId('bc-check-explanation').scrollIntoViewIfNeeded();
          await screenshot(page, `check-result-${locale}`);

          await visit(page, `${CONSOLE}/authors?q=nobody-at-all`);
          await page.getByText(m['authors.empty.filtered']).waitFor();
          await screenshot(page, `authors-empty-${locale}`);
          expect(admin.pageErrors).toEqual([]);
        } finally {
          await admin.close();
        }
      }, 120_000);
    });
  });
