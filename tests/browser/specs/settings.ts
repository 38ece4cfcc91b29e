/**
 * Moderation settings in the admin: edit and save (the next comment is treated accordingly), a
 * refused value shown next to its field, and the restore dialog's "don't flag this again"
 * (listed on the settings page, removable).
 */
import { http } from '../../helpers/strapi';
import { consoleLink, screenshot, unexpected, visit, CONSOLE, type AdminPage } from '../helpers/browser';
import { articles, eventually, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

const SETTINGS = `${CONSOLE}/settings`;
const FALSE_POSITIVE = 'My surname is Shitov, please fix my order';

export const settings = (shared: Shared) =>
  describe('Moderation settings', () => {
    let site: Site, admin: AdminPage;
    let article: string;

    beforeAll(async () => {
      ({ site, admin } = shared.spec());
      article = (await articles(site))[0];
    });

    const choose = async (label: string, option: string) => {
      const { page } = admin;
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option }).click();
    };

    test('edits and saves an action; the next comment is treated accordingly; also under Settings', async () => {
      const { page } = admin;
      await consoleLink(page, 'Settings');
      await page.waitForURL(/\/settings$/);
      await page.getByRole('heading', { name: 'Moderation settings' }).waitFor();
      await choose('Obscenity and insults', 'Publish and flag');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved. Every node applies it within seconds.').waitFor();
      await screenshot(page, 'settings');

      const api = await superAdmin(site);
      expect((await api.get('/brand-community/settings')).body.data.actions.obscenity).toBe('flag');
      const res = await postComment(site, { content: 'You are all f*cking clowns', authorName: 'Ed', authorEmail: 'ed@example.org', article });
      expect(res.status).toBe(201);
      expect((await api.put('/brand-community/settings', { actions: null })).status).toBe(200);

      await visit(page, '/admin/settings/brand-community');
      await page.getByRole('heading', { name: 'Moderation settings' }).waitFor();
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 90_000);

    test('shows a refused value next to its field and saves nothing', async () => {
      const { page } = admin;
      await visit(page, SETTINGS);
      const allowlist = page.getByRole('textbox', { name: 'Brand allowlist' });
      await allowlist.fill('example-shop.com\n+1 555 0100');
      await page.getByRole('button', { name: 'Save' }).click();
      await eventually(() => allowlist.getAttribute('aria-invalid'), (v) => v === 'true');
      await page.getByText(/allowlist\[1\].*not a valid phone number/).first().waitFor();
      await screenshot(page, 'settings-error');
      const api = await superAdmin(site);
      expect((await api.get('/brand-community/settings')).body.data.allowlist).toEqual(['example-shop.com', '+1 800 555 0100', '@example_shop']);
    }, 60_000);

    test('the restore dialog teaches the filter a word; the settings page lists it and removes it', async () => {
      const { page } = admin;
      // The previous test provoked a 400 on purpose: only what happens from here counts.
      const errorsBefore = admin.consoleErrors.length;
      const removed = await postComment(site, { content: FALSE_POSITIVE, authorName: 'Ivan', authorEmail: 'ivan@example.org', article });
      expect(removed.status).toBe(403);
      const api = await superAdmin(site);
      const logs = await api.get('/brand-community/logs?action=removed&author=ivan%40example.org');
      const entry = logs.body.data[0];

      // Inside the admin that had the settings page open: its queries once kept that page's aborted
      // fetch client, so the restore's "don't flag this again" failed before reaching the network.
      await visit(page, `${CONSOLE}/deletions?id=${entry.documentId}`);
      const dialog = page.getByTestId('bc-deletion-detail');
      await dialog.getByTestId('bc-evidence-text').waitFor();
      await dialog.getByRole('button', { name: 'Restore (r)' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('combobox').click();
      await page.getByRole('option', { name: 'Allow the word “Shitov” on this site' }).click();
      await screenshot(page, 'deletions-restore-learn');
      await confirm.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByText('The comment is back, and the filter will not flag this again.').waitFor();

      const again = { content: FALSE_POSITIVE, authorName: 'Olga', authorEmail: 'olga@example.org', article };
      expect((await postComment(site, again)).status).toBe(201);

      // The settings page was open before: it shows what it had until its list is fetched again.
      await visit(page, SETTINGS);
      const row = page.getByTestId('bc-exception-row').filter({ hasText: 'Shitov' });
      await row.waitFor();
      await row.getByRole('button', { name: 'Remove Shitov' }).click();
      await page.getByText('Removed: the filter flags it again.').waitFor();
      await eventually(() => row.count(), (n) => n === 0);
      const third = { content: FALSE_POSITIVE, authorName: 'Petr', authorEmail: 'petr@example.org', article };
      expect((await http(site.url).post('/api/comments', { data: third })).status).toBe(403);
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors.slice(errorsBefore))).toEqual([]);
    }, 90_000);

    test('the Overview lists the terms and detectors restored most', async () => {
      const { page } = admin;
      const errorsBefore = admin.pageErrors.length;
      await consoleLink(page, 'Overview');
      // The Overview was open before: wait for its new data (the restore above) before the picture.
      const restored = page.getByTestId('bc-top-restored');
      await restored.getByText('shit · Obscenity').waitFor();
      await restored.getByText('By detector').waitFor();
      await screenshot(page, 'overview-restored');
      expect(admin.pageErrors.slice(errorsBefore)).toEqual([]);
    }, 60_000);
  });
