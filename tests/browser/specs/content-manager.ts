/**
 * Outside the console: the Content Manager side panel on a moderated collection (and not on others),
 * and the home page widget counting what awaits review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { screenshot, unexpected, visit, type AdminPage } from '../helpers/browser';
import { articles, eventually, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const CM = '/admin/content-manager/collection-types';

// The panel asks /history, which answers 400 for a collection the plugin does not moderate.
const HISTORY_400 = [/status of 400 .*\/brand-community\/history/];
/** The Content Manager itself logs 404s here (AI features, preview) that are not the plugin's. */
const ours = (errors: string[]) => unexpected(errors, HISTORY_400).filter((e) => e.includes('brand-community'));

export const contentManager = (shared: Shared) =>
  describe('the Content Manager panel and the home page widget', () => {
    let site: Site, admin: AdminPage;
    let posts: string[];
    let restoredId: string;

    beforeAll(async () => {
      ({ site, admin } = shared.spec());
      posts = await articles(site);
      const bob = { authorName: 'Bob', authorEmail: 'bob@example.org' };
      expect((await postComment(site, { ...bob, content: 'Your support is f u c k i n g useless', article: posts[0] })).status).toBe(403);
      expect((await postComment(site, { ...bob, content: 'Wh@t a sh1tty service', article: posts[1] })).status).toBe(403);
      const held = await postComment(site, {
        content: 'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund',
        authorName: 'Cara',
        authorEmail: 'cara@example.org',
        article: posts[1],
      });
      expect(held.status).toBe(403);

      // A moderator restores Bob's first comment: the document now has a moderation history.
      const api = await superAdmin(site);
      const removed = await api.get('/brand-community/logs?action=removed&author=bob%40example.org&pageSize=10');
      const first = removed.body.data.find((e: { originalText: string }) => e.originalText.includes('useless'));
      const restored = await api.post(`/brand-community/logs/${first.documentId}/restore`);
      expect(restored.status).toBe(200);
      restoredId = restored.body.data.document.documentId;
    }, 60_000);

    test('the edit view of a moderated comment shows its history and its author, with a link to the console', async () => {
      const { page } = admin;
      await visit(page, `${CM}/api::comment.comment/${restoredId}`);
      const panel = page.getByTestId('bc-cm-panel');
      await panel.waitFor();
      const actions = await panel.getByTestId('bc-cm-history-entry').allTextContents();
      expect(actions.join(' | ')).toMatch(/Restored/);
      expect(actions.join(' | ')).toMatch(/Removed/);
      await panel.getByText('Bob', { exact: true }).waitFor();
      await panel.getByText('bob@example.org', { exact: true }).waitFor();
      // Bob was never warned: obscenity is removed and explained, not counted against the author.
      await panel.getByText('No warning or ban').waitFor();
      await screenshot(page, 'content-manager-panel');

      await panel.getByRole('link', { name: 'Open the author in the console' }).click();
      await page.waitForURL(/\/plugins\/brand-community\/authors\?key=bob%40example\.org/);
      await page.getByRole('dialog').getByText('bob@example.org').first().waitFor();
      expect(admin.pageErrors).toEqual([]);
      expect(ours(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('the panel marks the comment as a suspected fake, and opens a case in a Russian console', async () => {
      const { page } = admin;
      await visit(page, `${CM}/api::comment.comment/${restoredId}`);
      const actions = page.getByTestId('bc-cm-answer-actions');
      await actions.getByRole('button', { name: 'Mark as suspected fake' }).click();
      const dialog = page.getByTestId('bc-comment-action');
      await dialog.getByTestId('bc-comment-action-text').getByText('Your support is f u c k i n g useless').waitFor();
      await dialog.getByText(`api::comment.comment · ${restoredId}`).waitFor();
      await dialog.getByLabel('Private note (optional)').fill('Same wording as three posts on the forum.');
      await screenshot(page, 'content-manager-mark-fake');
      await page.getByRole('button', { name: 'Ask for details' }).click();
      await page.getByText('Marked as a suspected fake: its author was asked for the details.').waitFor();
      const api = await superAdmin(site);
      const fakes = (await api.get('/brand-community/fakes')).body.data;
      expect(fakes).toHaveLength(1);
      expect(fakes[0]).toMatchObject({ commentId: restoredId, note: 'Same wording as three posts on the forum.', state: 'awaiting' });

      const ru = JSON.parse(readFileSync(join(__dirname, '../../../admin/src/translations/answers/ru.json'), 'utf8')) as Record<string, string>;
      await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'ru'));
      try {
        // The admin reads its language when it loads.
        await page.reload();
        await page.getByTestId('bc-cm-answer-actions').getByRole('button', { name: ru['answers.action.case'] }).click();
        await page.getByTestId('bc-comment-action').getByText(ru['answers.action.case.explain']).waitFor();
        await screenshot(page, 'content-manager-open-case-ru');
        await page.getByRole('button', { name: ru['answers.action.case.submit'] }).click();
        await page.getByText(ru['answers.action.case.done']).waitFor();
        expect((await api.get('/brand-community/cases')).body.data.map((c: { commentId: string }) => c.commentId)).toEqual([restoredId]);
      } finally {
        await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
      }
      expect(admin.pageErrors).toEqual([]);
      expect(ours(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('the edit view of another collection has no moderation panel', async () => {
      const { page } = admin;
      // A full load, on purpose: the page is still in Russian from the test before (the admin reads
      // its language when it loads), where looking for no English "Moderation" heading proves nothing.
      await page.goto(`${CM}/api::article.article/${posts[0]}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText('Entry', { exact: true }).first().waitFor().catch(() => undefined);
      await page.waitForResponse((r) => r.url().includes('/brand-community/history'), { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      expect(await page.getByTestId('bc-cm-panel').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Moderation' }).count()).toBe(0);
      expect(admin.pageErrors).toEqual([]);
    }, 60_000);

    test('the home page widget counts what awaits review and links to the queue', async () => {
      const { page } = admin;
      const api = await superAdmin(site);
      const count = (await api.get('/brand-community/queue/count')).body.data;
      expect(count.total).toBeGreaterThanOrEqual(2); // Cara's held comment and Bob's second removal

      await visit(page, '/admin');
      const widget = page.getByTestId('bc-widget');
      await widget.waitFor();
      // The home page was open before (after the login): its count may show until it is fetched again.
      await eventually(() => widget.getByTestId('bc-widget-total').textContent(), (t) => t === String(count.total));
      expect(await widget.getByTestId('bc-widget-total').textContent()).toBe(String(count.total));
      await widget.scrollIntoViewIfNeeded();
      await screenshot(page, 'home-widget');
      await widget.getByRole('link').click();
      await page.waitForURL(/\/plugins\/brand-community\/deletions\?action=queue&reviewed=false/);
      expect(admin.pageErrors).toEqual([]);
    }, 60_000);
  });
