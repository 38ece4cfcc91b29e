/**
 * The answering pages in a real browser, one booted playground for the three workflows: a
 * suspected fake marked from its comment id, answered by its author (link from the e-mail) and
 * verified, another not verified with its prepared reply posted; a case opened and resolved (the
 * author e-mailed); a claim with two places and a refutation moved on.
 */
import type { Browser } from 'playwright-core';

import { http } from '../helpers/strapi';
import { CONSOLE, launchBrowser, loginAdmin, screenshot, unexpected, type AdminPage } from './helpers/browser';
import { articles, eventually, postComment, superAdmin } from './helpers/data';
import { startSite, type Site } from './helpers/site';

let site: Site;
let browser: Browser;
let admin: AdminPage;
let posts: string[];

beforeAll(async () => {
  site = await startSite({ config: { fakes: { answerUrl: 'https://example-shop.com/verify?id={id}&token={token}' } } });
  browser = await launchBrowser();
  admin = await loginAdmin(browser, site.url);
  posts = await articles(site);
}, 120_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await site?.stop();
}, 30_000);

const comment = async (content: string, authorEmail: string) => {
  const res = await postComment(site, { content, authorName: 'Visitor', authorEmail, article: posts[0] });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};

/** Marks the comment from the Fakes page and answers as its author would, from the e-mail's link. */
const markAndAnswer = async (commentId: string, email: string, answer: Record<string, string>) => {
  const { page } = admin;
  await page.getByLabel('Comment id').fill(commentId);
  await page.getByRole('button', { name: 'Mark as suspected fake' }).click();
  const message = await site.mailbox.waitFor((m) => m.to?.text === email && /find your order/.test(m.subject ?? ''), 20_000);
  const [, id, token] = /verify\?id=([A-Za-z0-9_-]+)&token=([A-Za-z0-9_-]{43})/.exec(message.text ?? '')!;
  const res = await http(site.url).post(`/api/brand-community/fakes/${id}/answer`, { token, answer });
  expect(res.status).toBe(200);
};

test('suspected fakes: mark, the author answers, verified or not; the prepared reply is posted', async () => {
  const { page } = admin;
  await page.goto(`${CONSOLE}/fakes`);
  await page.getByRole('heading', { name: 'Suspected fakes' }).waitFor();
  await markAndAnswer(await comment('Ordered a kettle, it broke on day one <b>never again</b>', 'mark@example.org'), 'mark@example.org', {
    orderNumber: '48213',
    purchaseDate: '2026-11-02',
  });
  await markAndAnswer(await comment('Fake shop, they never deliver anything at all!', 'nora@example.org'), 'nora@example.org', {
    orderNumber: '48213',
  });
  await page.reload();
  await page.getByText('Verified genuine').waitFor();
  await page.getByText('never again', { exact: false }).first().waitFor();
  expect(await page.locator('b', { hasText: 'never again' }).count()).toBe(0);

  await page.getByTestId('bc-fake-row').filter({ hasText: 'Not verified' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Asked for: orderNumber, purchaseDate').waitFor();
  const reply = dialog.getByRole('textbox').first();
  expect(await reply.inputValue()).toMatch(/\d{4}-\d{2}-\d{2}/);
  await screenshot(page, 'fakes-reply');
  await dialog.getByRole('button', { name: 'Post the reply' }).click();
  await page.getByTestId('bc-fake-row').filter({ hasText: 'Not verified' }).getByText('Posted').waitFor();
  const replies = await http(site.url).get('/api/comments?filters[authorName][$eq]=Example%20Shop%20team');
  expect(replies.body.data).toHaveLength(1);
  expect(admin.pageErrors).toEqual([]);
  expect(unexpected(admin.consoleErrors)).toEqual([]);
}, 120_000);

test('cases: open from a comment, resolve it, the author is e-mailed', async () => {
  const { page } = admin;
  const commentId = await comment('I was charged twice for order 5512 and nobody answers!', 'rita@example.org');
  await page.goto(`${CONSOLE}/cases`);
  await page.getByLabel('Comment id').fill(commentId);
  await page.getByRole('button', { name: 'Open a case' }).click();
  await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).getByText('Open', { exact: true }).waitFor();
  await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Solution offered').fill('We refunded the second charge.');
  await dialog.getByRole('button', { name: 'Resolve and tell the author' }).click();
  await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).getByText('Resolved').waitFor();
  const mail = await site.mailbox.waitFor((m) => m.to?.text === 'rita@example.org' && /resolved/.test(m.subject ?? ''), 20_000);
  expect(mail.text).toContain('We refunded the second charge.');
  await screenshot(page, 'cases');
  expect(admin.pageErrors).toEqual([]);
}, 120_000);

test('claims: record a claim, map two places, move a refutation', async () => {
  const { page } = admin;
  await page.goto(`${CONSOLE}/claims`);
  await page.getByLabel('False statement').fill('Their cream contains mercury');
  await page.getByRole('button', { name: 'Record the claim' }).click();
  await page.getByTestId('bc-claim-row').filter({ hasText: 'mercury' }).click();
  const dialog = page.getByRole('dialog');
  for (const [url, platform] of [
    ['https://forum.example.net/t/1', 'Forum'],
    ['https://video.example.org/watch?v=abc', 'Video'],
  ]) {
    await dialog.getByLabel('Address of a place spreading it').fill(url);
    await dialog.getByLabel('Platform').fill(platform);
    await dialog.getByRole('button', { name: 'Add the place' }).click();
    await dialog.getByTestId('bc-claim-place').filter({ hasText: url }).waitFor();
  }
  await dialog.getByRole('combobox', { name: 'Refutation' }).first().click();
  await page.getByRole('option', { name: 'Planned', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Dialogue' }).nth(1).click();
  await page.getByRole('option', { name: 'Escalated', exact: true }).click();
  const api = await superAdmin(site);
  const claims = await eventually(
    () => api.get('/brand-community/claims'),
    (r) => r.body.data[0]?.progress.refutation.planned === 1 && r.body.data[0]?.progress.dialogue.escalated === 1
  );
  expect(claims.body.data[0].progress.places).toBe(2);
  await screenshot(page, 'claims');
  expect(admin.pageErrors).toEqual([]);
}, 120_000);
