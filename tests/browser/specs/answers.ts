/**
 * The answering pages in a real browser, one booted playground for the three workflows: a
 * suspected fake marked from its comment id, answered by its author (link from the e-mail) and
 * verified, another not verified with its prepared reply posted; a case opened and resolved (the
 * author e-mailed); a claim with two places and a refutation moved on. The site's suspected
 * fakes link to `fakes.answerUrl` (https://example-shop.com/verify?id={id}&token={token}).
 */
import { http } from '../../helpers/strapi';
import { recipients } from '../../helpers/smtp';
import { consoleLink, screenshot, unexpected, type AdminPage } from '../helpers/browser';
import { articles, eventually, postComment, superAdmin } from '../helpers/data';
import type { Shared } from '../helpers/shared';
import type { Site } from '../helpers/site';

export const answers = (shared: Shared) =>
  describe('Answers: suspected fakes, cases, claims', () => {
    let site: Site, admin: AdminPage;
    let posts: string[];

    beforeAll(async () => {
      ({ site, admin } = shared.spec());
      posts = await articles(site);
    });

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
      const message = await site.mailbox.waitFor((m) => recipients(m) === email && /find your order/.test(m.subject ?? ''), 20_000);
      const [, id, token] = /verify\?id=([A-Za-z0-9_-]+)&token=([A-Za-z0-9_-]{43})/.exec(message.text ?? '')!;
      const res = await http(site.url).post(`/api/brand-community/fakes/${id}/answer`, { token, answer });
      expect(res.status).toBe(200);
    };

    test('suspected fakes: mark, the author answers, verified or not; the prepared reply is posted', async () => {
      const { page } = admin;
      await consoleLink(page, 'Suspected fakes');
      await page.waitForURL(/\/fakes$/);
      await page.getByRole('heading', { name: 'Suspected fakes' }).waitFor();
      await markAndAnswer(await comment('Ordered a kettle, it broke on day one <b>never again</b>', 'mark@example.org'), 'mark@example.org', {
        orderNumber: '48213',
        purchaseDate: '2026-11-02',
      });
      await markAndAnswer(await comment('Fake shop, they never deliver anything at all!', 'nora@example.org'), 'nora@example.org', {
        orderNumber: '48213',
      });
      // The answers came in over HTTP: the page fetches the list again when it opens again.
      await consoleLink(page, 'Cases');
      await page.waitForURL(/\/cases$/);
      await consoleLink(page, 'Suspected fakes');
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
      // Not rita@example.org: the Notified authors spec's Rita posted nearly this under the same article (a repeat).
      const commentId = await comment('I was charged twice for order 5512 and nobody answers!', 'rita.case@example.org');
      await consoleLink(page, 'Cases');
      await page.getByLabel('Comment id').fill(commentId);
      await page.getByRole('button', { name: 'Open a case' }).click();
      await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).getByText('Open', { exact: true }).waitFor();
      await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Solution offered').fill('We refunded the second charge.');
      await dialog.getByRole('button', { name: 'Resolve and tell the author' }).click();
      await page.getByTestId('bc-case-row').filter({ hasText: 'charged twice' }).getByText('Resolved').waitFor();
      const mail = await site.mailbox.waitFor((m) => recipients(m) === 'rita.case@example.org' && /resolved/.test(m.subject ?? ''), 20_000);
      expect(mail.text).toContain('We refunded the second charge.');
      await screenshot(page, 'cases');
      expect(admin.pageErrors).toEqual([]);
    }, 120_000);

    test('claims: record a claim (a refused field shown under it), map two places, refute one, link and unlink comments', async () => {
      const { page } = admin;
      const STATEMENT = 'Their face cream contains mercury and burns the skin';
      const repeats = [
        await comment('Their face cream contains mercury and burns the skin, stay away!!', 'm1@example.org'),
        await comment('I read that their face cream contains mercury and burns the skin. True?', 'm2@example.org'),
      ];
      await consoleLink(page, 'Claims');
      await page.getByRole('button', { name: 'New claim' }).click();
      const form = page.getByTestId('bc-claim-form');
      // Nothing typed: the API's refusal is shown under the statement field.
      await page.getByRole('button', { name: 'Record the claim' }).click();
      await form.getByText(/`statement` is required/).waitFor();
      await form.getByLabel('False statement').fill(STATEMENT);
      await form.getByLabel('Evidence that refutes it').fill('Lab report 2026-114: no mercury detected. <script>alert(1)</script>');
      await page.getByRole('button', { name: 'Record the claim' }).click();

      // Saved, the claim opens with its evidence (as text).
      const dialog = page.getByRole('dialog').filter({ hasText: 'Claim and its places' });
      await dialog.getByTestId('bc-claim-evidence').getByText('Lab report 2026-114: no mercury detected. <script>alert(1)</script>').waitFor();
      for (const [url, platform] of [
        ['https://forum.example.net/t/1', 'Forum'],
        ['https://video.example.org/watch?v=abc', 'Video'],
      ]) {
        await dialog.getByRole('button', { name: 'Add a place' }).click();
        const placeForm = page.getByTestId('bc-place-form');
        await placeForm.getByLabel('Address of a place spreading it').fill(url);
        await placeForm.getByLabel('Platform').fill(platform);
        await page.getByRole('button', { name: 'Add the place' }).click();
        await dialog.getByTestId('bc-claim-place').filter({ hasText: url }).waitFor();
      }
      await dialog.getByRole('combobox', { name: 'Dialogue' }).nth(1).click();
      await page.getByRole('option', { name: 'Escalated', exact: true }).click();

      // The forum's refutation, posted as text: without its text the API names the field.
      await dialog.getByTestId('bc-claim-place').filter({ hasText: 'forum.example.net' }).getByRole('button', { name: 'Edit' }).click();
      const placeForm = page.getByTestId('bc-place-form');
      await placeForm.getByRole('combobox', { name: 'Refutation' }).click();
      await page.getByRole('option', { name: 'Posted', exact: true }).click();
      await placeForm.getByRole('combobox', { name: 'Format' }).click();
      await page.getByRole('option', { name: 'Text', exact: true }).click();
      await page.getByRole('button', { name: 'Save the place' }).click();
      await placeForm.getByText('A text refutation needs `refutationText`.').waitFor();
      await placeForm.getByLabel('Refutation text').fill('The lab report is public: no mercury. Ask us anything about it.');
      await screenshot(page, 'claims-place-form');
      await page.getByRole('button', { name: 'Save the place' }).click();
      await dialog.getByTestId('bc-claim-place').filter({ hasText: 'forum.example.net' }).getByText('The lab report is public', { exact: false }).waitFor();

      // Comments that repeat it: suggested from the fingerprints; one linked from the list, one by id; one unlinked.
      const suggestions = dialog.getByTestId('bc-claim-suggestion');
      await eventually(() => suggestions.count(), (n) => n === 2);
      await suggestions.filter({ hasText: 'stay away' }).getByRole('button', { name: 'Link' }).click();
      await dialog.getByTestId('bc-claim-link').filter({ hasText: 'stay away' }).waitFor();
      await dialog.getByLabel('Link a comment by its id').fill('nosuchcomment');
      await dialog.getByRole('button', { name: 'Link the comment' }).click();
      await dialog.getByText(/No comment nosuchcomment/).waitFor();
      await dialog.getByLabel('Link a comment by its id').fill(repeats[1]);
      await dialog.getByRole('button', { name: 'Link the comment' }).click();
      await dialog.getByText('Linked comments (2)').waitFor();
      await eventually(() => suggestions.count(), (n) => n === 0);
      await screenshot(page, 'claims');
      await dialog.getByTestId('bc-claim-link').filter({ hasText: 'stay away' }).getByRole('button', { name: 'Unlink' }).click();
      await dialog.getByText('Linked comments (1)').waitFor();
      await suggestions.filter({ hasText: 'stay away' }).waitFor();

      const api = await superAdmin(site);
      const claims = await eventually(
        () => api.get('/brand-community/claims'),
        (r) => r.body.data[0]?.progress.refutation.posted === 1 && r.body.data[0]?.progress.dialogue.escalated === 1
      );
      expect(claims.body.data[0]).toMatchObject({ statement: STATEMENT, linkedComments: 1, progress: { places: 2 } });
      const detail = await api.get(`/brand-community/claims/${claims.body.data[0].documentId}`);
      expect(detail.body.data.links.map((l: { commentId: string }) => l.commentId)).toEqual([repeats[1]]);
      expect(detail.body.data.evidence).toContain('<script>');

      // The same claim in a Chinese console.
      await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'zh-Hans'));
      try {
        await page.reload();
        await page.getByTestId('bc-claim-row').first().click();
        await page.getByRole('dialog').getByText('关联评论（1）').waitFor();
        await screenshot(page, 'claims-zh');
      } finally {
        await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
      }
      expect(admin.pageErrors).toEqual([]);
      // Refusals the test provoked (400, 404), and Strapi's own strings it lacks in zh-Hans (never the plugin's).
      const provoked = [/status of 40[04]/, /FetchError: `statement` is required/, /FetchError: A text refutation needs/, /FetchError: No comment nosuchcomment/];
      expect(unexpected(admin.consoleErrors, [...provoked, /MISSING_TRANSLATION\] Missing message: "(?!brand-community)/])).toEqual([]);
    }, 180_000);
  });
