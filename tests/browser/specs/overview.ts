/**
 * Overview: today's removals in the chart and in its text alternative (the data table), the
 * period's counts, links into the filtered queue; and the console in Russian when the admin's
 * interface language (profile) is Russian. Needs the review scenario (helpers/review.ts) and
 * nothing else posted yet: run before the Deletions specs, which review its entries.
 */
import type { Browser } from 'playwright-core';

import { consoleLink, loginAdmin, openConsole, screenshot, unexpected, visit, CONSOLE, type AdminPage } from '../helpers/browser';
import { eventually } from '../helpers/data';
import { adminApi } from '../helpers/review';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

/** Today as the chart labels it (en-US, UTC day). */
const todayLabel = () =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date());

export const overview = (shared: Shared) =>
  describe('Overview', () => {
    let site: Site, browser: Browser, admin: AdminPage;

    beforeAll(() => ({ site, browser, admin } = shared.spec()));

    test("the chart and its data table show today's removals, and the counts match the API", async () => {
      const { page } = admin;
      await openConsole(page);
      await page.getByTestId('bc-count-removed').waitFor();
      const api = await adminApi(site);
      const stats = await api.get('/brand-community/stats');
      expect(stats.status).toBe(200);
      const totals = stats.body.meta.totals;

      // Removed: the obscene, advertising, repeated and markup comments; held: the bare contact; banned: the advertiser.
      const count = async (id: string) => (await page.getByTestId(id).locator('p').first().textContent())?.trim();
      expect(await count('bc-count-removed')).toBe('4');
      expect(await count('bc-count-held')).toBe('1');
      expect(await count('bc-count-banned')).toBe('1');
      for (const a of ['flagged', 'restored', 'notified']) expect(await count(`bc-count-${a}`)).toBe(String(totals[a] ?? 0));
      expect(await count('bc-restore-rate')).toBe('0%');
      // The median time to the first public explanation of incidents: the demo incident, explained two hours after it began.
      const explain = stats.body.meta.explain;
      expect(explain).toMatchObject({ incidents: 1, pending: 0 });
      expect(explain.medianMinutesToExplain).toBeGreaterThanOrEqual(120);
      expect(await count('bc-overview-explain')).toBe(`${explain.medianMinutesToExplain} minutes`);
      expect(await page.getByTestId('bc-overview-explain').textContent()).toContain('1 incident explained in the period; none waiting');

      // The bars of today: one rect per category, each titled "<day> · <category>: <count>".
      const chart = page.getByTestId('bc-overview-chart');
      const titles = await chart.locator('rect > title').allTextContents();
      const today = todayLabel();
      expect(titles.filter((t) => t.startsWith(`${today} · `)).sort()).toEqual(
        [`${today} · Advertising: 2`, `${today} · Obscenity: 2`, `${today} · Repeated: 1`].sort()
      );
      expect(titles.every((t) => t.startsWith(`${today} · `))).toBe(true);
      // The sub-navigation shows each link the admin may open (the console waits for the admin's
      // permissions before it mounts: see admin/src/pages/App.tsx).
      await page.getByRole('navigation', { name: 'Community' }).getByRole('link', { name: 'Test a comment' }).waitFor();
      await screenshot(page, 'overview');

      // The text alternative: newest day first, a column per category and the total.
      await page.getByRole('button', { name: 'Show data table' }).click();
      const table = page.locator('table').filter({ hasText: 'Total' });
      const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
      const first = (await table.locator('tbody tr').first().locator('td').allTextContents()).map((c) => c.trim());
      const row = Object.fromEntries(headers.map((h, i) => [h, first[i]]));
      expect(row).toEqual({ Day: today, Obscenity: '2', Advertising: '2', Repeated: '1', Total: '5' });
      expect(await table.locator('tbody tr').count()).toBe(30);
      await screenshot(page, 'overview-table');

      // A count opens the queue filtered to it.
      await page.getByTestId('bc-count-held').click();
      await page.waitForURL(/\/deletions\?.*action=held/);
      const rows = page.getByTestId('bc-deletions-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('someone@example.net');
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('the period is part of the URL', async () => {
      const { page } = admin;
      await consoleLink(page, 'Overview');
      await page.getByRole('combobox', { name: 'Period' }).click();
      await page.getByRole('option', { name: 'Last 7 days' }).click();
      await page.waitForURL(/[?&]days=7/);
      await page.getByText('What moderation did in the last 7 days').waitFor();
      await page.getByRole('button', { name: 'Show data table' }).click();
      const table = page.locator('table').filter({ hasText: 'Total' });
      await eventually(() => table.locator('tbody tr').count(), (n) => n === 7);
      expect(admin.pageErrors).toEqual([]);
    }, 60_000);

    test('with Russian as the interface language, the console speaks Russian', async () => {
      // The admin's language is a profile setting (Settings → Profile → Interface language): it
      // applies when the admin logs in, so this one logs in again.
      const api = await adminApi(site);
      const me = await api.put('/admin/users/me', { preferedLanguage: 'ru' });
      expect(me.status).toBe(200);
      expect(me.body.data.preferedLanguage).toBe('ru');
      const ru = await loginAdmin(browser, site.url);
      try {
        await visit(ru.page, CONSOLE);
        const nav = ru.page.getByRole('navigation', { name: 'Сообщество' });
        await nav.waitFor();
        for (const label of ['Обзор', 'Удаления', 'Уведомлённые авторы', 'Авторы', 'Проверить комментарий']) {
          await nav.getByRole('link', { name: label, exact: true }).waitFor();
        }
        await nav.getByText('Модерация').first().waitFor();
        await ru.page.getByRole('heading', { name: 'Обзор', level: 1 }).waitFor();
        const explain = ru.page.getByTestId('bc-overview-explain');
        await explain.waitFor();
        expect(await explain.textContent()).toMatch(/Время до первого публичного объяснения \(медиана\)\d+ минут.*1 инцидент объяснён за период/);
        await screenshot(ru.page, 'overview-ru');
        expect(ru.pageErrors).toEqual([]);
        expect(unexpected(ru.consoleErrors)).toEqual([]);
      } finally {
        await ru.close();
        await api.put('/admin/users/me', { preferedLanguage: 'en' });
      }
    }, 60_000);
  });
