/**
 * Deletions, the review queue (acting on it): restore (back in the Content Manager and over REST
 * byte for byte), approve a held comment, bulk confirm, a comment's own actions (case, suspected
 * fake); an admin without them gets none. Runs after ./deletions-queue.ts on the review scenario.
 */
import type { Browser, Page } from 'playwright-core';

import { http } from '../../helpers/strapi';
import { loginAdmin, screenshot, unexpected, visit, type AdminPage } from '../helpers/browser';
import { createRestrictedAdmin, eventually } from '../helpers/data';
import { adminApi, COMMENTS, entryOf } from '../helpers/review';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';
import { CM_NOISE, expectClean, DELETIONS, rowsOf, rowWith, shownIds } from './deletions';

export const deletionsReview = (shared: Shared) =>
  describe('Deletions: reviewing', () => {
    let site: Site, browser: Browser, admin: AdminPage;

    beforeAll(() => ({ site, browser, admin } = shared.spec()));

    const clean = () => expectClean(admin);

    /**
     * Opens the queue filtered by `query` inside the admin and waits until it lists exactly what the
     * API lists for it (the list shown before stays on screen until the new one arrives).
     */
    const showQueue = async (page: Page, query: string) => {
      await visit(page, `${DELETIONS}?${query}`);
      const api = await adminApi(site);
      const listed = (await api.get(`/brand-community/logs?${query}`)).body.data.map((e: { documentId: string }) => e.documentId);
      expect(listed.length).toBeGreaterThan(0);
      await eventually(() => shownIds(page), (ids) => JSON.stringify([...ids].sort()) === JSON.stringify([...listed].sort()));
    };

    test('restore asks first, and the comment is back over REST byte for byte and in the Content Manager', async () => {
      const { page } = admin;
      const entry = await entryOf(site, 'obscene');
      await visit(page, `${DELETIONS}?id=${entry.documentId}`);
      const dialog = page.getByTestId('bc-deletion-detail');
      // From the entry the previous spec left open to this one.
      await eventually(() => dialog.getByTestId('bc-evidence-text').textContent(), (t) => t === COMMENTS.obscene.content);
      await dialog.getByRole('button', { name: 'Restore (r)' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByText('The comment will be published again exactly as it was submitted.').waitFor();
      await confirm.getByText(COMMENTS.obscene.content, { exact: false }).waitFor();
      await screenshot(page, 'deletions-restore');
      await confirm.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByText('The comment is back, exactly as it was submitted.').waitFor();

      const api = await adminApi(site);
      const restored = await eventually(
        () => api.get(`/brand-community/logs?action=restored&author=${encodeURIComponent(COMMENTS.obscene.authorEmail)}`),
        (r) => r.body?.data?.length === 1
      );
      const documentId: string = restored.body.data[0].targetDocumentId;
      const rest = await http(site.url).get(`/api/comments/${documentId}`);
      expect(rest.status).toBe(200);
      expect(rest.body.data.content).toBe(COMMENTS.obscene.content);
      expect(Buffer.from(rest.body.data.content).equals(Buffer.from(COMMENTS.obscene.content))).toBe(true);
      expect(rest.body.data.authorName).toBe(COMMENTS.obscene.authorName);

      await visit(page, `/admin/content-manager/collection-types/api::comment.comment/${documentId}`);
      const field = page.locator('textarea[name="content"], input[name="content"]').first();
      await field.waitFor();
      await eventually(() => field.inputValue(), (v) => v === COMMENTS.obscene.content);
      await screenshot(page, 'deletions-restored-in-cm');
      expect(admin.pageErrors).toEqual([]);
    }, 90_000);

    test('approve publishes the held comment', async () => {
      const { page } = admin;
      const entry = await entryOf(site, 'contact');
      expect(entry.action).toBe('held');
      await showQueue(page, 'action=held');
      await rowWith(page, 'Carl').click();
      const dialog = page.getByTestId('bc-deletion-detail');
      await dialog.getByTestId('bc-evidence-text').waitFor();
      expect(await dialog.getByTestId('bc-evidence-text').locator('mark').allTextContents()).toContain('someone@example.net');
      await dialog.getByRole('button', { name: 'Approve (a)' }).click();
      await page.getByText('The comment is approved and published.').waitFor();
      await eventually(() => entryOf(site, 'contact'), (e) => e.review?.outcome === 'approved');
      const published = await http(site.url).get(
        `/api/comments?filters[content][$eq]=${encodeURIComponent(COMMENTS.contact.content)}`
      );
      expect(published.body.data).toHaveLength(1);
      expect(published.body.data[0].content).toBe(COMMENTS.contact.content);
      clean();
    }, 60_000);

    test('bulk confirm settles the remaining rows, and the unreviewed filter then shows none of them', async () => {
      const { page } = admin;
      await visit(page, `${DELETIONS}?reviewed=false`);
      await rowsOf(page).first().waitFor();
      // Left: the advertisement, the repeat and the markup comment.
      await eventually(() => rowsOf(page).count(), (n) => n === 3);
      for (const who of ['Promo', 'Rita', 'Eve']) await rowWith(page, who).getByRole('checkbox').check();
      const bulk = page.getByRole('button', { name: 'Confirm (3)' });
      await bulk.waitFor();
      await screenshot(page, 'deletions-bulk');
      await bulk.click();
      await page.getByText('3 done, 0 failed.').waitFor();
      await page.getByText('No entry matches these filters.').waitFor();
      expect(await rowsOf(page).count()).toBe(0);

      const api = await adminApi(site);
      const open = await api.get('/brand-community/logs?action=queue&reviewed=false');
      expect(open.body.data).toEqual([]);
      for (const key of ['ad', 'repeat', 'markup'] as const) expect((await entryOf(site, key)).review?.outcome).toBe('confirmed');
      clean();
    }, 60_000);

    test("a comment's row opens a complaint case or marks it a suspected fake; a removed or held one offers neither", async () => {
      const { page } = admin;
      // Carl's held comment, approved above: the approval's entry points at the published comment.
      await visit(page, `${DELETIONS}?action=approved`);
      const row = rowWith(page, 'Carl');
      await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
      await page.getByRole('menuitem', { name: 'Open a complaint case' }).click();
      const dialog = page.getByTestId('bc-comment-action');
      await dialog.getByTestId('bc-comment-action-text').getByText(COMMENTS.contact.content).waitFor();
      // The row behind did not open its detail.
      expect(await page.getByTestId('bc-deletion-detail').count()).toBe(0);
      await dialog.getByLabel('Cause, if known (optional)').fill('Our phone line was down on Monday.');
      await screenshot(page, 'deletions-open-case');
      await page.getByRole('button', { name: 'Open the case' }).click();
      await page.getByText('Case opened. It is listed under Cases.').waitFor();
      const api = await adminApi(site);
      const cases = await eventually(() => api.get('/brand-community/cases'), (r) => r.body?.data?.length === 1);
      expect(cases.body.data[0]).toMatchObject({ excerpt: COMMENTS.contact.content, cause: 'Our phone line was down on Monday.', status: 'open' });

      // A second case on the same comment: the API's refusal is shown in the dialog, nothing opened.
      await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
      await page.getByRole('menuitem', { name: 'Open a complaint case' }).click();
      await page.getByRole('button', { name: 'Open the case' }).click();
      await page.getByTestId('bc-comment-action').getByRole('alert').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect((await api.get('/brand-community/cases')).body.data).toHaveLength(1);

      // The menu's other action, then removed and held comments: gone or not stored, so no menu on their rows.
      await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
      await page.getByRole('menuitem', { name: 'Mark as suspected fake' }).click();
      await page.getByRole('button', { name: 'Ask for details' }).click();
      await page.getByText('Marked as a suspected fake: its author was asked for the details.').waitFor();
      const fakes = await eventually(() => api.get('/brand-community/fakes'), (r) => r.body?.data?.length === 1);
      expect(fakes.body.data[0]).toMatchObject({ excerpt: COMMENTS.contact.content, state: 'awaiting' });
      for (const action of ['removed', 'held']) {
        await showQueue(page, `action=${action}`);
        await rowsOf(page).first().waitFor();
        expect(await page.getByRole('button', { name: /^More actions on the comment by/ }).count()).toBe(0);
      }
      expect(admin.pageErrors).toEqual([]);
      // The second case, refused on purpose (409), is the only error.
      expect(unexpected(admin.consoleErrors, [...CM_NOISE, /status of 409 .*\/brand-community\/cases/, /FetchError: A case is already open/])).toEqual([]);
    }, 90_000);

    test('an admin without fakes.manage and cases.manage gets no comment actions', async () => {
      const limited = await createRestrictedAdmin(site, ['logs.read', 'answers.read'], 'reader-answers@example-shop.com');
      const other = await loginAdmin(browser, site.url, limited);
      try {
        await visit(other.page, `${DELETIONS}?action=approved`);
        await rowWith(other.page, 'Carl').waitFor();
        expect(await other.page.getByRole('button', { name: /^More actions on the comment by/ }).count()).toBe(0);
      } finally {
        await other.close();
      }
    }, 60_000);
  });
