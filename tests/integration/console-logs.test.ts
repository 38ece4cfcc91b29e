// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * The console's review queue over real HTTP: list filters and search, the entry detail,
 * restore / approve / confirm settled exactly once (by the database), bulk actions with
 * per-entry results and per-action permissions, and every hostile twin.
 */
import { adminWith, API, entry, type Client } from '../helpers/console';
import { articles, createAdmin, P, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const OBSCENE = [
  'Total sh1t service',
  'You are all f*cking clowns',
  'What a b u l l s h i t refund policy',
  'This sh1t courier lost my parcel again',
  'Absolute f*cking joke of a helpline',
  'Your app is sh1t and crashes daily',
];
const HELD = 'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund';
const FLAGGED = 'Best casino bonuses at lucky-spins.xyz';

describe('console: review queue', () => {
  let app: Booted;
  let admin: Client;
  let editor: Client;
  let posts: string[];
  const removed: Record<string, any> = {};
  let held: any;
  let flagged: any;

  const author = (i: number) => `queue${i}@example.org`;

  beforeAll(async () => {
    app = await bootStrapi({ config: { actions: { advertising: 'flag' }, notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    const creds = await createAdmin(app, 'strapi-editor', 'queue-editor@example-shop.com');
    editor = http(app.url, await adminLogin(app.url, creds.email, creds.password));
    posts = await articles(app);
    for (const [i, content] of OBSCENE.entries()) {
      const res = await postComment(app, { content, authorName: `Q${i}`, authorEmail: author(i), article: posts[i % posts.length] });
      expect(res.status).toBe(403);
      removed[i] = await entry(app, { authorKey: author(i), action: 'removed' });
    }
    expect((await postComment(app, { content: HELD, authorName: 'Cara', authorEmail: 'cara@example.org', article: posts[1] })).status).toBe(403);
    held = await entry(app, { authorKey: 'cara@example.org', action: 'held' });
    expect((await postComment(app, { content: FLAGGED, authorName: 'Fay', authorEmail: 'fay@example.net', article: posts[0] })).status).toBe(201);
    flagged = await entry(app, { authorKey: 'fay@example.net', action: 'flagged' });
    expect((await postComment(app, { content: 'Thanks, all sorted now', authorName: 'Dee', authorEmail: 'dee@example.org', article: posts[0] })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
  });

  // Every row has three cells: jest reads a longer test function as one waiting for `done`.
  const ROUTES: Array<[string, string, unknown]> = [
    ['POST', `${API}/logs/abc/approve`, null],
    ['POST', `${API}/logs/abc/confirm`, null],
    ['POST', `${API}/logs/bulk`, { action: 'confirm', ids: ['abc'] }],
    ['GET', `${API}/queue/count`, null],
    ['GET', `${API}/history?uid=api::comment.comment&documentId=abc`, null],
  ];

  it.each(ROUTES)('%s %s answers 401 without a token and 403 to a role without the action', async (method, path, body) => {
    const anonymous = method === 'GET' ? await http(app.url).get(path) : await http(app.url).post(path, body ?? {});
    expect(anonymous.status).toBe(401);
    const denied = method === 'GET' ? await editor.get(path) : await editor.post(path, body ?? {});
    expect(denied.status).toBe(403);
  });

  it('lists the queue (removed, held, flagged) newest first, each entry with its review state', async () => {
    const res = await admin.get(`${API}/logs?action=queue&pageSize=100`);
    expect(res.status).toBe(200);
    const actions = new Set(res.body.data.map((e: any) => e.action));
    expect([...actions].sort()).toEqual(['flagged', 'held', 'removed']);
    expect(res.body.meta.pagination.total).toBe(OBSCENE.length + 2);
    for (const e of res.body.data) expect(e.review).toBeNull();
    const ids = res.body.data.map((e: any) => e.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    // Lists carry what a row shows, not the whole submitted data.
    expect(res.body.data[0]).not.toHaveProperty('originalData');
  });

  it('searches comment text, author key and name, case-insensitively and literally', async () => {
    const byText = await admin.get(`${API}/logs?q=${encodeURIComponent('SH1T COURIER')}`);
    expect(byText.body.data.map((e: any) => e.originalText)).toEqual([OBSCENE[3]]);
    const byKey = await admin.get(`${API}/logs?q=QUEUE5%40EXAMPLE`);
    expect(byKey.body.data.map((e: any) => e.authorKey)).toEqual([author(5)]);
    const byName = await admin.get(`${API}/logs?action=queue&q=cara`);
    expect(byName.body.data.map((e: any) => e.documentId)).toContain(held.documentId);
    // LIKE wildcards are matched as themselves.
    expect((await admin.get(`${API}/logs?q=%25`)).body.data).toEqual([]);
    expect((await admin.get(`${API}/logs?q=_`)).body.data).toEqual([]);
  });

  it('shows one entry with its rule, author standing, notifications and related entries', async () => {
    const res = await admin.get(`${API}/logs/${removed[0].documentId}`);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ action: 'removed', category: 'obscenity', originalText: OBSCENE[0], review: null, restoredBy: null });
    expect(d.originalData).toMatchObject({ content: OBSCENE[0], authorEmail: author(0) });
    expect(d.rule).toMatchObject({ number: 1, locale: 'en' });
    expect(typeof d.rule.documentId).toBe('string');
    expect(d.standing).toBeNull();
    expect(d.notifications.map((n: any) => [n.channel, n.subject, n.logEntry.documentId])).toEqual([
      ['in-app', 'Your comment was removed', removed[0].documentId],
    ]);
    expect(d.related).toEqual([]);
  });

  it('confirms a removal once: marked reviewed, logged with the moderator, out of the unreviewed queue', async () => {
    const target = removed[1];
    const res = await admin.post(`${API}/logs/${target.documentId}/confirm`);
    expect(res.status).toBe(200);
    expect(res.body.data.entry.review).toMatchObject({ outcome: 'confirmed', by: 'Playground Admin' });
    const record = await entry(app, { action: 'confirmed', relatedEntry: target.documentId });
    expect(record.actorName).toBe('Playground Admin');
    expect(res.body.data.entry.review.entry).toBe(record.documentId);

    const again = await admin.post(`${API}/logs/${target.documentId}/confirm`);
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('ALREADY_REVIEWED');
    const restore = await admin.post(`${API}/logs/${target.documentId}/restore`);
    expect(restore.status).toBe(409);
    expect(restore.body.error.details.code).toBe('ALREADY_REVIEWED');

    const open = await admin.get(`${API}/logs?action=queue&reviewed=false&pageSize=100`);
    expect(open.body.data.map((e: any) => e.documentId)).not.toContain(target.documentId);
    const done = await admin.get(`${API}/logs?reviewed=true`);
    expect(done.body.data.map((e: any) => [e.documentId, e.review.outcome])).toEqual([[target.documentId, 'confirmed']]);
    const detail = await admin.get(`${API}/logs/${target.documentId}`);
    expect(detail.body.data.related.map((e: any) => e.action)).toEqual(['confirmed']);
  });

  it('approves only held comments, and publishes the held one exactly as submitted', async () => {
    const wrong = await admin.post(`${API}/logs/${removed[2].documentId}/approve`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.code).toBe('NOT_RESTORABLE');

    const res = await admin.post(`${API}/logs/${held.documentId}/approve`);
    expect(res.status).toBe(200);
    expect(res.body.data.document.content).toBe(HELD);
    expect(res.body.data.entry.review.outcome).toBe('approved');
    const comments = await app.strapi.documents('api::comment.comment').findMany({ filters: { authorEmail: 'cara@example.org' } });
    expect(comments.map((c: any) => c.content)).toEqual([HELD]);

    const detail = await admin.get(`${API}/logs/${held.documentId}`);
    const approved = await entry(app, { action: 'approved', relatedEntry: held.documentId });
    expect(detail.body.data.restoredBy).toBe(approved.documentId);
    expect(detail.body.data.related.map((e: any) => e.action)).toEqual(['approved']);
    // The approval record itself is no queue entry: nothing to confirm.
    const confirm = await admin.post(`${API}/logs/${approved.documentId}/confirm`);
    expect(confirm.status).toBe(400);
    expect(confirm.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field: 'id' });
  });

  it('restores one entry exactly once when ten requests race', async () => {
    const target = removed[3];
    const results = await Promise.all(
      Array.from({ length: 10 }, () => admin.post(`${API}/logs/${target.documentId}/restore`))
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) {
      expect([400, 409]).toContain(r.status);
      expect(['NOT_RESTORABLE', 'ALREADY_REVIEWED']).toContain(r.body.error.details.code);
    }
    const comments = await app.strapi.documents('api::comment.comment').findMany({ filters: { authorEmail: author(3) } });
    expect(comments.map((c: any) => c.content)).toEqual([OBSCENE[3]]);
    expect(await app.strapi.db.query(`${P}.moderation-log`).count({ where: { action: 'restored', relatedEntry: target.documentId } })).toBe(1);
    expect(await app.strapi.db.query(`${P}.review`).count({ where: { entry: target.documentId } })).toBe(1);
  });

  it('gives the entry back to the queue when re-creating the comment fails', async () => {
    const target = removed[4];
    const guard = app.strapi.plugin('brand-community').service('guard');
    const original = guard.runBypassed;
    const logError = app.strapi.log.error;
    guard.runBypassed = async () => {
      throw new Error('database unavailable');
    };
    app.strapi.log.error = () => undefined; // the expected 500 would be logged
    try {
      const failed = await admin.post(`${API}/logs/${target.documentId}/restore`);
      expect(failed.status).toBe(500);
    } finally {
      guard.runBypassed = original;
      app.strapi.log.error = logError;
    }
    expect(await app.strapi.db.query(`${P}.review`).count({ where: { entry: target.documentId } })).toBe(0);
    const retry = await admin.post(`${API}/logs/${target.documentId}/restore`);
    expect(retry.status).toBe(200);
    expect(retry.body.data.document.content).toBe(OBSCENE[4]);
  });

  it('runs a bulk action entry by entry: one failure does not stop the rest', async () => {
    const target = removed[5];
    const res = await admin.post(`${API}/logs/bulk`, {
      action: 'restore',
      ids: [target.documentId, flagged.documentId, 'doesnotexist', target.documentId],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: any) => [r.id, r.ok, r.code ?? null])).toEqual([
      [target.documentId, true, null],
      [flagged.documentId, false, 'NOT_RESTORABLE'],
      ['doesnotexist', false, 'NOT_FOUND'],
      [target.documentId, false, 'NOT_RESTORABLE'],
    ]);
    expect(res.body.meta).toEqual({ ok: 1, failed: 3 });
    for (const r of res.body.data.filter((x: any) => !x.ok)) expect(typeof r.message).toBe('string');

    const confirm = await admin.post(`${API}/logs/bulk`, { action: 'confirm', ids: [flagged.documentId] });
    expect(confirm.body.data).toEqual([{ id: flagged.documentId, ok: true }]);
    const count = await admin.get(`${API}/queue/count`);
    expect(count.status).toBe(200);
    const open = await admin.get(`${API}/logs?action=queue&reviewed=false&pageSize=100`);
    expect(count.body.data.total).toBe(open.body.meta.pagination.total);
    expect(count.body.data).toEqual({ held: 0, flagged: 0, removed: open.body.meta.pagination.total, total: open.body.meta.pagination.total });
  });

  it('checks each bulk action against its own permission', async () => {
    const reviewer = await adminWith(app, ['logs.read', 'logs.review']);
    const reader = await adminWith(app, ['logs.read']);
    const restorer = await adminWith(app, ['logs.restore']);
    const ids = [removed[2].documentId];

    const restore = await reviewer.post(`${API}/logs/bulk`, { action: 'restore', ids });
    expect(restore.status).toBe(403);
    expect((await reviewer.post(`${API}/logs/bulk`, { action: 'approve', ids })).status).toBe(403);
    expect((await reader.post(`${API}/logs/bulk`, { action: 'confirm', ids })).status).toBe(403);
    expect((await reader.post(`${API}/logs/${ids[0]}/confirm`)).status).toBe(403);
    // logs.restore alone does not open the bulk route (it lists the queue).
    expect((await restorer.post(`${API}/logs/bulk`, { action: 'restore', ids })).status).toBe(403);
    expect(await app.strapi.db.query(`${P}.review`).count({ where: { entry: ids[0] } })).toBe(0);

    const confirm = await reviewer.post(`${API}/logs/bulk`, { action: 'confirm', ids });
    expect(confirm.status).toBe(200);
    expect(confirm.body.data).toEqual([{ id: ids[0], ok: true }]);
    const [review] = await app.strapi.db.query(`${P}.review`).findMany({ where: { entry: ids[0] } });
    expect(review.actorName).toMatch(/^Console Tester/);
  });

  it.each([
    ['action=queues', 'action'],
    ['action[0]=removed&action[1]=held', 'action'],
    ['category=rude', 'category'],
    ['reviewed=yes', 'reviewed'],
    ['rule=1.5', 'rule'],
    ['rule[$gt]=0', 'rule'],
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['from=2026-02-01&to=2026-01-01', 'from'],
    ['from=soon', 'from'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=a&q=b', 'q'],
    [`author=${'a'.repeat(321)}`, 'author'],
    ['sort=id:asc', 'sort'],
    ['filters[action]=removed', 'filters'],
  ])('answers GET /logs?%s with a 400 naming `%s`', async (query, field) => {
    const res = await admin.get(`${API}/logs?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    expect(res.body.error.message).toMatch(/\./);
  });

  it.each([
    [{ ids: ['a'] }, 'action'],
    [{ action: 'delete', ids: ['a'] }, 'action'],
    [{ action: 'restore' }, 'ids'],
    [{ action: 'restore', ids: 'a,b' }, 'ids'],
    [{ action: 'restore', ids: [] }, 'ids'],
    [{ action: 'restore', ids: Array.from({ length: 101 }, (_, i) => `id${i}`) }, 'ids'],
    [{ action: 'restore', ids: [42] }, 'ids'],
    [{ action: 'restore', ids: ['x'.repeat(101)] }, 'ids'],
    [{ action: 'restore', ids: ['a'], force: true }, 'force'],
    [['restore'], 'body'],
  ])('answers a bad bulk body %j with a 400 naming `%s`', async (body, field) => {
    const res = await admin.post(`${API}/logs/bulk`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it('refuses unknown entries, bodies on single actions and oversized ids', async () => {
    expect((await admin.post(`${API}/logs/doesnotexist/restore`)).status).toBe(404);
    expect((await admin.post(`${API}/logs/doesnotexist/confirm`)).status).toBe(404);
    const withBody = await admin.post(`${API}/logs/${removed[2].documentId}/restore`, { force: true });
    expect(withBody.status).toBe(400);
    expect(withBody.body.error.details.field).toBe('force');
    const long = await admin.get(`${API}/logs/${'x'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.details.field).toBe('id');
    expect((await admin.get(`${API}/queue/count?x=1`)).status).toBe(400);
  });
});
