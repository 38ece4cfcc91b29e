// @postgres — the PostgreSQL pass runs this file too (concurrency, several nodes, or SQL the databases answer differently).
/**
 * Announcements in a booted Strapi: the timeline workflow and the public API (active list,
 * find / findOne, localized, published only, nothing internal), posting each entry to a webhook,
 * Telegram and Mastodon (local servers speaking their protocols) exactly once with retries,
 * and channel tokens never in any answer.
 */
import { startChannelServer, TOKENS, type ChannelServer } from '../helpers/channels';
import { createAdmin } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const P = 'plugin::brand-community';

describe('announcements: timeline, public API and channels', () => {
  let app: Booted;
  let hooks: ChannelServer;
  let admin: ReturnType<typeof http>;
  const responses: string[] = [];

  /** Every admin and public answer is kept, to look for tokens in them at the end. */
  const record = (client: ReturnType<typeof http>) => {
    const wrap =
      (fn: (...args: any[]) => Promise<{ status: number; body: any }>) =>
      async (...args: any[]) => {
        const res = await fn(...args);
        responses.push(JSON.stringify(res.body));
        return res;
      };
    return { get: wrap(client.get), post: wrap(client.post), put: wrap(client.put), del: wrap(client.del) };
  };
  const pub = () => record(http(app.url));
  const deliveries = () => app.strapi.plugin('brand-community').service('deliveries');

  /** Runs the worker until nothing is due (retries with a zero backoff are due at once). */
  const drain = async () => {
    for (let i = 0; i < 30; i++) {
      await deliveries().processDue();
      const waiting = await app.strapi.db
        .query(`${P}.announcement-delivery`)
        .count({ where: { status: { $in: ['queued', 'sending'] } } });
      if (waiting === 0) return;
    }
    throw new Error('deliveries still queued after 30 worker runs');
  };

  beforeAll(async () => {
    hooks = await startChannelServer();
    app = await bootStrapi({ config: { channels: hooks.config(), announcements: { backoffMs: 0, maxAttempts: 4 } } });
    admin = record(http(app.url, await adminLogin(app.url)));
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
    const created = await admin.post('/brand-community/announcements', {
      kind: 'incident',
      locale: 'en',
      title: 'Orders stuck in "processing"',
      body: 'Since 08:00 UTC new orders stay in processing. Next update at 10:00.',
      detectedAt: new Date(Date.now() - 45 * 60_000).toISOString(),
    });
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

  it('posts each entry exactly once to each channel, also when the channel answers 500 twice first', async () => {
    await drain();
    // The four entries of the incident, one accepted post each per channel.
    for (const channel of ['webhook', 'telegram', 'mastodon'] as const) {
      const keys = hooks.accepted(channel).map((r) => r.key);
      expect(keys).toHaveLength(4);
      expect(new Set(keys).size).toBe(4);
    }
    expect(hooks.accepted('webhook').every((r) => r.signatureOk)).toBe(true);
    expect(hooks.accepted('telegram')[0].body).toMatchObject({ chat_id: TOKENS.chatId });
    expect(hooks.accepted('telegram')[0].body.parse_mode).toBeUndefined();

    hooks.received.length = 0;
    hooks.failFirst(2);
    const res = await admin.post(`/brand-community/announcements/${incident}/entries`, {
      status: 'resolved',
      text: 'Post-mortem: <b>queue</b> alerting added.',
      locale: 'en',
    });
    const entry = res.body.data.timeline[0].documentId;
    await drain();
    for (const channel of ['webhook', 'telegram', 'mastodon'] as const) {
      expect(hooks.received.filter((r) => r.channel === channel).map((r) => r.status)).toEqual([500, 500, 200]);
    }
    const detail = await admin.get(`/brand-community/announcements/${incident}`);
    const mine = detail.body.data.deliveries.filter((d: any) => d.entry === entry);
    expect(mine).toHaveLength(3);
    for (const d of mine) {
      expect(d).toMatchObject({ status: 'delivered', attempts: 3, lastError: null, key: `${entry}:${d.channel}` });
      expect(d.remoteId).toEqual(expect.any(String));
      expect(d.deliveredAt).toEqual(expect.any(String));
    }
    // The markup is sent as text (no parse mode, no HTML on any channel).
    expect(hooks.accepted('mastodon')[0].body.status).toContain('<b>queue</b>');
  });

  it('queues and posts an entry once when the worker and the queueing race', async () => {
    hooks.received.length = 0;
    hooks.failFirst(0);
    const res = await admin.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'Race test.', locale: 'en' });
    const entry = res.body.data.timeline[0].documentId;
    await Promise.all([
      deliveries().enqueueEntry(incident, entry),
      deliveries().enqueueEntry(incident, entry),
      deliveries().processDue(),
      deliveries().processDue(),
      deliveries().processDue(),
    ]);
    await drain();
    const rows = await app.strapi.db.query(`${P}.announcement-delivery`).findMany({ where: { entry } });
    expect(rows).toHaveLength(3);
    for (const channel of ['webhook', 'telegram', 'mastodon'] as const) {
      expect(hooks.accepted(channel)).toHaveLength(1);
    }
  });

  it('backs off between attempts, fails for good after maxAttempts, and retries on demand', async () => {
    hooks.received.length = 0;
    hooks.failAlways(503);
    const res = await admin.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'Outage of the channels.', locale: 'en' });
    const entry = res.body.data.timeline[0].documentId;
    await drain();
    const failed = (await admin.get(`/brand-community/announcements/${incident}`)).body.data.deliveries.filter(
      (d: any) => d.entry === entry
    );
    expect(failed.map((d: any) => [d.status, d.attempts])).toEqual([
      ['failed', 4],
      ['failed', 4],
      ['failed', 4],
    ]);
    expect(failed[0].lastError).toMatch(/HTTP 503/);

    hooks.failAlways(null);
    const retried = await admin.post(`/brand-community/deliveries/${failed[1].documentId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data.status).toBe('queued');
    await drain();
    const after = (await admin.get(`/brand-community/announcements/${incident}`)).body.data.deliveries.find(
      (d: any) => d.documentId === failed[1].documentId
    );
    expect(after).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(hooks.accepted(after.channel)).toHaveLength(1);

    // A real backoff: after one failure the next attempt waits (here a minute), the worker skips it.
    hooks.failAlways(500);
    const config = app.strapi.config.get('plugin::brand-community');
    config.announcements.backoffMs = 60_000;
    try {
      const again = await admin.post(`/brand-community/deliveries/${failed[0].documentId}/retry`);
      expect(again.status).toBe(200);
      await deliveries().processDue();
      await deliveries().processDue();
      const row = await app.strapi.db.query(`${P}.announcement-delivery`).findOne({ where: { documentId: failed[0].documentId } });
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
      expect(new Date(row.nextAttemptAt).getTime() - Date.now()).toBeGreaterThan(50_000);
    } finally {
      config.announcements.backoffMs = 0;
      hooks.failAlways(null);
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

  it('keeps the admin routes behind a login and the announcement permissions', async () => {
    expect((await http(app.url).get('/brand-community/announcements')).status).toBe(401);
    const editor = await createAdmin(app, 'strapi-editor', 'editor-ann@example-shop.com');
    const api = record(http(app.url, await adminLogin(app.url, editor.email, editor.password)));
    expect((await api.get('/brand-community/announcements')).status).toBe(403);
    expect((await api.post('/brand-community/announcements', { kind: 'incident', title: 'x' })).status).toBe(403);
    expect((await api.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'x' })).status).toBe(403);
    expect((await api.get(`/brand-community/announcements/${incident}/reaction`)).status).toBe(403);
  });

  it('never returns a channel token or secret in any answer', async () => {
    // The pages an admin opens most, plus everything answered above.
    for (const p of ['/brand-community/announcements', `/brand-community/announcements/${incident}`, '/brand-community/setup', '/brand-community/announcements/templates']) {
      await admin.get(p);
    }
    await pub().get('/api/brand-community/announcements');
    const all = responses.join('\n');
    expect(responses.length).toBeGreaterThan(30);
    for (const secret of [TOKENS.webhookSecret, TOKENS.telegram, TOKENS.mastodon, 'TEST-telegram-token']) {
      expect(all).not.toContain(secret);
    }
    // Nor in the database's error column.
    const rows = await app.strapi.db.query(`${P}.announcement-delivery`).findMany({});
    expect(JSON.stringify(rows)).not.toContain(TOKENS.telegram);
  });
});
