/** The console opens in a real browser against a booted playground. */
import { openConsole, screenshot, unexpected, type AdminPage } from '../helpers/browser';
import type { Shared } from '../helpers/shared';

export const consoleOpens = (shared: Shared) =>
  describe('the console', () => {
    let admin: AdminPage;

    beforeAll(() => {
      admin = shared.view();
    });

    test('the console opens with its sub-navigation and no page error', async () => {
      const { page } = admin;
      await openConsole(page);
      const nav = page.getByRole('navigation', { name: 'Community' });
      for (const label of ['Overview', 'Deletions', 'Notified authors', 'Authors', 'Test a comment']) {
        await nav.getByRole('link', { name: label, exact: true }).waitFor();
      }
      await screenshot(page, 'console');
      expect(admin.pageErrors).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    }, 60_000);
  });
