// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Announcements driven by the clock (the injectable `clock` service): publication at `publishAt`,
 * planned work starting and ending, a policy change taking effect, each exactly once; the early
 * warning for planned work published late; templates as localized content; the reaction view.
 */
import { articles, postComment } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const HOUR = 3_600_000;

describe('announcements: scheduler, early warning, templates, reaction', () => {
  let app: Booted;
  let admin: ReturnType<typeof http>;
  const clock = () => app.strapi.plugin('brand-community').service('clock');
  const run = () => app.strapi.plugin('brand-community').service('scheduler').run();
  const pub = () => http(app.url);

  beforeAll(async () => {
    app = await bootStrapi({ config: { announcements: { minLeadHours: 48 } } });
    admin = http(app.url, await adminLogin(app.url));
  });
  afterAll(async () => {
    clock()?.set(null);
    await app?.stop();
  });
  afterEach(() => clock().set(null));

  it('publishes planned work at publishAt, starts and ends it at its window, once each', async () => {
    const t0 = Date.now();
    clock().set(t0);
    const created = await admin.post('/brand-community/announcements', {
      kind: 'planned',
      locale: 'en',
      title: 'Database upgrade',
      body: 'Checkout pauses for two hours.',
      startsAt: new Date(t0 + 72 * HOUR).toISOString(),
      endsAt: new Date(t0 + 74 * HOUR).toISOString(),
      publishAt: new Date(t0 + HOUR).toISOString(),
    });
    expect(created.status).toBe(200);
    const id = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ currentStatus: 'scheduled', published: false, warnings: [] });

    await run();
    expect((await pub().get(`/api/brand-community/announcements/${id}`)).status).toBe(404);

    clock().set(t0 + HOUR + 60_000);
    await Promise.all([run(), run()]);
    const published = await pub().get(`/api/brand-community/announcements/${id}`);
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).toBe(new Date(t0 + HOUR + 60_000).toISOString());
    expect(published.body.data.timeline.map((e: any) => e.status)).toEqual(['scheduled']);
    const detail = await admin.get(`/brand-community/announcements/${id}`);
    expect(detail.body.data.warnings).toEqual([]);

    clock().set(t0 + 72 * HOUR + 60_000);
    await Promise.all([run(), run()]);
    const started = await pub().get(`/api/brand-community/announcements/${id}`);
    expect(started.body.data.currentStatus).toBe('in-progress');
    expect(started.body.data.timeline.map((e: any) => e.status)).toEqual(['in-progress', 'scheduled']);
    expect(started.body.data.timeline[0].text).toBe('The work has started.');
    const active = await pub().get('/api/brand-community/announcements/active');
    expect(active.body.data.map((a: any) => a.documentId)).toContain(id);

    clock().set(t0 + 74 * HOUR + 60_000);
    await run();
    await run();
    const ended = await pub().get(`/api/brand-community/announcements/${id}`);
    expect(ended.body.data.timeline.map((e: any) => e.status)).toEqual(['completed', 'in-progress', 'scheduled']);
    const after = await pub().get('/api/brand-community/announcements/active');
    expect(after.body.data.map((a: any) => a.documentId)).not.toContain(id);
  });

  it('puts a policy change in effect at its date, and lists it as active until then', async () => {
    const t0 = Date.now();
    const created = await admin.post('/brand-community/announcements', {
      kind: 'policy',
      locale: 'en',
      title: 'Returns within 60 days',
      startsAt: new Date(t0 + 24 * HOUR).toISOString(),
    });
    const id = created.body.data.documentId;
    expect(created.body.data.currentStatus).toBe('announced');
    await admin.post(`/brand-community/announcements/${id}/publish`);
    await run();
    expect((await pub().get('/api/brand-community/announcements/active')).body.data.map((a: any) => a.documentId)).toContain(id);
    clock().set(t0 + 24 * HOUR + 1000);
    await run();
    const one = await pub().get(`/api/brand-community/announcements/${id}`);
    expect(one.body.data.currentStatus).toBe('in-effect');
    expect((await pub().get('/api/brand-community/announcements/active')).body.data.map((a: any) => a.documentId)).not.toContain(id);
  });

  it('warns when planned work is published less than minLeadHours before it starts', async () => {
    const now = Date.now();
    const make = async (title: string, startsIn: number | null) => {
      const res = await admin.post('/brand-community/announcements', {
        kind: 'planned',
        locale: 'en',
        title,
        ...(startsIn === null ? {} : { startsAt: new Date(now + startsIn * HOUR).toISOString() }),
      });
      await admin.post(`/brand-community/announcements/${res.body.data.documentId}/publish`);
      return (await admin.get(`/brand-community/announcements/${res.body.data.documentId}`)).body.data;
    };
    const late = await make('Payment provider switch tonight', 10);
    expect(late.warnings).toEqual([{ code: 'LATE_WARNING', leadHours: expect.any(Number), minLeadHours: 48 }]);
    expect(late.warnings[0].leadHours).toBeGreaterThan(9.8);
    expect(late.warnings[0].leadHours).toBeLessThanOrEqual(10);
    expect((await make('Warehouse move next week', 7 * 24)).warnings).toEqual([]);
    expect((await make('Some day', null)).warnings).toEqual([{ code: 'NO_START', minLeadHours: 48 }]);
    // The list shows it too.
    const list = await admin.get('/brand-community/announcements?kind=planned&pageSize=100');
    expect(list.body.data.find((a: any) => a.documentId === late.documentId).warnings[0].code).toBe('LATE_WARNING');
  });

  it('seeds editable, localized templates and fills a new announcement from one', async () => {
    const ru = await admin.get('/brand-community/announcements/templates?locale=ru');
    expect(ru.status).toBe(200);
    expect(ru.body.data.map((t: any) => t.key).sort()).toEqual(
      ['delayed-orders', 'maintenance', 'outage', 'payment-unavailable', 'terms-change'].sort()
    );
    const outage = ru.body.data.find((t: any) => t.key === 'outage');
    expect(outage.name).toBe('Сбой');
    for (const part of ['whatHappened', 'whoIsAffected', 'whatWeAreDoing', 'nextUpdate']) expect(outage[part].length).toBeGreaterThan(10);

    // An editor changes the template: the next announcement takes the new text.
    await app.strapi.documents('plugin::brand-community.announcement-template').update({
      documentId: outage.documentId,
      locale: 'ru',
      data: { nextUpdate: 'Следующее сообщение — через 30 минут.' },
    });
    const created = await admin.post('/brand-community/announcements', { kind: 'incident', locale: 'ru', template: outage.documentId });
    expect(created.status).toBe(200);
    expect(created.body.data.title).toBe(outage.title);
    expect(created.body.data.body).toContain(outage.whatHappened);
    expect(created.body.data.body).toContain(outage.whoIsAffected);
    expect(created.body.data.body.endsWith('Следующее сообщение — через 30 минут.')).toBe(true);
    expect(created.body.data.locale).toBe('ru');

    const zh = await admin.get('/brand-community/announcements/templates?locale=zh-Hans');
    expect(zh.body.data.find((t: any) => t.key === 'maintenance').name).toBe('计划维护');
    expect((await admin.post('/brand-community/announcements', { kind: 'incident', template: 'nope' })).status).toBe(400);
  });

  it('shows the reaction: comments under the announcement, moderation counts, negatives apart, per hour', async () => {
    const created = await admin.post('/brand-community/announcements', { kind: 'incident', locale: 'en', title: 'Login problems' });
    const id = created.body.data.documentId;
    await admin.post(`/brand-community/announcements/${id}/publish`);
    const under = (content: string, author: string) =>
      postComment(app, { content, authorName: author, authorEmail: `${author.toLowerCase()}@example.org`, announcement: id } as any);
    expect((await under('Thanks, good to know what is going on.', 'Ada')).status).toBe(201);
    expect((await under('Still not fixed, this is unacceptable!', 'Ben')).status).toBe(201);
    expect((await under('<script>alert(1)</script> worst support ever', 'Cy')).status).toBe(201);
    expect((await under('You are all f*cking clowns', 'Dee')).status).toBe(403);
    // A comment on an article is not part of it.
    const [article] = await articles(app);
    expect((await postComment(app, { content: 'Unrelated and awful', authorName: 'Eve', authorEmail: 'eve@example.org', article })).status).toBe(201);

    const res = await admin.get(`/brand-community/announcements/${id}/reaction`);
    expect(res.status).toBe(200);
    const r = res.body.data;
    expect(r.totals).toEqual({ comments: 3, clean: 1, negative: 2, removed: 1, held: 0, flagged: 0 });
    expect(r.moderated).toEqual([{ action: 'removed', category: 'obscenity', count: 1 }]);
    expect(r.comments.map((c: any) => c.authorName).sort()).toEqual(['Ada', 'Ben', 'Cy']);
    expect(r.comments.find((c: any) => c.authorName === 'Cy').text).toBe('<script>alert(1)</script> worst support ever');
    const sum = (key: string) => r.trend.reduce((n: number, h: any) => n + h[key], 0);
    expect([sum('clean'), sum('negative'), sum('moderated')]).toEqual([1, 2, 1]);
    expect(new Date(r.trend[0].hour).getTime()).toBeLessThanOrEqual(Date.now());
    // Nothing of it is public, and an unknown announcement is a 404.
    expect(JSON.stringify((await pub().get(`/api/brand-community/announcements/${id}`)).body)).not.toContain('Ben');
    expect((await admin.get('/brand-community/announcements/nope/reaction')).status).toBe(404);
    expect((await admin.get(`/brand-community/announcements/${id}/reaction?x=1`)).status).toBe(400);

    // The collections read are the saved settings' (effective), not the file config's.
    expect((await admin.put('/brand-community/settings', { targets: [] })).status).toBe(200);
    try {
      const none = await admin.get(`/brand-community/announcements/${id}/reaction`);
      expect(none.body.data.comments).toEqual([]);
      expect(none.body.data.totals.comments).toBe(0);
    } finally {
      expect((await admin.put('/brand-community/settings', { targets: null })).status).toBe(200);
    }
    expect((await admin.get(`/brand-community/announcements/${id}/reaction`)).body.data.totals.comments).toBe(3);
  });
});
