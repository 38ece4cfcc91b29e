/**
 * Authors: warnings and bans, an author's history, ban with a reason and a length, unban;
 * a comment's markup shows as text; an admin without `authors.manage` sees no button and gets 403.
 */
import type { Browser } from 'playwright-core';

import { http } from '../../helpers/strapi';
import { loginAdmin, screenshot, unexpected, visit, CONSOLE, type AdminPage, watchDialogs } from '../helpers/browser';
import { articles, createRestrictedAdmin, eventually, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const XSS = '<img src=x onerror=alert(1)>';

export const authors = (shared: Shared) =>
  describe('Authors', () => {
    let site: Site, browser: Browser, admin: AdminPage;

    beforeAll(async () => {
      ({ site, browser, admin } = shared.spec());
      const posts = await articles(site);
      const text = 'I was charged twice for order 5512 and nobody answers my emails!';
      const rita = { authorName: 'Rita', authorEmail: 'rita@example.org' };
      expect((await postComment(site, { ...rita, content: text, article: posts[0] })).status).toBe(201);
      expect((await postComment(site, { ...rita, content: `${text} 😡`, article: posts[1] })).status).toBe(403);
      const hostile = await postComment(site, {
        content: `Your support is f u c k i n g useless ${XSS}`,
        authorName: 'Eve',
        authorEmail: 'eve@example.org',
        article: posts[0],
      });
      expect(hostile.status).toBe(403);
    }, 60_000);

    const standingOf = async (key: string) => {
      const api = await superAdmin(site);
      const res = await api.get(`/brand-community/authors?q=${encodeURIComponent(key)}`);
      return res.body.data.find((a: { authorKey: string }) => a.authorKey === key);
    };

    test('bans an author with a reason and a length, shows the history, and unbans', async () => {
      const { page } = admin;
      await visit(page, `${CONSOLE}/authors`);
      const row = page.getByTestId('bc-author-row').filter({ hasText: 'rita@example.org' });
      await row.waitFor();
      expect(await row.locator('[data-ban]').getAttribute('data-ban')).toBe('none');
      await screenshot(page, 'authors');

      await row.getByRole('button', { name: 'Ban' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByLabel('Reason').fill('Posts the same complaint under every article');
      await dialog.getByLabel('Length in days (optional)').fill('7');
      await screenshot(page, 'authors-ban');
      await dialog.getByRole('button', { name: 'Ban', exact: true }).click();
      await eventually(() => row.locator('[data-ban]').getAttribute('data-ban'), (s) => s === 'active');
      const banned = await standingOf('rita@example.org');
      expect(banned.activeBan).toBe(true);
      expect(banned.banReason).toBe('Posts the same complaint under every article');
      const days = (Date.parse(banned.bannedUntil) - Date.parse(banned.bannedAt)) / 86_400_000;
      expect(Math.round(days)).toBe(7);

      // The author's history: the removal, the warning and the ban.
      await row.click();
      await page.waitForURL(/[?&]key=rita%40example\.org/);
      const modal = page.getByRole('dialog');
      const entries = modal.getByTestId('bc-author-history-entry');
      await eventually(() => entries.count(), (n) => n >= 3);
      await screenshot(page, 'authors-detail');

      await modal.getByRole('button', { name: 'Unban' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Unban', exact: true }).click();
      await eventually(() => standingOf('rita@example.org'), (s) => s.activeBan === false);
      await eventually(() => modal.locator('[data-ban]').first().getAttribute('data-ban'), (s) => s !== 'active');
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('markup in a comment is shown as text, never as HTML', async () => {
      const { page } = admin;
      const dialogs = watchDialogs(page);
      try {
        // From Rita's history to Eve's: Rita's stays on screen until Eve's arrives.
        await visit(page, `${CONSOLE}/authors?key=${encodeURIComponent('eve@example.org')}`);
        const text = page.getByRole('dialog').getByTestId('bc-evidence-text').first();
        await eventually(() => text.textContent(), (t) => (t ?? '').includes(XSS));
        expect(await text.textContent()).toContain(XSS);
        expect(await text.locator('mark').count()).toBeGreaterThan(0);
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        await screenshot(page, 'authors-markup');
        expect(dialogs.opened).toEqual([]);
      } finally {
        dialogs.stop();
      }
    }, 60_000);

    test('an admin without authors.manage sees no ban button, and the API refuses with 403', async () => {
      const limited = await createRestrictedAdmin(site, ['authors.read', 'notifications.read'], 'limited@example-shop.com');
      const refused = await http(site.url, limited.jwt).post(`/brand-community/authors/${encodeURIComponent('rita@example.org')}/ban`, {
        reason: 'should not work',
      });
      expect(refused.status).toBe(403);
      const resend = await http(site.url, limited.jwt).post('/brand-community/notifications/any/resend');
      expect(resend.status).toBe(403);

      const other = await loginAdmin(browser, site.url, limited);
      try {
        await visit(other.page, `${CONSOLE}/authors`);
        const row = other.page.getByTestId('bc-author-row').filter({ hasText: 'rita@example.org' });
        await row.waitFor();
        expect(await row.getByRole('button').count()).toBe(0);
        await row.click();
        await other.page.getByRole('dialog').getByText('rita@example.org').first().waitFor();
        expect(await other.page.getByRole('dialog').getByRole('button', { name: /^(Ban|Unban)$/ }).count()).toBe(0);
        await screenshot(other.page, 'authors-limited');

        await visit(other.page, `${CONSOLE}/notifications`);
        await other.page.getByTestId('bc-notification-row').first().waitFor();
        expect(await other.page.getByRole('button', { name: 'Resend' }).count()).toBe(0);
        expect(other.pageErrors).toEqual([]);
      } finally {
        await other.close();
      }
    }, 90_000);
  });
