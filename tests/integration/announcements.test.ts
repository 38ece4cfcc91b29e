// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Announcements in a booted Strapi: the timeline workflow and the public API (active list,
 * find / findOne, localized, published only, nothing internal), bad input refused, timeline
 * entries translated into the site's locales, and the median time to the first public explanation
 * on the Overview. Posting to the channels, the admin routes' permissions and channel tokens never
 * in any answer: announcements-channels.test.ts.
 */
import { drainDeliveries, startChannelServer, stuckOrdersIncident, type ChannelServer } from '../helpers/channels';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const P = 'plugin::brand-community';

describe('announcements: timeline and public API', () => {
  let app: Booted;
  let hooks: ChannelServer;
  let admin: ReturnType<typeof http>;

  const pub = () => http(app.url);

  const drain = () => drainDeliveries(app.strapi);

  beforeAll(async () => {
    hooks = await startChannelServer();
    app = await bootStrapi({ config: { channels: hooks.config(), announcements: { backoffMs: 0, maxAttempts: 4 } } });
    admin = http(app.url, await adminLogin(app.url));
    // The playground's demo announcements are posted at boot: start from a clean slate.
    await drain();
    hooks.received.length = 0;
  });
  afterAll(async () => {
    await app?.stop();
    await hooks?.close();
  });

  let incident: string;

  it('publishes an incident, follows three status updates on the active list and the timeline', async () => {
    const created = await admin.post('/brand-community/announcements', stuckOrdersIncident());
    expect(created.status).toBe(200);
    incident = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ currentStatus: 'investigating', published: false, timeline: [] });
    // A Russian version of the same announcement.
    await app.strapi.documents(`${P}.announcement`).update({
      documentId: incident,
      locale: 'ru',
      data: { title: 'Заказы зависли в обработке', body: 'С 08:00 UTC новые заказы остаются в обработке.' },
    });

    // A draft is nowhere public.
    expect((await pub().get(`/api/brand-community/announcements/${incident}?locale=en`)).status).toBe(404);
    const before = await pub().get('/api/brand-community/announcements/active?locale=en');
    expect(before.body.data.map((a: any) => a.documentId)).not.toContain(incident);

    expect((await admin.post(`/brand-community/announcements/${incident}/publish`)).status).toBe(200);
    const active = await pub().get('/api/brand-community/announcements/active?locale=en');
    expect(active.status).toBe(200);
    expect(active.body.data[0]).toMatchObject({ documentId: incident, currentStatus: 'investigating', kind: 'incident' });
    expect(active.body.data[0].timeline).toEqual([
      expect.objectContaining({ status: 'investigating', text: expect.stringContaining('Since 08:00 UTC') }),
    ]);

    const steps: Array<[string, string]> = [
      ['identified', 'A stuck queue worker; restarting it.'],
      ['monitoring', 'Orders flow again; watching the queue.'],
      ['resolved', 'All orders placed since 08:00 are processed.'],
    ];
    for (const [status, text] of steps) {
      const res = await admin.post(`/brand-community/announcements/${incident}/entries`, { status, text, locale: 'en' });
      expect(res.status).toBe(200);
      expect(res.body.data.currentStatus).toBe(status);
      const one = await pub().get(`/api/brand-community/announcements/${incident}?locale=en`);
      expect(one.body.data.currentStatus).toBe(status);
      expect(one.body.data.timeline[0]).toMatchObject({ status, text });
    }
    const one = await pub().get(`/api/brand-community/announcements/${incident}?locale=en`);
    expect(one.body.data.timeline.map((e: any) => e.status)).toEqual(['resolved', 'monitoring', 'identified', 'investigating']);
    // Resolved: off the active list, still in the archive.
    const after = await pub().get('/api/brand-community/announcements/active?locale=en');
    expect(after.body.data.map((a: any) => a.documentId)).not.toContain(incident);
    const all = await pub().get('/api/brand-community/announcements?locale=en');
    expect(all.body.data.map((a: any) => a.documentId)).toContain(incident);

    // Localized: the Russian text, and the first entry in Russian.
    const ru = await pub().get(`/api/brand-community/announcements/${incident}?locale=ru`);
    expect(ru.body.data.title).toBe('Заказы зависли в обработке');
    expect(ru.body.data.timeline.at(-1)).toMatchObject({ status: 'investigating', locale: 'ru', text: expect.stringContaining('С 08:00') });

    // Time to the first explanation: detected 45 minutes before publication.
    const detail = await admin.get(`/brand-community/announcements/${incident}`);
    expect(detail.body.data.minutesToExplain).toBeGreaterThanOrEqual(45);
    expect(detail.body.data.minutesToExplain).toBeLessThan(50);
    expect(detail.body.data.timeline[0].author).toBe('Playground Admin');
  });

  it('never shows internal fields publicly: no deliveries, authors or reaction data', async () => {
    const one = await pub().get(`/api/brand-community/announcements/${incident}?locale=en`);
    const text = JSON.stringify(one.body);
    expect(Object.keys(one.body.data).sort()).toEqual(
      ['affectedServices', 'body', 'currentStatus', 'detectedAt', 'documentId', 'endsAt', 'kind', 'locale', 'publishedAt', 'startsAt', 'timeline', 'title'].sort()
    );
    for (const word of ['deliver', 'attempt', 'remoteId', 'Playground Admin', 'author', 'publishAt', 'reaction']) {
      expect(text).not.toContain(word);
    }
    for (const p of ['/api/brand-community/announcement-deliveries', '/api/brand-community/deliveries', '/api/brand-community/announcements/x/reaction']) {
      expect([403, 404, 405]).toContain((await pub().get(p)).status);
    }
  });

  it('refuses bad input with a code and a sentence, and checks statuses against the kind', async () => {
    const bad: Array<[string, unknown]> = [
      ['/brand-community/announcements', { kind: 'gossip', title: 'x' }],
      ['/brand-community/announcements', { kind: 'incident' }],
      ['/brand-community/announcements', { kind: 'incident', title: 'x'.repeat(201) }],
      ['/brand-community/announcements', { kind: 'incident', title: 'x', extra: 1 }],
      ['/brand-community/announcements', { kind: 'incident', title: 'x', startsAt: 'soon' }],
      ['/brand-community/announcements', { kind: 'incident', title: { $gt: '' } }],
      [`/brand-community/announcements/${incident}/entries`, { status: 'completed', text: 'Not an incident status' }],
      [`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: '' }],
      [`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'y'.repeat(5001) }],
      [`/brand-community/announcements/${incident}/entries`, { status: ['resolved'], text: 'z' }],
    ];
    for (const [path, body] of bad) {
      const res = await admin.post(path, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('BAD_REQUEST');
      expect(res.body.error.message).toMatch(/\w+ \w+/);
    }
    expect((await admin.post('/brand-community/announcements/nope/entries', { status: 'resolved', text: 'x' })).status).toBe(404);
    // The document service checks the status too (Content Manager, REST, scripts).
    await expect(
      app.strapi.documents(`${P}.announcement`).create({ locale: 'en', data: { kind: 'policy', title: 'Prices', currentStatus: 'resolved' } })
    ).rejects.toThrow(/does not fit a policy announcement/);
    const policy = await app.strapi.documents(`${P}.announcement`).create({ locale: 'en', data: { kind: 'policy', title: 'New prices' } });
    expect(policy.currentStatus).toBe('announced');
  });

  it('translates a timeline entry into a site locale; the public API answers in the locale asked, else the default one, and posts nothing', async () => {
    const created = await admin.post('/brand-community/announcements', { kind: 'incident', locale: 'en', title: 'Slow search', body: 'Search is slow.' });
    const id = created.body.data.documentId;
    await app.strapi.documents(`${P}.announcement`).update({ documentId: id, locale: 'ru', data: { title: 'Медленный поиск', body: 'Поиск тормозит.' } });
    await admin.post(`/brand-community/announcements/${id}/publish`);
    const added = await admin.post(`/brand-community/announcements/${id}/entries`, { status: 'identified', text: 'An index is rebuilding.', locale: 'en' });
    const entry = added.body.data.timeline[0].documentId;
    await drain();
    hooks.received.length = 0;

    const activeRu = async () =>
      (await pub().get('/api/brand-community/announcements/active?locale=ru')).body.data.find((a: any) => a.documentId === id);
    // Not translated yet: the Russian page shows the entry in the default locale, and says so.
    expect((await activeRu()).timeline[0]).toMatchObject({ documentId: entry, locale: 'en', text: 'An index is rebuilding.' });

    const path = `/brand-community/announcements/${id}/entries/${entry}/translations`;
    const put = await admin.put(`${path}/ru`, { text: 'Перестраивается индекс.' });
    expect(put.status).toBe(200);
    expect(put.body.data.locale).toBe('ru');
    expect(put.body.data.siteLocales.sort()).toEqual(['en', 'ru', 'zh-Hans']);
    expect(put.body.data.timeline[0]).toMatchObject({
      documentId: entry, locale: 'ru', text: 'Перестраивается индекс.', translations: { en: 'An index is rebuilding.', ru: 'Перестраивается индекс.' },
    });
    expect((await activeRu()).timeline[0]).toMatchObject({ locale: 'ru', text: 'Перестраивается индекс.' });
    const one = await pub().get(`/api/brand-community/announcements/${id}?locale=ru`);
    expect(one.body.data.timeline[0]).toMatchObject({ locale: 'ru', text: 'Перестраивается индекс.' });
    expect(one.body.data.timeline[0]).not.toHaveProperty('translations');
    const en = await pub().get(`/api/brand-community/announcements/${id}?locale=en`);
    expect(en.body.data.timeline[0]).toMatchObject({ locale: 'en', text: 'An index is rebuilding.' });

    // Replaced, twice at once: one Russian row, the last text.
    await Promise.all([admin.put(`${path}/zh-Hans`, { text: '索引重建中。' }), admin.put(`${path}/zh-Hans`, { text: '索引正在重建。' })]);
    expect((await admin.put(`${path}/ru`, { text: 'Индекс перестраивается.' })).status).toBe(200);
    const rows = await app.strapi.db.query(`${P}.announcement-entry`).findMany({ where: { documentId: entry } });
    expect(rows.map((r: any) => r.locale).sort()).toEqual(['en', 'ru', 'zh-Hans']);
    expect(rows.find((r: any) => r.locale === 'ru').text).toBe('Индекс перестраивается.');
    expect(new Set(rows.map((r: any) => new Date(r.at).getTime())).size).toBe(1);
    // A zh-Hans reader: the entry in Chinese though the announcement has no Chinese version (the list falls back too).
    const detailZh = await admin.get(`/brand-community/announcements/${id}?locale=en`);
    expect(detailZh.body.data.timeline[0].translations['zh-Hans']).toMatch(/^索引/);

    // Translations post nothing: each entry goes out once per channel, in the channels' locale.
    await drain();
    expect(hooks.received).toHaveLength(0);

    const bad: Array<[string, unknown, number]> = [
      [`${path}/fr`, { text: 'x' }, 400],
      [`${path}/${'r'.repeat(21)}`, { text: 'x' }, 400],
      [`${path}/ru`, { text: '' }, 400],
      [`${path}/ru`, { text: 'y'.repeat(5001) }, 400],
      [`${path}/ru`, { text: ['x'] }, 400],
      [`${path}/ru`, { text: 'x', status: 'resolved' }, 400],
      [`/brand-community/announcements/${id}/entries/nope/translations/ru`, { text: 'x' }, 404],
      // An entry of another announcement is not this one's.
      [`/brand-community/announcements/${incident}/entries/${entry}/translations/ru`, { text: 'x' }, 404],
    ];
    for (const [p, body, status] of bad) {
      const res = await admin.put(p, body);
      expect([p, res.status]).toEqual([p, status]);
      expect(res.body.error.details.code).toBe(status === 400 ? 'BAD_REQUEST' : 'NOT_FOUND');
    }
    expect((await admin.put(`${path}/fr`, { text: 'x' })).body.error.message).toMatch(/not a locale of this site; use one of: .*ru/);
  });

  it('puts the median time to the first public explanation on the Overview, over the period, pending incidents apart', async () => {
    const clock = app.strapi.plugin('brand-community').service('clock');
    const at = (s: string) => new Date(`2020-03-${s}Z`);
    // detected, published (null: never): minutes to explain 30, 90, 150, pending, 15 days, 10.
    const cases: Array<[string, string | null]> = [
      ['05T10:00', '05T10:30'],
      ['06T10:00', '06T11:30'],
      ['07T10:00', '07T12:30'],
      ['08T10:00', null],
      ['10T10:00', '25T10:00'],
      ['25T09:00', '25T09:10'],
    ];
    try {
      for (const [detected, published] of cases) {
        const res = await admin.post('/brand-community/announcements', {
          kind: 'incident', locale: 'en', title: `Incident of ${detected}`, detectedAt: at(detected).toISOString(),
        });
        if (!published) continue;
        clock.set(at(published));
        expect((await admin.post(`/brand-community/announcements/${res.body.data.documentId}/publish`)).status).toBe(200);
      }
    } finally {
      clock.set(null);
    }
    const stats = async (from: string, to: string) => {
      const overview = await admin.get(`/brand-community/stats?from=${at(from).toISOString()}&to=${at(to).toISOString()}`);
      const page = await admin.get(`/brand-community/announcements/stats?from=${at(from).toISOString()}&to=${at(to).toISOString()}`);
      expect(overview.status).toBe(200);
      // One computation: the Overview and the Announcements page say the same.
      expect(overview.body.meta.explain).toEqual(page.body.data);
      return overview.body.meta.explain;
    };
    // 6th to 20th: published 90 and 150 min after detection; the 8th's and the 10th's not explained by the 20th.
    expect(await stats('06T00:00', '20T00:00')).toEqual({ incidents: 2, medianMinutesToExplain: 120, pending: 2 });
    // The whole month: 10, 30, 90, 150 and 21,600 min; the 8th's still pending, not counted as zero.
    expect(await stats('01T00:00', '31T00:00')).toEqual({ incidents: 5, medianMinutesToExplain: 90, pending: 1 });
    // Before any: nothing, not zero.
    expect(await stats('01T00:00', '02T00:00')).toEqual({ incidents: 0, medianMinutesToExplain: null, pending: 0 });
  });
});
