// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Announcements posted to a webhook, Telegram and Mastodon (local servers speaking their
 * protocols) exactly once with retries and a backoff, posts left uncertain (a node died mid-post,
 * no answer) until a moderator decides, the admin routes behind a login and the announcement
 * permissions, and channel tokens never in any answer. The timeline and the public API:
 * announcements.test.ts.
 */
import { drainDeliveries, startChannelServer, stuckOrdersIncident, TOKENS, type ChannelServer } from '../helpers/channels';
import { createAdmin } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const P = 'plugin::brand-community';

describe('announcements: channels, admin access and secrets', () => {
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

  const drain = () => drainDeliveries(app.strapi);

  let incident: string;

  beforeAll(async () => {
    hooks = await startChannelServer();
    app = await bootStrapi({ config: { channels: hooks.config(), announcements: { backoffMs: 0, maxAttempts: 4 } } });
    admin = record(http(app.url, await adminLogin(app.url)));
    // The playground's demo announcements are posted at boot: start from a clean slate.
    await drain();
    hooks.received.length = 0;
    // A published incident with four entries (the first explanation and three status updates),
    // queued for the channels and not posted yet.
    const created = await admin.post('/brand-community/announcements', stuckOrdersIncident());
    incident = created.body.data.documentId;
    await app.strapi.documents(`${P}.announcement`).update({
      documentId: incident,
      locale: 'ru',
      data: { title: 'Заказы зависли в обработке', body: 'С 08:00 UTC новые заказы остаются в обработке.' },
    });
    await admin.post(`/brand-community/announcements/${incident}/publish`);
    const steps: Array<[string, string]> = [
      ['identified', 'A stuck queue worker; restarting it.'],
      ['monitoring', 'Orders flow again; watching the queue.'],
      ['resolved', 'All orders placed since 08:00 are processed.'],
    ];
    for (const [status, text] of steps) {
      await admin.post(`/brand-community/announcements/${incident}/entries`, { status, text, locale: 'en' });
    }
  });
  afterAll(async () => {
    await app?.stop();
    await hooks?.close();
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

  it('keeps the admin routes behind a login and the announcement permissions', async () => {
    expect((await http(app.url).get('/brand-community/announcements')).status).toBe(401);
    const editor = await createAdmin(app, 'strapi-editor', 'editor-ann@example-shop.com');
    const api = record(http(app.url, await adminLogin(app.url, editor.email, editor.password)));
    expect((await api.get('/brand-community/announcements')).status).toBe(403);
    expect((await api.post('/brand-community/announcements', { kind: 'incident', title: 'x' })).status).toBe(403);
    expect((await api.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'x' })).status).toBe(403);
    expect((await api.get(`/brand-community/announcements/${incident}/reaction`)).status).toBe(403);
    expect((await api.post('/brand-community/deliveries/x/confirm')).status).toBe(403);
    expect((await api.put(`/brand-community/announcements/${incident}/entries/x/translations/ru`, { text: 'x' })).status).toBe(403);
  });

  /** The deliveries of one entry, by channel. */
  const deliveriesOf = async (entry: string) => {
    const rows = (await admin.get(`/brand-community/announcements/${incident}`)).body.data.deliveries.filter((d: any) => d.entry === entry);
    return Object.fromEntries(rows.map((d: any) => [d.channel, d])) as Record<'webhook' | 'telegram' | 'mastodon', any>;
  };

  it('never posts to Telegram twice when a node died mid-post: uncertain until a moderator marks it posted', async () => {
    hooks.received.length = 0;
    hooks.failFirst(0);
    const res = await admin.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'Cut mid-post.', locale: 'en' });
    const entry = res.body.data.timeline[0].documentId;
    // What a node leaves when it dies after the request left and before the outcome was written:
    // claimed, the call begun (the channel may have published it), never settled.
    const long = new Date(Date.now() - 3_600_000);
    await app.strapi.db.query(`${P}.announcement-delivery`).updateMany({ where: { entry }, data: { status: 'sending', claimedAt: long, sendingAt: long } });
    await drain();
    const by = await deliveriesOf(entry);
    // Telegram cannot drop a repeat: not posted again, left to a moderator.
    expect(by.telegram).toMatchObject({ status: 'uncertain', attempts: 0, sendingAt: long.toISOString() });
    expect(by.telegram.lastError).toMatch(/stopped between the call and its answer/);
    expect(hooks.received.filter((r) => r.channel === 'telegram')).toHaveLength(0);
    // The webhook and Mastodon are posted again with the same key (they drop a repeat of it).
    for (const channel of ['webhook', 'mastodon'] as const) {
      expect(by[channel]).toMatchObject({ status: 'delivered', attempts: 1, sendingAt: null });
      expect(hooks.accepted(channel).map((r) => r.key)).toEqual([`${entry}:${channel}`]);
    }

    // Mark as posted: delivered as of the call, by whom; once.
    const confirmed = await admin.post(`/brand-community/deliveries/${by.telegram.documentId}/confirm`, { remoteId: '4242' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({
      status: 'delivered', remoteId: '4242', confirmedBy: 'Playground Admin', deliveredAt: long.toISOString(), lastError: null,
    });
    const again = await admin.post(`/brand-community/deliveries/${by.telegram.documentId}/confirm`);
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('INVALID_STATE');
    expect((await admin.post(`/brand-community/deliveries/${by.webhook.documentId}/confirm`)).status).toBe(409);
    expect((await admin.post('/brand-community/deliveries/nope/confirm')).status).toBe(404);
    for (const body of [{ remoteId: 5 }, { remoteId: 'x'.repeat(256) }, { x: 1 }, ['4242']]) {
      const bad = await admin.post(`/brand-community/deliveries/${by.telegram.documentId}/confirm`, body);
      expect([bad.status, bad.body.error.details.code]).toEqual([400, 'BAD_REQUEST']);
    }
    await drain();
    expect(hooks.received.filter((r) => r.channel === 'telegram')).toHaveLength(0);
  });

  it('turns a Telegram post without an answer uncertain, and posts it again only when a moderator asks', async () => {
    hooks.received.length = 0;
    const config = app.strapi.config.get('plugin::brand-community') as any;
    config.announcements.requestTimeoutMs = 300;
    hooks.hold(['telegram', 'mastodon']);
    let entry: string;
    try {
      const res = await admin.post(`/brand-community/announcements/${incident}/entries`, { status: 'resolved', text: 'No answer.', locale: 'en' });
      entry = res.body.data.timeline[0].documentId;
      await drain();
    } finally {
      hooks.release();
      config.announcements.requestTimeoutMs = 10_000;
    }
    const by = await deliveriesOf(entry);
    expect(by.telegram).toMatchObject({ status: 'uncertain', attempts: 1 });
    expect(by.telegram.lastError).toMatch(/No answer from the channel.*timeout/);
    // Mastodon timed out too, and was retried with its key: one status, the repeat dropped.
    expect(by.mastodon).toMatchObject({ status: 'delivered' });
    expect(hooks.published('mastodon')).toHaveLength(1);
    expect(hooks.accepted('mastodon').length).toBeGreaterThanOrEqual(2);
    expect(hooks.published('telegram')).toHaveLength(1);

    // Post again: the moderator saw it is not on the channel.
    const retried = await admin.post(`/brand-community/deliveries/${by.telegram.documentId}/retry`);
    expect(retried.body.data).toMatchObject({ status: 'queued', attempts: 0 });
    await drain();
    expect((await deliveriesOf(entry)).telegram).toMatchObject({ status: 'delivered', attempts: 1, sendingAt: null });
    expect(hooks.published('telegram')).toHaveLength(2);
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
