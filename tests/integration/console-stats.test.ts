// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Console statistics over real HTTP: counts grouped in the database by UTC day, category and
 * action match what was posted; restore rate, top rules, failed notifications; bad ranges.
 */
import { API, entry, type Client } from '../helpers/console';
import { articles, createAdmin, P, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('console: statistics', () => {
  let app: Booted;
  let admin: Client;
  let editor: Client;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    const creds = await createAdmin(app, 'strapi-editor', 'stats-editor@example-shop.com');
    editor = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    const posts = await articles(app);
    const obscene = ['Total sh1t service', 'You are all f*cking clowns', 'This sh1t courier lost my parcel'];
    for (const [i, content] of obscene.entries()) {
      expect((await postComment(app, { content, authorName: `S${i}`, authorEmail: `s${i}@example.org`, article: posts[0] })).status).toBe(403);
    }
    await postComment(app, {
      content: 'Earn $500 a day, message me on Telegram @rich_quick',
      authorName: 'Promo',
      authorEmail: 'promo@example.net',
      article: posts[0],
    });
    await postComment(app, {
      content: 'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund',
      authorName: 'Cara',
      authorEmail: 'cara@example.org',
      article: posts[1],
    });
    const first = await entry(app, { authorKey: 's0@example.org', action: 'removed' });
    expect((await admin.post(`${API}/logs/${first.documentId}/restore`)).status).toBe(200);
    // A dry-run entry is never counted.
    await app.strapi.documents(`${P}.moderation-log`).create({ data: { action: 'removed', category: 'obscenity', dryRun: true } });
    // One e-mail failed for good.
    const [note] = await app.strapi.db.query(`${P}.notification`).findMany({ limit: 1 });
    await app.strapi.db.query(`${P}.notification`).update({ where: { id: note.id }, data: { status: 'failed' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers 401 without a token and 403 without logs.read', async () => {
    expect((await http(app.url).get(`${API}/stats`)).status).toBe(401);
    expect((await editor.get(`${API}/stats`)).status).toBe(403);
  });

  it('counts per day, category and action exactly what was posted and done', async () => {
    const res = await admin.get(`${API}/stats`);
    expect(res.status).toBe(200);
    const todays = res.body.data.filter((r: any) => r.day === today).map((r: any) => [r.category, r.action, r.count]);
    expect(todays).toEqual(
      expect.arrayContaining([
        ['obscenity', 'removed', 3],
        ['obscenity', 'restored', 1],
        ['advertising', 'removed', 1],
        ['advertising', 'banned', 1],
        ['advertising', 'held', 1],
      ])
    );
    expect(res.body.meta.totals).toMatchObject({ removed: 4, restored: 1, held: 1, banned: 1 });
    expect(res.body.meta.restoreRate).toBeCloseTo(0.25);
    expect(res.body.meta.topRules).toEqual([
      { number: 1, title: 'No obscenity or insults', count: 3 },
      { number: 3, title: 'No advertising', count: 2 },
    ]);
    expect(res.body.meta.failedNotifications).toBe(1);
  });

  it('groups by the UTC day the entry was written', async () => {
    const row = await app.strapi.documents(`${P}.moderation-log`).create({ data: { action: 'flagged', category: 'duplicate' } });
    // Late in the evening UTC: the day must not slip by a timezone.
    await app.strapi.db.query(`${P}.moderation-log`).update({
      where: { documentId: row.documentId },
      data: { createdAt: new Date('2026-11-01T23:30:00.000Z') },
    });
    const res = await admin.get(`${API}/stats?from=2026-10-30T00:00:00Z&to=2026-11-03T00:00:00Z`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ day: '2026-11-01', category: 'duplicate', action: 'flagged', count: 1 }]);
    expect(res.body.meta).toMatchObject({ from: '2026-10-30T00:00:00.000Z', to: '2026-11-03T00:00:00.000Z', restoreRate: null, topRules: [] });
  });

  it.each([
    ['from=2026-02-01&to=2026-01-01', 'from'],
    ['from=2024-01-01&to=2026-01-01', 'from'],
    ['from=last-week', 'from'],
    ['to[0]=2026-01-01', 'to'],
    [`from=${'2'.repeat(50)}`, 'from'],
    ['period=30', 'period'],
  ])('answers GET /stats?%s with a 400 naming `%s`', async (query, field) => {
    const res = await admin.get(`${API}/stats?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
  });
});
