/** What the Deletions specs share: the queue's rows, and the Content Manager's own console noise. */
import type { Page } from 'playwright-core';

import { unexpected, CONSOLE, type AdminPage } from '../helpers/browser';

export const DELETIONS = `${CONSOLE}/deletions`;

export const rowsOf = (page: Page) => page.getByTestId('bc-deletions-row');
export const rowWith = (page: Page, text: string) => rowsOf(page).filter({ hasText: text });
export const texts = async (page: Page) => (await rowsOf(page).allTextContents()).join('\n');
/** The entries the list shows (their documentIds, in order). */
export const shownIds = (page: Page) => rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));

/** The Content Manager's own 404s (AI features, preview) once the restored comment was opened there. */
export const CM_NOISE = [/\/admin\/ai-feature-config/, /\/i18n\/ai-localization-jobs\//, /\/content-manager\/preview\/url\//];

/** No page error and no console error but the Content Manager's own noise, in a spec's view. */
export const expectClean = (admin: AdminPage) => {
  expect(admin.pageErrors).toEqual([]);
  expect(unexpected(admin.consoleErrors, CM_NOISE)).toEqual([]);
};
