/**
 * Replies: the templates of each language and the composer's live tone check — a condescending
 * reply gets its spans in <mark> with the explanation, in English and in a Russian console;
 * a template reads clean; markup stays text; the page is only for admins with replies.write.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { ROOT } from '../../helpers/strapi';
import { consoleLink, loginAdmin, openConsole, sameAdminIn, screenshot, unexpected, CONSOLE, type AdminPage, watchDialogs } from '../helpers/browser';
import { createRestrictedAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const messages = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'admin', 'src', 'translations', `${locale}.json`), 'utf8'));

/**
 * Types a reply the check flags into the composer and waits for the advice on exactly that text
 * (the advice on the text before it, flagged or clean, may still be on screen for a moment).
 */
const write = async (page: Page, label: string, text: string) => {
  const box = page.getByRole('textbox', { name: label });
  await box.fill(text);
  const composer = page.getByTestId('bc-reply-composer');
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="bc-reply-composer"] [data-testid="bc-tone-text"]')?.textContent === t,
    text
  );
  return composer;
};

export const replies = (shared: Shared) =>
  describe('Replies', () => {
    let site: Site, browser: Browser, admin: AdminPage;

    beforeAll(() => ({ site, browser, admin } = shared.spec()));

    test('a condescending reply is flagged with its spans marked and explained; a template reads clean', async () => {
      const { page } = admin;
      const dialogs = watchDialogs(page);
      try {
        await consoleLink(page, 'Replies');
        await page.waitForURL(/\/replies$/);
        await page.getByRole('heading', { level: 1, name: 'Replies' }).waitFor();
        await page.getByTestId('bc-template-row').first().waitFor();
        expect(await page.getByTestId('bc-template-row').count()).toBe(6);
        // Each row's button fits on a 1440 px screen.
        for (const button of await page.getByTestId('bc-template-row').getByRole('button', { name: 'Try it' }).all()) {
          const box = await button.boundingBox();
          expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
        }

        const composer = await write(page, 'Reply', 'As we already wrote, you should have read the FAQ before ordering.');
        expect(await composer.locator('mark').allTextContents()).toEqual(['As we already wrote', 'you should have read']);
        await composer.getByText('Pointing out that it was already said makes the reader feel slow', { exact: false }).waitFor();
        expect(await composer.getByTestId('bc-tone-flag').count()).toBe(2);
        await composer.getByText('This is advice', { exact: false }).waitFor();
        await screenshot(page, 'replies-flagged');

        // A template, filled with the sample name, passes the check.
        await page.getByTestId('bc-template-row').filter({ hasText: 'Request for order details' }).getByRole('button', { name: 'Try it' }).click();
        await composer.getByTestId('bc-tone-clean').waitFor();
        expect(await page.getByRole('textbox', { name: 'Reply' }).inputValue()).toMatch(/^Hello Anna,/);
        await composer.getByText('Still to fill in', { exact: false }).waitFor();

        // Markup in a reply is text, never HTML.
        const markup = '<img src=x onerror=alert(1)>';
        const flagged = await write(page, 'Reply', `Sure ${markup} lol`);
        expect(await flagged.locator('mark').allTextContents()).toEqual(['lol']);
        expect(await flagged.getByTestId('bc-tone-text').textContent()).toContain(markup);
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(dialogs.opened).toEqual([]);
        expect(admin.pageErrors).toEqual([]);
        expect(unexpected(admin.consoleErrors)).toEqual([]);
      } finally {
        dialogs.stop();
      }
    }, 120_000);

    test('in a Russian console, a Russian reply is flagged with the explanation in Russian', async () => {
      const m = messages('ru');
      const ru = await sameAdminIn(browser, admin, 'ru');
      const { page } = ru;
      try {
        await page.goto(`${CONSOLE}/replies`);
        await page.getByRole('heading', { level: 1, name: m['replies.title'] }).waitFor();
        await page.getByTestId('bc-template-row').filter({ hasText: 'Запрос данных заказа' }).waitFor();
        await page.getByRole('navigation').getByRole('link', { name: m['nav.replies'] }).waitFor();
        const tryIt = await page.getByRole('button', { name: m['replies.table.try'] }).first().boundingBox();
        expect(tryIt && tryIt.x + tryIt.width).toBeLessThanOrEqual(1440);
        const composer = await write(page, m['replies.text.label'], 'Как мы уже писали, вам следовало прочитать условия. Ахаха');
        expect(await composer.locator('mark').allTextContents()).toEqual(['Как мы уже писали', 'вам следовало прочитать', 'Ахаха']);
        await composer.getByText(m['replies.rule.condescension.already-said'], { exact: false }).waitFor();
        await composer.getByText(m['replies.rule.humor.laughter'], { exact: false }).waitFor();
        await composer.getByText(m['replies.kind.condescension'], { exact: true }).first().waitFor();
        await screenshot(page, 'replies-flagged-ru');
        expect(ru.pageErrors).toEqual([]);
      } finally {
        await ru.close();
      }
    }, 120_000);

    test('an admin without replies.write sees no Replies link and cannot open the page', async () => {
      const limited = await createRestrictedAdmin(site, ['logs.read'], 'no-replies@example-shop.com');
      const other = await loginAdmin(browser, site.url, limited);
      const { page } = other;
      try {
        await openConsole(page);
        const nav = page.getByRole('navigation', { name: 'Community' });
        await nav.getByRole('link', { name: 'Overview' }).waitFor();
        expect(await nav.getByRole('link', { name: 'Replies' }).count()).toBe(0);
        // Typed into the address bar: a full load of the page's URL.
        await page.goto(`${CONSOLE}/replies`);
        await page.getByText(/don't have the permissions|do not have the permissions/i).first().waitFor();
        expect(await page.getByTestId('bc-reply-composer').count()).toBe(0);
      } finally {
        await other.close();
      }
    }, 120_000);
  });
