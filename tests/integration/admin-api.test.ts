/** The admin API: authentication, RBAC, filters, pagination, bans, notifications and statistics. */
import { articles, createAdmin, P, postComment, standing } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const ROUTES: Array<[string, string]> = [
  ['GET', '/brand-community/logs'],
  ['GET', '/brand-community/logs/abc'],
  ['POST', '/brand-community/logs/abc/restore'],
  ['GET', '/brand-community/notifications'],
  ['POST', '/brand-community/notifications/abc/resend'],
  ['GET', '/brand-community/authors'],
  ['POST', '/brand-community/authors/someone%40example.org/ban'],
  ['POST', '/brand-community/authors/someone%40example.org/unban'],
  ['GET', '/brand-community/stats'],
];

describe('admin API', () => {
  let app: Booted;
  let admin: ReturnType<typeof http>;
  let editor: ReturnType<typeof http>;
  let posts: string[];

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    const creds = await createAdmin(app, 'strapi-editor', 'editor@example-shop.com');
    editor = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    posts = await articles(app);

    // Some history: two removals, one advertiser banned, one clean comment.
    await postComment(app, { content: 'Total sh1t service', authorName: 'A', authorEmail: 'a@example.org', article: posts[0] });
    await postComment(app, { content: 'You are all f*cking clowns', authorName: 'B', authorEmail: 'b@example.org', article: posts[1] });
    await postComment(app, { content: 'Earn $500 a day, message me on Telegram @rich_quick', authorName: 'C', authorEmail: 'c@example.net', article: posts[0] });
    await postComment(app, { content: 'Thanks for the update', authorName: 'D', authorEmail: 'd@example.org', article: posts[0] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(ROUTES)('%s %s answers 401 without a token', async (method, path) => {
    const res = method === 'GET' ? await http(app.url).get(path) : await http(app.url).post(path, {});
    expect(res.status).toBe(401);
  });

  it.each(ROUTES)('%s %s answers 403 to an admin without the plugin permission', async (method, path) => {
    const res = method === 'GET' ? await editor.get(path) : await editor.post(path, {});
    expect(res.status).toBe(403);
  });

  it('lists log entries newest first with pagination meta', async () => {
    const res = await admin.get('/brand-community/logs?pageSize=2&page=1');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(4);
    const ids = res.body.data.map((e: any) => e.id);
    expect(ids[0]).toBeGreaterThan(ids[1]);
  });

  it('filters by category, action, rule and author', async () => {
    const obscene = await admin.get('/brand-community/logs?category=obscenity');
    expect(obscene.body.data.length).toBe(2);
    expect(obscene.body.data.every((e: any) => e.category === 'obscenity')).toBe(true);

    const banned = await admin.get('/brand-community/logs?action=banned');
    expect(banned.body.data.map((e: any) => e.authorKey)).toEqual(['c@example.net']);

    const byRule = await admin.get('/brand-community/logs?rule=1');
    expect(byRule.body.data.every((e: any) => e.ruleNumber === 1)).toBe(true);
    expect(byRule.body.data.length).toBe(2);

    const byAuthor = await admin.get('/brand-community/logs?author=a%40example.org');
    expect(byAuthor.body.data.map((e: any) => e.originalText)).toEqual(['Total sh1t service']);

    const future = await admin.get('/brand-community/logs?from=2999-01-01');
    expect(future.body.data).toEqual([]);
  });

  it.each([
    ['/brand-community/logs?category=nonsense', /category.*one of/],
    ['/brand-community/logs?pageSize=1000', /pageSize.*1 to 100/],
    ['/brand-community/logs?from=yesterday-ish', /from.*date/],
    ['/brand-community/stats?from=2026-02-01&to=2026-01-01', /before/],
  ])('answers a bad query %s with a 400 and a sentence', async (path, message) => {
    const res = await admin.get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('BAD_REQUEST');
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 for an unknown log entry', async () => {
    const res = await admin.get('/brand-community/logs/doesnotexist');
    expect(res.status).toBe(404);
  });

  it('bans and unbans an author by key, logging both with the acting admin', async () => {
    const ban = await admin.post('/brand-community/authors/d%40example.org/ban', { reason: 'Harassing staff', days: 7 });
    expect(ban.status).toBe(200);
    expect(ban.body.data.banned).toBe(true);
    expect(new Date(ban.body.data.bannedUntil).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const refused = await postComment(app, { content: 'hello again', authorName: 'D', authorEmail: 'd@example.org', article: posts[0] });
    expect(refused.body.error.details.code).toBe('AUTHOR_BANNED');

    const list = await admin.get('/brand-community/authors?banned=true');
    expect(list.body.data.map((s: any) => s.authorKey).sort()).toEqual(['c@example.net', 'd@example.org']);

    const unban = await admin.post('/brand-community/authors/d%40example.org/unban');
    expect(unban.status).toBe(200);
    expect((await standing(app, 'd@example.org')).banned).toBe(false);
    const ok = await postComment(app, { content: 'hello again', authorName: 'D', authorEmail: 'd@example.org', article: posts[0] });
    expect(ok.status).toBe(201);

    const entries = await admin.get('/brand-community/logs?author=d%40example.org&category=manual');
    expect(entries.body.data.map((e: any) => [e.action, e.actorName])).toEqual([
      ['unbanned', 'Playground Admin'],
      ['banned', 'Playground Admin'],
    ]);
  });

  it('rejects a malformed ban with a 400', async () => {
    const res = await admin.post('/brand-community/authors/x%40example.org/ban', { days: -3 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/days/);
    expect(await standing(app, 'x@example.org')).toBeNull();
  });

  it('lists in-app notifications and refuses to resend them', async () => {
    const res = await admin.get('/brand-community/notifications?author=a%40example.org');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ channel: 'in-app', subject: 'Your comment was removed' });
    const resend = await admin.post(`/brand-community/notifications/${res.body.data[0].documentId}/resend`);
    expect(resend.status).toBe(400);
  });

  it('counts actions per day per category', async () => {
    const res = await admin.get('/brand-community/stats');
    expect(res.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const removedObscenity = res.body.data.find((r: any) => r.day === today && r.category === 'obscenity' && r.action === 'removed');
    expect(removedObscenity.count).toBe(2);
    expect(res.body.meta.totals.banned).toBeGreaterThanOrEqual(1);
  });

  it('gives the moderator role exactly what it is granted', async () => {
    // An Author-role admin granted only logs.read can read the log but not restore.
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await app.strapi.service('admin::permission').createMany([
      { action: `${P.replace('plugin::', 'plugin::')}.logs.read`, subject: null, properties: {}, conditions: [], role: role.id },
    ]);
    const creds = await createAdmin(app, 'strapi-author', 'author@example-shop.com');
    const reader = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    expect((await reader.get('/brand-community/logs')).status).toBe(200);
    const [entry] = (await admin.get('/brand-community/logs?category=obscenity')).body.data;
    expect((await reader.post(`/brand-community/logs/${entry.documentId}/restore`)).status).toBe(403);
  });

  it('extends the filter with the custom terms of a rule once it is published', async () => {
    const post = { content: 'Only a total plonkerface would design this checkout', authorName: 'G', authorEmail: 'g@example.org', article: posts[0] };
    expect((await postComment(app, post)).status).toBe(201);

    const rules = app.strapi.documents(`${P}.community-rule`);
    const rule = await rules.create({
      locale: 'en',
      data: { number: 9, category: 'insults', title: 'No name-calling', explanation: 'Criticise the work, not people.', customTerms: ['plonkerface'] },
    });
    // A draft does not count yet.
    expect((await postComment(app, { ...post, content: 'Checkout redesign: plonkerface ideas everywhere', article: posts[1] })).status).toBe(201);
    await rules.publish({ documentId: rule.documentId, locale: 'en' });

    const res = await postComment(app, { ...post, content: 'Whoever picked these colours is a plonkerface', article: posts[2] });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('COMMENT_REMOVED');
    const [entry] = (await admin.get('/brand-community/logs?author=g%40example.org&action=removed')).body.data;
    expect(entry.evidence.map((e: any) => e.term)).toContain('plonkerface');
  });
});
