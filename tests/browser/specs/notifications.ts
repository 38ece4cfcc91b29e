/**
 * Notified authors: the explanations sent for real removals, read as the author got them,
 * and a failed e-mail (SMTP down) sent again once SMTP is back. The site sends each e-mail once
 * (`notifications: { maxAttempts: 1 }`), so one refused by the SMTP server fails for good at once.
 */
import { consoleLink, screenshot, unexpected, visit, CONSOLE, type AdminPage } from '../helpers/browser';
import { articles, eventually, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const to = (address: string) => (m: { to?: unknown }) => JSON.stringify(m.to ?? '').includes(address);

export const notifications = (shared: Shared) =>
  describe('Notified authors', () => {
    let site: Site, admin: AdminPage;
    let posts: string[];

    beforeAll(async () => {
      ({ site, admin } = shared.spec());
      posts = await articles(site);

      const obscene = await postComment(site, {
        content: 'Your support is f u c k i n g useless',
        authorName: 'Bob',
        authorEmail: 'bob@example.org',
        article: posts[0],
      });
      expect(obscene.status).toBe(403);
      const ad = await postComment(site, {
        content: 'Cheap followers and likes, write to t.me/boost_fast or WhatsApp +971 50 123 4567',
        authorName: 'Promo',
        authorEmail: 'promo@example.net',
        article: posts[1],
      });
      expect(ad.status).toBe(403);
      const text = 'I was charged twice for order 5512 and nobody answers my emails!';
      expect((await postComment(site, { content: text, authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[0] })).status).toBe(201);
      const repeat = await postComment(site, { content: text.toUpperCase(), authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[1] });
      expect(repeat.status).toBe(403);
      await site.mailbox.waitFor(to('bob@example.org'));
      await site.mailbox.waitFor(to('rita@example.org'));
    }, 60_000);

    test('lists every explanation sent and shows one exactly as its author received it', async () => {
      const { page } = admin;
      await consoleLink(page, 'Notified authors');
      const rows = page.getByTestId('bc-notification-row');
      await rows.first().waitFor();
      // Bob and Rita were told (by e-mail and in the app); the advertiser was not.
      await rows.filter({ hasText: 'bob@example.org' }).first().waitFor();
      await rows.filter({ hasText: 'rita@example.org' }).first().waitFor();
      expect(await rows.filter({ hasText: 'promo@example.net' }).count()).toBe(0);
      await screenshot(page, 'notifications');

      // Filter by channel through the select: the URL keeps it.
      await page.getByRole('combobox', { name: 'Channel' }).click();
      await page.getByRole('option', { name: 'E-mail' }).click();
      await page.waitForURL(/channel=email/);
      await eventually(() => rows.allTextContents(), (all) => all.length >= 2 && all.every((r) => r.includes('E-mail')));

      const email = await site.mailbox.waitFor(to('bob@example.org'));
      await rows.filter({ hasText: 'bob@example.org' }).click();
      await page.waitForURL(/[?&]id=/);
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('bc-notification-subject').waitFor();
      expect(await dialog.getByTestId('bc-notification-subject').textContent()).toBe(email.subject);
      const body = (await dialog.getByTestId('bc-notification-body').textContent()) ?? '';
      expect(body.trim()).toBe((email.text ?? '').trim());
      await screenshot(page, 'notifications-detail');

      // The open notification is part of the URL: reloading shows it again.
      await page.reload();
      await page.getByRole('dialog').getByTestId('bc-notification-subject').waitFor();
      await page.keyboard.press('Escape');
      await page.waitForURL((u) => !u.searchParams.has('id'));
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('an e-mail refused while SMTP is down fails, and is resent once SMTP is back', async () => {
      const { page } = admin;
      site.mailbox.failing = true;
      const res = await postComment(site, {
        content: 'What a sh1tty service',
        authorName: 'Dan',
        authorEmail: 'dan@example.org',
        article: posts[1],
      });
      expect(res.status).toBe(403);
      const api = await superAdmin(site);
      await eventually(
        () => api.get('/brand-community/notifications?channel=email&author=dan%40example.org'),
        (r) => r.body?.data?.[0]?.status === 'failed'
      );

      await visit(page, `${CONSOLE}/notifications?status=failed`);
      // Dan's row is new: it shows once the list is fetched again.
      const row = page.getByTestId('bc-notification-row').filter({ hasText: 'dan@example.org' });
      await row.waitFor();
      expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('failed');
      expect(await row.textContent()).toMatch(/451|unavailable/i);
      await screenshot(page, 'notifications-failed');

      site.mailbox.failing = false;
      await row.getByRole('button', { name: 'Resend' }).click();
      await site.mailbox.waitFor(to('dan@example.org'), 15_000);
      await visit(page, `${CONSOLE}/notifications?channel=email`);
      const sent = page.getByTestId('bc-notification-row').filter({ hasText: 'dan@example.org' });
      await eventually(() => sent.locator('[data-status]').getAttribute('data-status'), (s) => s === 'sent');
      expect(site.mailbox.messages.filter(to('dan@example.org'))).toHaveLength(1);
      expect(admin.pageErrors).toEqual([]);
    }, 90_000);
  });
