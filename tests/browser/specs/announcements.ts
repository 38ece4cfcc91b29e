/**
 * Announcements in the console: create one from a template, publish it while every channel is
 * down (its posts fail), add a timeline entry, retry a failed post once the channel is back, and
 * open the reaction view with comments posted under the announcement. The site posts to the
 * channel server of the test file (`channels`), trying each post once (`announcements`).
 */
import type { Browser } from 'playwright-core';

import type { ChannelServer } from '../../helpers/channels';
import { http } from '../../helpers/strapi';
import { loginAdmin, screenshot, unexpected, visit, CONSOLE, type AdminPage } from '../helpers/browser';
import { eventually, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

export const announcements = (shared: Shared, channels: () => ChannelServer) =>
  describe('Announcements', () => {
    let site: Site, browser: Browser, admin: AdminPage;
    let hooks: ChannelServer;

    beforeAll(() => {
      ({ site, browser, admin } = shared.spec());
      hooks = channels();
    });

    test('creates an incident from a template, publishes it, adds an entry, retries a failed post, opens the reaction', async () => {
      const { page } = admin;
      const api = await superAdmin(site);
      // A full load, on purpose: the spec before leaves the admin in Chinese until it loads again.
      await page.goto(`${CONSOLE}/announcements`);
      // The playground's demo announcements are listed.
      await page.getByTestId('bc-announcement-row').filter({ hasText: 'Card payments fail at checkout' }).waitFor();
      // Its incident was explained two hours after the problem began: the median says so.
      expect(await page.getByTestId('bc-explain-median').textContent()).toMatch(/came 12\d min after/);

      await page.getByRole('button', { name: 'New announcement' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Template' }).click();
      await page.getByRole('option', { name: 'Outage' }).click();
      await dialog.getByTestId('bc-template-preview').waitFor();
      expect(await dialog.getByTestId('bc-template-preview').textContent()).toContain('Orders and accounts are safe.');
      await dialog.getByRole('button', { name: 'Create draft' }).click();
      await page.waitForURL(/\/announcements\/[a-z0-9]+$/);
      const id = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: '[Service] is unavailable' }).waitFor();
      expect(await page.getByText('Orders and accounts are safe.', { exact: false }).count()).toBeGreaterThan(0);
      await screenshot(page, 'announcement-draft');

      // Published while every channel answers 503: the first entry's three posts fail.
      hooks.failAlways(503);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByTestId('bc-timeline-entry').first().waitFor();
      const rows = page.getByTestId('bc-delivery-row');
      await eventually(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))), (s) => s.length === 3 && s.every((x) => x === 'failed'));
      expect(await rows.first().textContent()).toMatch(/HTTP 503/);

      // A new entry, through the form.
      hooks.failAlways(null);
      await page.getByRole('combobox', { name: 'New status' }).click();
      await page.getByRole('option', { name: 'Identified' }).click();
      const entryText = page.getByRole('textbox', { name: 'What changed, and when the next update comes' });
      await entryText.fill('The <b>cache</b> node is replaced.');
      // The typed text stays while the page polls the posts (a form that remounted would lose it).
      await eventually(() => entryText.inputValue(), (v) => v === 'The <b>cache</b> node is replaced.');
      await page.getByRole('button', { name: 'Add to the timeline' }).click();
      await eventually(() => page.getByTestId('bc-timeline-entry').count(), (n) => n === 2);
      expect(await page.getByTestId('bc-timeline-entry').first().textContent()).toContain('The <b>cache</b> node is replaced.');
      await eventually(() => rows.evaluateAll((els) => els.filter((e) => e.getAttribute('data-status') === 'delivered').length), (n) => n === 3);

      // Retry one failed post of the first entry.
      const failed = rows.filter({ has: page.getByRole('button', { name: 'Retry' }) });
      expect(await failed.count()).toBe(3);
      await failed.first().getByRole('button', { name: 'Retry' }).click();
      await eventually(() => failed.count(), (n) => n === 2);
      await eventually(() => rows.evaluateAll((els) => els.filter((e) => e.getAttribute('data-status') === 'delivered').length), (n) => n === 4);
      await screenshot(page, 'announcement-detail');
      const detail = await api.get(`/brand-community/announcements/${id}`);
      expect(detail.body.data.deliveries.filter((d: any) => d.status === 'delivered')).toHaveLength(4);

      // Visitors react under it.
      const under = (content: string, author: string) =>
        http(site.url).post('/api/comments', { data: { content, authorName: author, authorEmail: `${author.toLowerCase()}@example.org`, announcement: id } });
      expect((await under('Thanks for the quick heads-up', 'Ada')).status).toBe(201);
      expect((await under('<img src=x onerror=alert(1)> still not working, unacceptable', 'Ben')).status).toBe(201);
      expect((await under('You are all f*cking clowns', 'Cy')).status).toBe(403);

      await page.getByRole('link', { name: 'Reaction' }).click();
      await page.waitForURL(/\/reaction$/);
      await page.getByTestId('bc-reaction-comments').waitFor();
      expect(await page.getByTestId('bc-reaction-comments').textContent()).toBe('2');
      expect(await page.getByTestId('bc-reaction-negative').textContent()).toBe('1');
      expect(await page.getByTestId('bc-reaction-removed').textContent()).toBe('1');
      const ben = page.getByTestId('bc-reaction-comment').filter({ hasText: 'Ben' });
      expect(await ben.getAttribute('data-negative')).toBe('true');
      expect(await ben.textContent()).toContain('<img src=x onerror=alert(1)>');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await screenshot(page, 'announcement-reaction');

      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 120_000);

    test('settles uncertain Telegram posts (Mark as posted, Post again) and translates a timeline entry', async () => {
      const { page } = admin;
      const api = await superAdmin(site);
      const created = await api.post('/brand-community/announcements', { kind: 'incident', locale: 'en', title: 'Checkout errors', body: 'Some payments fail.' });
      const id = created.body.data.documentId;
      // Telegram publishes the two posts but its answers never come: both uncertain, neither posted again by itself.
      hooks.hold(['telegram']);
      expect((await api.post(`/brand-community/announcements/${id}/publish`)).status).toBe(200);
      expect((await api.post(`/brand-community/announcements/${id}/entries`, { status: 'identified', text: 'A payment provider is down.', locale: 'en' })).status).toBe(200);
      const telegram = () => hooks.published('telegram').filter((r) => String(r.body?.text).startsWith('Checkout errors'));
      await visit(page, `${CONSOLE}/announcements/${id}`);
      const rows = page.getByTestId('bc-delivery-row');
      const uncertain = rows.filter({ has: page.getByRole('button', { name: 'Mark as posted' }) });
      await eventually(() => uncertain.count(), (n) => n === 2, 30_000);
      hooks.release();
      expect(telegram()).toHaveLength(2);
      expect(await uncertain.first().textContent()).toContain('It may have been published: check the channel');
      await uncertain.last().scrollIntoViewIfNeeded();
      await screenshot(page, 'announcement-uncertain');

      // Seen on the channel: marked as posted, by whom; nothing is sent.
      await uncertain.first().getByRole('button', { name: 'Mark as posted' }).click();
      await eventually(() => uncertain.count(), (n) => n === 1);
      await page.getByText('Marked as posted by', { exact: false }).waitFor();
      // Not on the channel: posted again, once.
      await uncertain.first().getByRole('button', { name: 'Post again' }).click();
      await eventually(() => rows.evaluateAll((els) => els.filter((e) => e.getAttribute('data-status') === 'delivered').length), (n) => n === 6);
      expect(telegram()).toHaveLength(3);

      // Translate the newest entry into Russian.
      const entry = page.getByTestId('bc-timeline-entry').first();
      await entry.getByRole('button', { name: 'Translate' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Locale' }).click();
      await page.getByRole('option', { name: 'ru', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'Text in this locale' }).fill('Платёжный провайдер недоступен. <b>Скоро</b> вернёмся.');
      await screenshot(page, 'announcement-translate');
      await dialog.getByRole('button', { name: 'Save translation' }).click();
      await entry.getByTestId('bc-timeline-translation').waitFor();
      expect(await entry.getByTestId('bc-timeline-translation').textContent()).toBe('ru: Платёжный провайдер недоступен. <b>Скоро</b> вернёмся.');
      const detail = await api.get(`/brand-community/announcements/${id}`);
      expect(detail.body.data.timeline[0].translations.ru).toBe('Платёжный провайдер недоступен. <b>Скоро</b> вернёмся.');
      // A translation posts nothing.
      expect(telegram()).toHaveLength(3);
      await screenshot(page, 'announcement-translated');

      // The same page in Russian (the admin's profile language: it applies when the admin logs in).
      expect((await api.put('/admin/users/me', { preferedLanguage: 'ru' })).status).toBe(200);
      const ru = await loginAdmin(browser, site.url);
      try {
        await visit(ru.page, `${CONSOLE}/announcements/${id}`);
        await ru.page.getByText('Отметил(а) опубликованным', { exact: false }).waitFor();
        await ru.page.getByRole('button', { name: 'Перевести' }).first().waitFor();
        await screenshot(ru.page, 'announcement-detail-ru');
        expect(ru.pageErrors).toEqual([]);
      } finally {
        await ru.close();
        await api.put('/admin/users/me', { preferedLanguage: 'en' });
      }
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 120_000);
  });
