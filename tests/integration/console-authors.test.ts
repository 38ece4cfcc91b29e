/**
 * The console's authors, notifications and Content Manager panel over real HTTP: an author's
 * standing and log, keys with `%` decoded once, notification detail, a document's history,
 * and the hostile twin of each.
 */
import { API, entry, type Client } from '../helpers/console';
import { articles, createAdmin, P, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('console: authors, notifications, document history', () => {
  let app: Booted;
  let admin: Client;
  let editor: Client;
  let posts: string[];

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    const creds = await createAdmin(app, 'strapi-editor', 'authors-editor@example-shop.com');
    editor = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    posts = await articles(app);
    await postComment(app, { content: 'Total sh1t service', authorName: 'Abe', authorEmail: 'abe@example.org', article: posts[0] });
    await postComment(app, {
      content: 'Earn $500 a day, message me on Telegram @rich_quick',
      authorName: 'Promo',
      authorEmail: 'promo@example.net',
      article: posts[0],
    });
    const repeat = 'I was charged twice for order 5512 and nobody answers my emails!';
    expect((await postComment(app, { content: repeat, authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[0] })).status).toBe(201);
    expect((await postComment(app, { content: repeat, authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[1] })).status).toBe(403);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['GET', `${API}/authors/abe%40example.org`],
    ['GET', `${API}/notifications/abc`],
  ])('%s %s answers 401 without a token and 403 without the action', async (_method, path) => {
    expect((await http(app.url).get(path)).status).toBe(401);
    expect((await editor.get(path)).status).toBe(403);
  });

  it("shows a banned author's standing (ban in force) and log, newest first", async () => {
    const res = await admin.get(`${API}/authors/promo%40example.net?pageSize=10`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ authorKey: 'promo@example.net', banned: true, activeBan: true, warnings: 0 });
    expect(res.body.history.data.map((e: any) => e.action)).toEqual(['banned', 'removed']);
    expect(res.body.history.meta.pagination).toMatchObject({ page: 1, pageSize: 10, total: 2 });
  });

  it('shows a clean standing for an author with log entries but no warning or ban', async () => {
    const res = await admin.get(`${API}/authors/abe%40example.org`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ authorKey: 'abe@example.org', authorName: 'Abe', warnings: 0, banned: false, activeBan: false });
    expect(res.body.history.data.map((e: any) => e.action)).toEqual(['removed']);
    expect((await admin.get(`${API}/authors/nobody%40example.org`)).status).toBe(404);
  });

  it('tells an expired ban from one in force', async () => {
    const res = await admin.post(`${API}/authors/late%40example.org/ban`, { reason: 'Spam', days: 1 });
    expect(res.body.data).toMatchObject({ banned: true, activeBan: true, banReason: 'Spam' });
    await app.strapi.db
      .query(`${P}.author-standing`)
      .update({ where: { authorKey: 'late@example.org' }, data: { bannedUntil: new Date(Date.now() - 60_000) } });
    const after = await admin.get(`${API}/authors/late%40example.org`);
    expect(after.body.data).toMatchObject({ banned: true, activeBan: false });
    const list = await admin.get(`${API}/authors?banned=true`);
    const late = list.body.data.find((s: any) => s.authorKey === 'late@example.org');
    expect(late.activeBan).toBe(false);
  });

  it('decodes an author key once: keys with % can be banned, shown and unbanned', async () => {
    const ban = await admin.post(`${API}/authors/%25zz/ban`, { reason: 'Odd key' });
    expect(ban.status).toBe(200);
    expect(ban.body.data.authorKey).toBe('%zz');
    const shown = await admin.get(`${API}/authors/%25zz`);
    expect(shown.status).toBe(200);
    expect(shown.body.history.data.map((e: any) => [e.action, e.authorKey])).toEqual([['banned', '%zz']]);
    const unban = await admin.post(`${API}/authors/%25zz/unban`);
    expect(unban.status).toBe(200);
    expect(unban.body.data).toMatchObject({ authorKey: '%zz', banned: false, activeBan: false });
    const percentEncoded = await admin.post(`${API}/authors/a%252540b/ban`, {});
    expect(percentEncoded.body.data.authorKey).toBe('a%2540b');
  });

  it.each([
    [{ days: '7' }, 'days'],
    [{ days: 1.5 }, 'days'],
    [{ days: 36_501 }, 'days'],
    [{ reason: 5 }, 'reason'],
    [{ reason: 'x'.repeat(2001) }, 'reason'],
    [{ reason: 'ok', permanent: true }, 'permanent'],
    [['spam'], 'body'],
  ])('refuses a bad ban body %j with a 400 naming `%s`, banning nobody', async (body, field) => {
    const res = await admin.post(`${API}/authors/victim%40example.org/ban`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    expect(await app.strapi.db.query(`${P}.author-standing`).findOne({ where: { authorKey: 'victim@example.org' } })).toBeNull();
  });

  it.each([
    [`${API}/authors/${'k'.repeat(256)}`, 'key'],
    [`${API}/authors/%20`, 'key'],
    [`${API}/authors/abe%40example.org?sort=id`, 'sort'],
    [`${API}/authors/abe%40example.org?pageSize=500`, 'pageSize'],
    [`${API}/authors?banned=maybe`, 'banned'],
    [`${API}/authors?q=${'q'.repeat(201)}`, 'q'],
    [`${API}/notifications?status=lost`, 'status'],
    [`${API}/notifications?channel=fax`, 'channel'],
    [`${API}/notifications/${'n'.repeat(101)}`, 'id'],
  ])('answers GET %s with a 400 naming `%s`', async (path, field) => {
    const res = await admin.get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it('shows one notification exactly as the author received it', async () => {
    const removal = await entry(app, { authorKey: 'abe@example.org', action: 'removed' });
    const list = await admin.get(`${API}/notifications?author=abe%40example.org`);
    expect(list.status).toBe(200);
    const [item] = list.body.data;
    const res = await admin.get(`${API}/notifications/${item.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(item);
    expect(res.body.data).toMatchObject({
      authorKey: 'abe@example.org',
      channel: 'in-app',
      status: 'sent',
      subject: 'Your comment was removed',
      logEntry: { documentId: removal.documentId, action: 'removed', category: 'obscenity', ruleNumber: 1 },
    });
    expect(res.body.data.body).toContain('> Total sh1t service');
    expect((await admin.get(`${API}/notifications/doesnotexist`)).status).toBe(404);
  });

  it("gives the Content Manager a document's history and its author's standing", async () => {
    const removal = await entry(app, { authorKey: 'abe@example.org', action: 'removed' });
    const restored = await admin.post(`${API}/logs/${removal.documentId}/restore`);
    expect(restored.status).toBe(200);
    const documentId = restored.body.data.document.documentId;

    const res = await admin.get(`${API}/history?uid=api::comment.comment&documentId=${documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data.entries.map((e: any) => e.action)).toEqual(['restored', 'removed']);
    expect(res.body.data.authorKey).toBe('abe@example.org');
    expect(res.body.data.standing).toBeNull();

    // Rita's first comment was kept; her repeat was removed with a warning.
    const [kept] = await app.strapi.documents('api::comment.comment').findMany({ filters: { authorEmail: 'rita@example.org' } });
    const rita = await admin.get(`${API}/history?uid=api::comment.comment&documentId=${kept.documentId}`);
    expect(rita.body.data).toMatchObject({ entries: [], authorKey: 'rita@example.org', standing: { warnings: 1, activeBan: false } });
  });

  it.each([
    ['uid=api::article.article&documentId=abc', 'uid'],
    ['uid=api::comment.comment', 'documentId'],
    [`uid=api::comment.comment&documentId=${'d'.repeat(101)}`, 'documentId'],
    ['uid=api::comment.comment&documentId=abc&author=x', 'author'],
  ])('answers GET /history?%s with a 400 naming `%s`', async (query, field) => {
    const res = await admin.get(`${API}/history?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
  });
});
