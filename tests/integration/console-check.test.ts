/**
 * "Test a comment" over real HTTP: the filter's verdict, the rule and the explanation the
 * author would get, the duplicate check against the author's comments, and nothing stored.
 */
import { API, pluginRowCounts, type Client } from '../helpers/console';
import { articles, createAdmin, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('console: test a comment', () => {
  let app: Booted;
  let admin: Client;
  let editor: Client;
  const REPEAT = 'I was charged twice for order 5512 and nobody answers my emails!';

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    const creds = await createAdmin(app, 'strapi-editor', 'check-editor@example-shop.com');
    editor = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    const posts = await articles(app);
    expect((await postComment(app, { content: REPEAT, authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[0] })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const check = (body: unknown) => admin.post(`${API}/check`, body);

  it('answers 401 without a token and 403 without check.run', async () => {
    expect((await http(app.url).post(`${API}/check`, { text: 'hello' })).status).toBe(401);
    expect((await editor.post(`${API}/check`, { text: 'hello' })).status).toBe(403);
  });

  it('gives the verdict, evidence, rule and explanation of an obscene comment', async () => {
    const text = 'Your support is f u c k i n g useless';
    const res = await check({ text });
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ category: 'obscenity', moderatedAs: 'obscenity', action: 'remove', promotion: null, dryRun: false });
    expect(d.evidence.length).toBeGreaterThan(0);
    const [first] = d.evidence;
    expect(text.slice(first.start, first.end).replace(/\s/g, '')).toMatch(/fuck/);
    expect(d.rule).toMatchObject({ number: 1, title: 'No obscenity or insults', locale: 'en' });
    expect(typeof d.rule.documentId).toBe('string');
    expect(d.explanation.subject).toBe('Your comment was removed');
    expect(d.explanation.body).toContain('Rule 1: No obscenity or insults');
    expect(d.explanation.body).toContain(`> ${text}`);
  });

  it('explains in the language asked for', async () => {
    const res = await check({ text: 'Total sh1t service', locale: 'ru' });
    expect(res.body.data.rule.locale).toBe('ru');
    expect(res.body.data.explanation.subject).toBe('Ваш комментарий удалён');
  });

  it('tells advertising (removed, unexplained) from a bare contact (held, explained)', async () => {
    const ad = await check({ text: 'Earn $500 a day, message me on Telegram @rich_quick' });
    expect(ad.body.data).toMatchObject({ category: 'advertising', moderatedAs: 'advertising', action: 'remove', promotion: true, explanation: null });
    expect(ad.body.data.rule.number).toBe(3);
    const contact = await check({
      text: 'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund',
    });
    expect(contact.body.data).toMatchObject({ category: 'advertising', moderatedAs: 'contact', action: 'hold', promotion: false });
    expect(contact.body.data.explanation.subject).toBe('Your comment is waiting for a moderator');
  });

  it('allows a clean comment with no rule and no explanation', async () => {
    const res = await check({ text: 'Shipping to Scunthorpe took three weeks.' });
    expect(res.body.data).toEqual({
      category: 'allow',
      moderatedAs: null,
      action: 'allow',
      evidence: [],
      promotion: null,
      rule: null,
      explanation: null,
      dryRun: false,
      authorBanned: false,
    });
  });

  it('says when the author is banned: the comment would be refused whatever it says', async () => {
    await admin.post(`${API}/authors/banned%40example.net/ban`, { reason: 'Spam' });
    const res = await check({ text: 'A perfectly polite question', author: 'Banned@example.net' });
    expect(res.body.data).toMatchObject({ category: 'allow', authorBanned: true });
  });

  it("finds a repeat among the author's comments (any case of the e-mail) and would warn", async () => {
    const res = await check({ text: REPEAT, author: 'Rita@Example.org', thread: 'another-article' });
    expect(res.body.data).toMatchObject({ category: 'duplicate', moderatedAs: 'duplicate', action: 'remove' });
    expect(res.body.data.explanation.subject).toBe('Your comment was removed: repeated comment');
    expect(res.body.data.explanation.body).toContain('warning 1 of 2');
    // Without an author there is nothing to compare with.
    expect((await check({ text: REPEAT })).body.data.category).toBe('allow');
  });

  it('stores nothing and warns nobody, whatever it is asked', async () => {
    const before = await pluginRowCounts(app);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(7);
    for (const body of [
      { text: 'Your support is f u c k i n g useless', author: 'x@example.org', thread: 't1' },
      { text: 'Earn $500 a day, message me on Telegram @rich_quick', author: 'spam@example.net' },
      { text: REPEAT, author: 'rita@example.org', thread: 'another-article' },
      { text: 'A brand new, perfectly clean remark', author: 'new@example.org', thread: 't2' },
      { text: 'A brand new, perfectly clean remark', author: 'new@example.org', thread: 't3' },
    ]) {
      expect((await check(body)).status).toBe(200);
    }
    expect(await pluginRowCounts(app)).toEqual(before);
    // A text checked twice for one author is not a repeat: the first check was not remembered.
    const again = await check({ text: 'A brand new, perfectly clean remark', author: 'new@example.org', thread: 't4' });
    expect(again.body.data.category).toBe('allow');
  });

  it.each([
    [{}, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(20_001) }, 'text'],
    [{ text: 'nul \u0000 here' }, 'text'],
    [{ text: 'ok', author: 7 }, 'author'],
    [{ text: 'ok', author: 'a'.repeat(321) }, 'author'],
    [{ text: 'ok', thread: ['t'] }, 'thread'],
    [{ text: 'ok', thread: 't'.repeat(321) }, 'thread'],
    [{ text: 'ok', locale: 'xx' }, 'locale'],
    [{ text: 'ok', remember: true }, 'remember'],
    [['ok'], 'body'],
  ])('answers a bad body %j with a 400 naming `%s`', async (body, field) => {
    const res = await check(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it('accepts the longest text allowed', async () => {
    const res = await check({ text: 'fine words '.repeat(1818) });
    expect(res.status).toBe(200);
  });
});
