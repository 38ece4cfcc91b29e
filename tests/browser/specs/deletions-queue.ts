/**
 * Deletions, the review queue (reading it): the list, filters and search, the detail with its
 * evidence in <mark>, j/k, markup shown as text; an admin without `logs.restore` gets no Restore
 * button and a 403. Expects exactly the review scenario's entries (helpers/review.ts), none reviewed.
 */
import type { Browser } from 'playwright-core';

import { http } from '../../helpers/strapi';
import { consoleLink, loginAdmin, screenshot, visit, type AdminPage, watchDialogs } from '../helpers/browser';
import { createRestrictedAdmin, eventually } from '../helpers/data';
import { COMMENTS, entryOf, XSS } from '../helpers/review';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';
import { expectClean, DELETIONS, rowsOf, rowWith, texts } from './deletions';

export const deletionsQueue = (shared: Shared) =>
  describe('Deletions: the queue', () => {
    let site: Site, browser: Browser, admin: AdminPage;

    beforeAll(() => ({ site, browser, admin } = shared.spec()));

    const clean = () => expectClean(admin);

    test('lists every removed and held comment, newest first', async () => {
      const { page } = admin;
      // The list unfiltered, opened for the first time in this admin: nothing cached to show first.
      await consoleLink(page, 'Deletions');
      await rowsOf(page).first().waitFor();
      expect(await rowsOf(page).count()).toBe(5);
      const all = await texts(page);
      for (const c of Object.values(COMMENTS)) expect(all).toContain(c.authorName);
      // Newest first: the markup comment was posted last, the obscene one first.
      expect(await rowsOf(page).first().textContent()).toContain('Eve');
      expect(await rowsOf(page).last().textContent()).toContain('Bob');
      await page.getByText('5 entries match').waitFor();
      await screenshot(page, 'deletions');
      clean();
    }, 60_000);

    test('the category filter and the text search narrow the list, and live in the URL', async () => {
      const { page } = admin;
      await visit(page, DELETIONS);
      await rowsOf(page).first().waitFor();
      await page.getByRole('combobox', { name: 'Category' }).click();
      await page.getByRole('option', { name: 'Advertising' }).click();
      await page.waitForURL(/[?&]category=advertising/);
      // The advertisement (removed) and the bare contact (held): both are the advertising detector's.
      await eventually(() => rowsOf(page).count(), (n) => n === 2);
      let all = await texts(page);
      expect(all).toContain('Promo');
      expect(all).toContain('Carl');
      expect(all).not.toContain('Bob');
      await screenshot(page, 'deletions-filtered');

      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await page.waitForURL((u) => !u.searchParams.has('category'));
      await eventually(() => rowsOf(page).count(), (n) => n === 5);

      const search = page.getByRole('searchbox').or(page.locator('input[name="q"]')).first();
      await search.fill('useless');
      await search.press('Enter');
      await page.waitForURL(/[?&]q=useless/);
      await eventually(() => rowsOf(page).count(), (n) => n === 1);
      expect(await rowsOf(page).first().textContent()).toContain('Bob');

      // Reloading the URL gives the same list.
      await page.reload();
      await eventually(() => rowsOf(page).count(), (n) => n === 1);
      all = await texts(page);
      expect(all).toContain('f u c k i n g');
      clean();
    }, 60_000);

    test('the detail highlights each piece of evidence in a <mark> whose text is the offending part', async () => {
      const { page } = admin;
      const entry = await entryOf(site, 'obscene');
      await visit(page, DELETIONS);
      // The searched list (Bob's row alone) stays until the whole list is there.
      await eventually(() => rowsOf(page).count(), (n) => n === 5);
      await rowWith(page, 'Bob').click();
      await page.waitForURL(new RegExp(`[?&]id=${entry.documentId}`));
      const dialog = page.getByTestId('bc-deletion-detail');
      const text = dialog.getByTestId('bc-evidence-text');
      await text.waitFor();
      expect(await text.textContent()).toBe(COMMENTS.obscene.content);
      const marks = (await text.locator('mark').allTextContents()).map((m) => m.trim());
      expect(marks.length).toBeGreaterThan(0);
      expect(marks).toContain('f u c k i n g');
      // Every mark is exactly a piece of evidence at its offsets.
      const expected = entry.evidence.map((e) => entry.originalText.slice(e.start, e.end).trim());
      for (const m of marks) expect(expected).toContain(m);
      await dialog.getByText('Not banned').waitFor();
      await screenshot(page, 'deletions-detail');

      // The open entry is part of the URL: a reload shows it again.
      await page.reload();
      await page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text').waitFor();
      clean();
    }, 60_000);

    test('markup in a comment renders as text in the list and the detail', async () => {
      const { page } = admin;
      const dialogs = watchDialogs(page);
      try {
        const entry = await entryOf(site, 'markup');
        // From the obscene comment's detail to this one's.
        await visit(page, `${DELETIONS}?id=${entry.documentId}`);
        const text = page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text');
        await eventually(() => text.textContent(), (t) => t === COMMENTS.markup.content);
        expect(await text.textContent()).toBe(COMMENTS.markup.content);
        expect(await text.textContent()).toContain(XSS);
        expect(await text.locator('mark').count()).toBeGreaterThan(0);
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(await page.getByTestId('bc-deletion-detail').locator('img').count()).toBe(0);
        expect(await rowWith(page, 'Eve').textContent()).toContain(XSS);
        await screenshot(page, 'deletions-markup');
        expect(dialogs.opened).toEqual([]);
        clean();
      } finally {
        dialogs.stop();
      }
    }, 60_000);

    test('j and k move the selection in the list, and through the entries when one is open', async () => {
      const { page } = admin;
      // Close the detail and come back to the queue from another page: the list starts afresh.
      await page.keyboard.press('Escape');
      await page.waitForURL((u) => !u.searchParams.has('id'));
      await consoleLink(page, 'Test a comment');
      await page.waitForURL(/\/check$/);
      await consoleLink(page, 'Deletions');
      await rowsOf(page).first().waitFor();
      const selectedIndex = async () => {
        const flags = await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-selected')));
        return flags.indexOf('true');
      };
      expect(await selectedIndex()).toBe(0);
      await page.getByRole('heading', { name: 'Deletions', level: 1 }).click();
      await page.keyboard.press('j');
      await eventually(selectedIndex, (i) => i === 1);
      await page.keyboard.press('j');
      await eventually(selectedIndex, (i) => i === 2);
      await page.keyboard.press('k');
      await eventually(selectedIndex, (i) => i === 1);

      // With the detail open, j opens the next entry (the URL follows).
      const ids = await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));
      await rowsOf(page).nth(1).click();
      await page.waitForURL(new RegExp(`[?&]id=${ids[1]}`));
      await page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text').waitFor();
      await page.keyboard.press('j');
      await page.waitForURL(new RegExp(`[?&]id=${ids[2]}`));
      await page.getByTestId('bc-deletion-detail').getByText('3 of 5 on this page').waitFor();
      clean();
    }, 60_000);

    test('an admin whose role lacks logs.restore sees no Restore button, and the API answers 403', async () => {
      const limited = await createRestrictedAdmin(site, ['logs.read', 'logs.review'], 'reviewer@example-shop.com');
      const entry = await entryOf(site, 'ad');
      const refused = await http(site.url, limited.jwt).post(`/brand-community/logs/${entry.documentId}/restore`);
      expect(refused.status).toBe(403);
      const bulk = await http(site.url, limited.jwt).post('/brand-community/logs/bulk', { action: 'restore', ids: [entry.documentId] });
      expect(bulk.status).toBe(403);

      const other = await loginAdmin(browser, site.url, limited);
      try {
        await visit(other.page, `${DELETIONS}?id=${entry.documentId}`);
        const dialog = other.page.getByTestId('bc-deletion-detail');
        await dialog.getByTestId('bc-evidence-text').waitFor();
        // Confirming is allowed, restoring is not.
        await dialog.getByRole('button', { name: 'Confirm (c)' }).waitFor();
        expect(await dialog.getByRole('button', { name: /Restore/ }).count()).toBe(0);
        await screenshot(other.page, 'deletions-limited');
        await other.page.keyboard.press('Escape');
        await other.page.waitForURL((u) => !u.searchParams.has('id'));
        // Nor in the bulk bar.
        await rowWith(other.page, 'Promo').getByRole('checkbox').check();
        await other.page.getByRole('button', { name: /^Confirm \(1\)$/ }).waitFor();
        expect(await other.page.getByRole('button', { name: /^Restore \(/ }).count()).toBe(0);
        // `r` does nothing either.
        await rowsOf(other.page).first().click();
        await dialog.getByTestId('bc-evidence-text').waitFor();
        await other.page.keyboard.press('r');
        await other.page.waitForTimeout(300);
        expect(await other.page.getByRole('alertdialog').count()).toBe(0);
        expect(other.pageErrors).toEqual([]);
      } finally {
        await other.close();
      }
      // Nothing was restored.
      expect((await entryOf(site, 'ad')).review).toBeNull();
    }, 90_000);
  });
