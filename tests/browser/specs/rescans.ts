/**
 * Re-scan in the console: comments posted while obscenity was allowed are found once the setting
 * is back to "remove": start a re-scan, watch the progress, read the preview (offending words
 * marked, markup as text), apply, and the comments are gone through the moderation log. The
 * re-scan reads every published comment: run before other specs publish flaggable ones.
 */
import { consoleLink, screenshot, unexpected, type AdminPage, watchDialogs } from '../helpers/browser';
import { articles, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const OLD = [
  'You are all f*cking clowns',
  'Total sh1t service <img src=x onerror=alert(1)>',
  'What a b u l l s h i t refund policy',
];

export const rescans = (shared: Shared) =>
  describe('Re-scan', () => {
    let site: Site, admin: AdminPage;

    beforeAll(() => ({ site, admin } = shared.spec()));

    test('start a re-scan, see progress and the preview, apply it', async () => {
      const api = await superAdmin(site);
      const posts = await articles(site);
      // Yesterday's settings let obscenity through; today's remove it.
      expect(
        (await api.put('/brand-community/settings', { actions: { obscenity: 'allow' } })).status
      ).toBe(200);
      for (const [i, content] of OLD.entries()) {
        const res = await postComment(site, {
          content,
          authorName: `Old ${i}`,
          authorEmail: `old${i}@example.org`,
          article: posts[0],
        });
        expect(res.status).toBe(201);
      }
      expect(
        (await api.put('/brand-community/settings', { actions: { obscenity: 'remove' } })).status
      ).toBe(200);

      const { page } = admin;
      const dialogs = watchDialogs(page);
      try {
        await consoleLink(page, 'Re-scan');
        await page.waitForURL(/\/rescans/);
        await page.getByRole('button', { name: 'Start re-scan' }).click();

        const progress = page.getByTestId('bc-rescan-progress');
        await progress
          .getByTestId('bc-rescan-status')
          .getByText('Preview ready')
          .waitFor({ timeout: 30_000 });
        expect(await progress.getByTestId('bc-rescan-counts').textContent()).toMatch(
          /obscenity 3, advertising 0, repeated 0/
        );
        expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
        const preview = page.getByTestId('bc-rescan-preview');
        await preview.getByText('Old 1').waitFor();
        const marks = await preview.locator('mark').allTextContents();
        expect(marks.join('|')).toMatch(/f\*cking/);
        // Markup in a comment is shown as text, never run.
        await preview.getByText('<img src=x onerror=alert(1)>', { exact: false }).waitFor();
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        await screenshot(page, 'rescans-preview');

        await progress.getByRole('button', { name: 'Apply (3)' }).click();
        await progress.getByTestId('bc-rescan-status').getByText('Applied').waitFor({ timeout: 30_000 });
        expect(await progress.getByTestId('bc-rescan-counts').textContent()).toMatch(/3 of 3 applied/);
        await screenshot(page, 'rescans-applied');

        const removed = await api.get('/brand-community/logs?action=removed&pageSize=100');
        const texts = removed.body.data.map((e: { originalText: string }) => e.originalText);
        for (const content of OLD) expect(texts).toContain(content);
        const left = await api.get('/content-manager/collection-types/api::comment.comment?pageSize=100');
        const contents = left.body.results.map((c: { content: string }) => c.content);
        for (const content of OLD) expect(contents).not.toContain(content);
        expect(dialogs.opened).toEqual([]);
      } finally {
        dialogs.stop();
      }
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 120_000);
  });
