/**
 * Test a comment: the verdict, the rule, the evidence in <mark>, the explanation; nothing stored.
 * Its "no e-mail sent" counts every message the site's mailbox got: run before anything sends one.
 */
import { consoleLink, screenshot, unexpected, type AdminPage, watchDialogs } from '../helpers/browser';
import { superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

export const check = (shared: Shared) =>
  describe('Test a comment', () => {
    let site: Site, admin: AdminPage;

    beforeAll(() => ({ site, admin } = shared.spec()));

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

      await consoleLink(page, 'Test a comment');
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
      const dialogs = watchDialogs(page);
      try {
        const markup = '<img src=x onerror=alert(1)>';
        const result = await test_(`f.u.c.k this ${markup} shop`);
        expect(await result.getByTestId('bc-evidence-text').textContent()).toContain(markup);
        await result.getByText(markup, { exact: false }).first().waitFor();
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(dialogs.opened).toEqual([]);
        await screenshot(page, 'check-markup');
      } finally {
        dialogs.stop();
      }
    }, 60_000);
  });
