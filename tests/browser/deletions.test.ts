/**
 * Deletions, the review queue: the list, filters and search, the detail with its evidence in
 * <mark>, j/k, markup shown as text, restore (back in the Content Manager and over REST byte for
 * byte), approve a held comment, bulk confirm; an admin without `logs.restore` gets no Restore
 * button and a 403.
 */
import type { Browser, Page } from 'playwright-core';

import { http } from '../helpers/strapi';
import { CONSOLE, launchBrowser, loginAdmin, screenshot, unexpected, type AdminPage } from './helpers/browser';
import { createRestrictedAdmin, eventually } from './helpers/data';
import { adminApi, COMMENTS, entryOf, postScenario, XSS } from './helpers/review';
import { startSite, type Site } from './helpers/site';

let site: Site;
let browser: Browser;
let admin: AdminPage;

const DELETIONS = `${CONSOLE}/deletions`;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  await postScenario(site);
  admin = await loginAdmin(browser, site.url);
}, 150_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await site?.stop();
}, 30_000);

const rowsOf = (page: Page) => page.getByTestId('bc-deletions-row');
const rowWith = (page: Page, text: string) => rowsOf(page).filter({ hasText: text });
const texts = async (page: Page) => (await rowsOf(page).allTextContents()).join('\n');

/** The Content Manager's own 404s (AI features, preview) once the restored comment was opened there. */
const CM_NOISE = [/\/admin\/ai-feature-config/, /\/i18n\/ai-localization-jobs\//, /\/content-manager\/preview\/url\//];

const clean = () => {
  expect(admin.pageErrors).toEqual([]);
  expect(unexpected(admin.consoleErrors, CM_NOISE)).toEqual([]);
};

test('lists every removed and held comment, newest first', async () => {
  const { page } = admin;
  await page.goto(DELETIONS);
  await rowsOf(page).first().waitFor();
  expect(await rowsOf(page).count()).toBe(5);
  const all = await texts(page);
  for (const c of Object.values(COMMENTS)) expect(all).toContain(c.authorName);
  // Newest first: the markup comment was posted last, the obscene one first.
  expect(await rowsOf(page).first().textContent()).toContain('Eve');
  expect(await rowsOf(page).last().textContent()).toContain('Bob');
  await page.getByText('5 entries match').waitFor();
  await screenshot(page, 'deletions');
  clean();
}, 60_000);

test('the category filter and the text search narrow the list, and live in the URL', async () => {
  const { page } = admin;
  await page.goto(DELETIONS);
  await rowsOf(page).first().waitFor();
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Advertising' }).click();
  await page.waitForURL(/[?&]category=advertising/);
  // The advertisement (removed) and the bare contact (held): both are the advertising detector's.
  await eventually(() => rowsOf(page).count(), (n) => n === 2);
  let all = await texts(page);
  expect(all).toContain('Promo');
  expect(all).toContain('Carl');
  expect(all).not.toContain('Bob');
  await screenshot(page, 'deletions-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.waitForURL((u) => !u.searchParams.has('category'));
  await eventually(() => rowsOf(page).count(), (n) => n === 5);

  const search = page.getByRole('searchbox').or(page.locator('input[name="q"]')).first();
  await search.fill('useless');
  await search.press('Enter');
  await page.waitForURL(/[?&]q=useless/);
  await eventually(() => rowsOf(page).count(), (n) => n === 1);
  expect(await rowsOf(page).first().textContent()).toContain('Bob');

  // Reloading the URL gives the same list.
  await page.reload();
  await eventually(() => rowsOf(page).count(), (n) => n === 1);
  all = await texts(page);
  expect(all).toContain('f u c k i n g');
  clean();
}, 60_000);

test('the detail highlights each piece of evidence in a <mark> whose text is the offending part', async () => {
  const { page } = admin;
  const entry = await entryOf(site, 'obscene');
  await page.goto(DELETIONS);
  await rowWith(page, 'Bob').click();
  await page.waitForURL(new RegExp(`[?&]id=${entry.documentId}`));
  const dialog = page.getByTestId('bc-deletion-detail');
  const text = dialog.getByTestId('bc-evidence-text');
  await text.waitFor();
  expect(await text.textContent()).toBe(COMMENTS.obscene.content);
  const marks = (await text.locator('mark').allTextContents()).map((m) => m.trim());
  expect(marks.length).toBeGreaterThan(0);
  expect(marks).toContain('f u c k i n g');
  // Every mark is exactly a piece of evidence at its offsets.
  const expected = entry.evidence.map((e) => entry.originalText.slice(e.start, e.end).trim());
  for (const m of marks) expect(expected).toContain(m);
  await dialog.getByText('Not banned').waitFor();
  await screenshot(page, 'deletions-detail');

  // The open entry is part of the URL: a reload shows it again.
  await page.reload();
  await page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text').waitFor();
  clean();
}, 60_000);

test('markup in a comment renders as text in the list and the detail', async () => {
  const { page } = admin;
  const alerts: string[] = [];
  const onDialog = (d: { message: () => string; dismiss: () => Promise<void> }) => {
    alerts.push(d.message());
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  try {
    const entry = await entryOf(site, 'markup');
    await page.goto(`${DELETIONS}?id=${entry.documentId}`);
    const text = page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text');
    await text.waitFor();
    expect(await text.textContent()).toBe(COMMENTS.markup.content);
    expect(await text.textContent()).toContain(XSS);
    expect(await text.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.getByTestId('bc-deletion-detail').locator('img').count()).toBe(0);
    expect(await rowWith(page, 'Eve').textContent()).toContain(XSS);
    await screenshot(page, 'deletions-markup');
    expect(alerts).toEqual([]);
    clean();
  } finally {
    page.off('dialog', onDialog);
  }
}, 60_000);

test('j and k move the selection in the list, and through the entries when one is open', async () => {
  const { page } = admin;
  await page.goto(DELETIONS);
  await rowsOf(page).first().waitFor();
  const selectedIndex = async () => {
    const flags = await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-selected')));
    return flags.indexOf('true');
  };
  expect(await selectedIndex()).toBe(0);
  await page.getByRole('heading', { name: 'Deletions', level: 1 }).click();
  await page.keyboard.press('j');
  await eventually(selectedIndex, (i) => i === 1);
  await page.keyboard.press('j');
  await eventually(selectedIndex, (i) => i === 2);
  await page.keyboard.press('k');
  await eventually(selectedIndex, (i) => i === 1);

  // With the detail open, j opens the next entry (the URL follows).
  const ids = await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));
  await rowsOf(page).nth(1).click();
  await page.waitForURL(new RegExp(`[?&]id=${ids[1]}`));
  await page.getByTestId('bc-deletion-detail').getByTestId('bc-evidence-text').waitFor();
  await page.keyboard.press('j');
  await page.waitForURL(new RegExp(`[?&]id=${ids[2]}`));
  await page.getByTestId('bc-deletion-detail').getByText('3 of 5 on this page').waitFor();
  clean();
}, 60_000);

test('an admin whose role lacks logs.restore sees no Restore button, and the API answers 403', async () => {
  const limited = await createRestrictedAdmin(site, ['logs.read', 'logs.review'], 'reviewer@example-shop.com');
  const entry = await entryOf(site, 'ad');
  const refused = await http(site.url, limited.jwt).post(`/brand-community/logs/${entry.documentId}/restore`);
  expect(refused.status).toBe(403);
  const bulk = await http(site.url, limited.jwt).post('/brand-community/logs/bulk', { action: 'restore', ids: [entry.documentId] });
  expect(bulk.status).toBe(403);

  const other = await loginAdmin(browser, site.url, limited);
  try {
    await other.page.goto(`${DELETIONS}?id=${entry.documentId}`);
    const dialog = other.page.getByTestId('bc-deletion-detail');
    await dialog.getByTestId('bc-evidence-text').waitFor();
    // Confirming is allowed, restoring is not.
    await dialog.getByRole('button', { name: 'Confirm (c)' }).waitFor();
    expect(await dialog.getByRole('button', { name: /Restore/ }).count()).toBe(0);
    await screenshot(other.page, 'deletions-limited');
    await other.page.keyboard.press('Escape');
    await other.page.waitForURL((u) => !u.searchParams.has('id'));
    // Nor in the bulk bar.
    await rowWith(other.page, 'Promo').getByRole('checkbox').check();
    await other.page.getByRole('button', { name: /^Confirm \(1\)$/ }).waitFor();
    expect(await other.page.getByRole('button', { name: /^Restore \(/ }).count()).toBe(0);
    // `r` does nothing either.
    await rowsOf(other.page).first().click();
    await dialog.getByTestId('bc-evidence-text').waitFor();
    await other.page.keyboard.press('r');
    await other.page.waitForTimeout(300);
    expect(await other.page.getByRole('alertdialog').count()).toBe(0);
    expect(other.pageErrors).toEqual([]);
  } finally {
    await other.close();
  }
  // Nothing was restored.
  expect((await entryOf(site, 'ad')).review).toBeNull();
}, 90_000);

test('restore asks first, and the comment is back over REST byte for byte and in the Content Manager', async () => {
  const { page } = admin;
  const entry = await entryOf(site, 'obscene');
  await page.goto(`${DELETIONS}?id=${entry.documentId}`);
  const dialog = page.getByTestId('bc-deletion-detail');
  await dialog.getByTestId('bc-evidence-text').waitFor();
  await dialog.getByRole('button', { name: 'Restore (r)' }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByText('The comment will be published again exactly as it was submitted.').waitFor();
  await confirm.getByText(COMMENTS.obscene.content, { exact: false }).waitFor();
  await screenshot(page, 'deletions-restore');
  await confirm.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByText('The comment is back, exactly as it was submitted.').waitFor();

  const api = await adminApi(site);
  const restored = await eventually(
    () => api.get(`/brand-community/logs?action=restored&author=${encodeURIComponent(COMMENTS.obscene.authorEmail)}`),
    (r) => r.body?.data?.length === 1
  );
  const documentId: string = restored.body.data[0].targetDocumentId;
  const rest = await http(site.url).get(`/api/comments/${documentId}`);
  expect(rest.status).toBe(200);
  expect(rest.body.data.content).toBe(COMMENTS.obscene.content);
  expect(Buffer.from(rest.body.data.content).equals(Buffer.from(COMMENTS.obscene.content))).toBe(true);
  expect(rest.body.data.authorName).toBe(COMMENTS.obscene.authorName);

  await page.goto(`/admin/content-manager/collection-types/api::comment.comment/${documentId}`);
  const field = page.locator('textarea[name="content"], input[name="content"]').first();
  await field.waitFor();
  await eventually(() => field.inputValue(), (v) => v === COMMENTS.obscene.content);
  await screenshot(page, 'deletions-restored-in-cm');
  expect(admin.pageErrors).toEqual([]);
}, 90_000);

test('approve publishes the held comment', async () => {
  const { page } = admin;
  const entry = await entryOf(site, 'contact');
  expect(entry.action).toBe('held');
  await page.goto(`${DELETIONS}?action=held`);
  await rowWith(page, 'Carl').click();
  const dialog = page.getByTestId('bc-deletion-detail');
  await dialog.getByTestId('bc-evidence-text').waitFor();
  expect(await dialog.getByTestId('bc-evidence-text').locator('mark').allTextContents()).toContain('someone@example.net');
  await dialog.getByRole('button', { name: 'Approve (a)' }).click();
  await page.getByText('The comment is approved and published.').waitFor();
  await eventually(() => entryOf(site, 'contact'), (e) => e.review?.outcome === 'approved');
  const published = await http(site.url).get(
    `/api/comments?filters[content][$eq]=${encodeURIComponent(COMMENTS.contact.content)}`
  );
  expect(published.body.data).toHaveLength(1);
  expect(published.body.data[0].content).toBe(COMMENTS.contact.content);
  clean();
}, 60_000);

test('bulk confirm settles the remaining rows, and the unreviewed filter then shows none of them', async () => {
  const { page } = admin;
  await page.goto(`${DELETIONS}?reviewed=false`);
  await rowsOf(page).first().waitFor();
  // Left: the advertisement, the repeat and the markup comment.
  await eventually(() => rowsOf(page).count(), (n) => n === 3);
  for (const who of ['Promo', 'Rita', 'Eve']) await rowWith(page, who).getByRole('checkbox').check();
  const bulk = page.getByRole('button', { name: 'Confirm (3)' });
  await bulk.waitFor();
  await screenshot(page, 'deletions-bulk');
  await bulk.click();
  await page.getByText('3 done, 0 failed.').waitFor();
  await page.getByText('No entry matches these filters.').waitFor();
  expect(await rowsOf(page).count()).toBe(0);

  const api = await adminApi(site);
  const open = await api.get('/brand-community/logs?action=queue&reviewed=false');
  expect(open.body.data).toEqual([]);
  for (const key of ['ad', 'repeat', 'markup'] as const) expect((await entryOf(site, key)).review?.outcome).toBe('confirmed');
  clean();
}, 60_000);

test("a comment's row opens a complaint case or marks it a suspected fake; a removed or held one offers neither", async () => {
  const { page } = admin;
  // Carl's held comment, approved above: the approval's entry points at the published comment.
  await page.goto(`${DELETIONS}?action=approved`);
  const row = rowWith(page, 'Carl');
  await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
  await page.getByRole('menuitem', { name: 'Open a complaint case' }).click();
  const dialog = page.getByTestId('bc-comment-action');
  await dialog.getByTestId('bc-comment-action-text').getByText(COMMENTS.contact.content).waitFor();
  // The row behind did not open its detail.
  expect(await page.getByTestId('bc-deletion-detail').count()).toBe(0);
  await dialog.getByLabel('Cause, if known (optional)').fill('Our phone line was down on Monday.');
  await screenshot(page, 'deletions-open-case');
  await page.getByRole('button', { name: 'Open the case' }).click();
  await page.getByText('Case opened. It is listed under Cases.').waitFor();
  const api = await adminApi(site);
  const cases = await eventually(() => api.get('/brand-community/cases'), (r) => r.body?.data?.length === 1);
  expect(cases.body.data[0]).toMatchObject({ excerpt: COMMENTS.contact.content, cause: 'Our phone line was down on Monday.', status: 'open' });

  // A second case on the same comment: the API's refusal is shown in the dialog, nothing opened.
  await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
  await page.getByRole('menuitem', { name: 'Open a complaint case' }).click();
  await page.getByRole('button', { name: 'Open the case' }).click();
  await page.getByTestId('bc-comment-action').getByRole('alert').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await api.get('/brand-community/cases')).body.data).toHaveLength(1);

  // The menu's other action, then removed and held comments: gone or not stored, so no menu on their rows.
  await row.getByRole('button', { name: 'More actions on the comment by Carl' }).click();
  await page.getByRole('menuitem', { name: 'Mark as suspected fake' }).click();
  await page.getByRole('button', { name: 'Ask for details' }).click();
  await page.getByText('Marked as a suspected fake: its author was asked for the details.').waitFor();
  const fakes = await eventually(() => api.get('/brand-community/fakes'), (r) => r.body?.data?.length === 1);
  expect(fakes.body.data[0]).toMatchObject({ excerpt: COMMENTS.contact.content, state: 'awaiting' });
  for (const action of ['removed', 'held']) {
    await page.goto(`${DELETIONS}?action=${action}`);
    await rowsOf(page).first().waitFor();
    expect(await page.getByRole('button', { name: /^More actions on the comment by/ }).count()).toBe(0);
  }
  expect(admin.pageErrors).toEqual([]);
  // The second case, refused on purpose (409), is the only error.
  expect(unexpected(admin.consoleErrors, [...CM_NOISE, /status of 409 .*\/brand-community\/cases/, /FetchError: A case is already open/])).toEqual([]);
}, 90_000);

test('an admin without fakes.manage and cases.manage gets no comment actions', async () => {
  const limited = await createRestrictedAdmin(site, ['logs.read', 'answers.read'], 'reader-answers@example-shop.com');
  const other = await loginAdmin(browser, site.url, limited);
  try {
    await other.page.goto(`${DELETIONS}?action=approved`);
    await rowWith(other.page, 'Carl').waitFor();
    expect(await other.page.getByRole('button', { name: /^More actions on the comment by/ }).count()).toBe(0);
  } finally {
    await other.close();
  }
}, 60_000);
