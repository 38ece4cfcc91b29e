// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Two Strapi processes on one PostgreSQL database, both running the announcement worker, posting
 * to local servers speaking the webhook, Telegram and Mastodon protocols that answer 500 twice
 * first: each entry reaches each channel exactly once. A node killed between the call to Telegram
 * and writing its outcome: the post is not sent again (uncertain, for a moderator), the webhook's
 * and Mastodon's are sent again with their key. PostgreSQL only (skipped on SQLite).
 */
import { startSite, type Site } from '../browser/helpers/site';
import { startChannelServer, type ChannelServer } from '../helpers/channels';
import { adminLogin, createPgDatabase, http, usesPostgres } from '../helpers/strapi';

const describePg = usesPostgres() ? describe : describe.skip;

describePg('announcements on two nodes sharing PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createPgDatabase>>;
  let hooks: ChannelServer;
  let a: Site;
  let b: Site;
  let adminA: ReturnType<typeof http>;
  let adminB: ReturnType<typeof http>;

  beforeAll(async () => {
    db = await createPgDatabase();
    hooks = await startChannelServer();
    const env = { ...db.env, BRAND_COMMUNITY_POLL_MS: '40' };
    // A claim expires after 1.5 s (a dead node's post is looked at again soon); a request may wait 5 s.
    const announcements = { backoffMs: 30, maxAttempts: 6, claimTimeoutMs: 1_500, requestTimeoutMs: 5_000 };
    // Each node's requests carry its name (`via`), so a held post tells which node sent it.
    a = await startSite({ admin: false, config: { channels: hooks.config('a'), announcements }, env });
    b = await startSite({
      admin: false,
      config: { channels: hooks.config('b'), announcements },
      env: { ...env, PLAYGROUND_SEED: 'false' },
    });
    const token = await adminLogin(a.url);
    adminA = http(a.url, token);
    adminB = http(b.url, token);
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await hooks?.close();
    await db?.drop();
  });

  /** Waits until no delivery of the announcement is queued or being sent (both workers poll every 40 ms). */
  const settled = async (id: string, api = adminB) => {
    for (let i = 0; i < 600; i++) {
      const res = await api.get(`/brand-community/announcements/${id}`);
      const open = res.body.data.deliveries.filter((d: any) => d.status === 'queued' || d.status === 'sending');
      if (res.body.data.deliveries.length && open.length === 0) return res.body.data;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('deliveries did not settle');
  };

  it('posts each entry exactly once per channel though both nodes work and every channel fails twice first', async () => {
    hooks.failFirst(2);

    const created = await adminA.post('/brand-community/announcements', {
      kind: 'incident',
      locale: 'en',
      title: 'Two-node incident',
      body: 'Investigating slow pages.',
    });
    const id = created.body.data.documentId;
    // Published on one node twice at once, and updated on the other, racing.
    const [p1, p2] = await Promise.all([
      adminA.post(`/brand-community/announcements/${id}/publish`),
      adminB.post(`/brand-community/announcements/${id}/publish`),
    ]);
    expect([p1.status, p2.status]).toEqual([200, 200]);
    const steps = await Promise.all([
      adminB.post(`/brand-community/announcements/${id}/entries`, { status: 'identified', text: 'A cache node is down.' }),
      adminA.post(`/brand-community/announcements/${id}/entries`, { status: 'monitoring', text: 'Replaced; watching.' }),
    ]);
    expect(steps.map((s) => s.status)).toEqual([200, 200]);

    const detail = await settled(id);
    // One first entry however many publications raced, plus the two updates.
    expect(detail.timeline).toHaveLength(3);
    expect(detail.deliveries).toHaveLength(9);
    for (const d of detail.deliveries) expect(d).toMatchObject({ status: 'delivered', attempts: 3 });

    // Only this announcement's requests (the demo announcements are posted at boot too).
    const keys = new Set(detail.deliveries.map((d: any) => d.key));
    const ours = (r: { channel: string; key: string; body: any }) =>
      r.channel === 'telegram' ? String(r.body?.text ?? '').startsWith('Two-node incident') : keys.has(r.key);
    for (const channel of ['webhook', 'telegram', 'mastodon'] as const) {
      const accepted = hooks.accepted(channel).filter(ours).map((r) => r.key);
      expect(accepted).toHaveLength(3);
      expect(new Set(accepted).size).toBe(3);
      // Two refusals and one success per entry: no node posted an entry the other was posting.
      expect(hooks.received.filter((r) => r.channel === channel && ours(r))).toHaveLength(9);
    }
  });

  it('does not post to Telegram again when the node posting it dies before writing the outcome', async () => {
    hooks.failFirst(0);
    // The channels publish the first request of each post and keep the answer back.
    hooks.hold(['webhook', 'telegram', 'mastodon']);
    const created = await adminA.post('/brand-community/announcements', { kind: 'incident', locale: 'en', title: 'Crash incident', body: 'Payments fail.' });
    const id = created.body.data.documentId;
    expect((await adminA.post(`/brand-community/announcements/${id}/publish`)).status).toBe(200);

    // The node whose Telegram post is published and waiting for its answer dies.
    const ours = (r: { body: any }) => String(r.body?.text ?? r.body?.status ?? r.body?.announcement?.title ?? '').includes('Crash incident');
    let sender: string | undefined;
    for (let i = 0; i < 1_000 && !sender; i++) {
      sender = hooks.received.find((r) => r.channel === 'telegram' && r.held && ours(r))?.via;
      if (!sender) await new Promise((r) => setTimeout(r, 10));
    }
    expect(['a', 'b']).toContain(sender);
    (sender === 'a' ? a : b).crash();
    hooks.release();
    const survivor = sender === 'a' ? adminB : adminA;

    // The survivor takes the dead node's claims back once they expire.
    const detail = await settled(id, survivor);
    const by = Object.fromEntries(detail.deliveries.map((d: any) => [d.channel, d]));
    expect(by.telegram).toMatchObject({ status: 'uncertain' });
    expect(by.telegram.lastError).toMatch(/stopped between the call and its answer/);
    expect(by.telegram.sendingAt).toEqual(expect.any(String));
    for (const channel of ['webhook', 'mastodon'] as const) expect(by[channel]).toMatchObject({ status: 'delivered' });
    // Telegram published it once and was not asked again; the others carried one key however often sent.
    expect(hooks.received.filter((r) => r.channel === 'telegram' && ours(r))).toHaveLength(1);
    for (const channel of ['webhook', 'mastodon'] as const) {
      const keys = hooks.accepted(channel).filter((r) => r.key.startsWith(detail.timeline[0].documentId)).map((r) => r.key);
      expect(new Set(keys)).toEqual(new Set([`${detail.timeline[0].documentId}:${channel}`]));
    }

    // The moderator saw the message on the channel: marked as posted, nothing sent.
    const confirmed = await survivor.post(`/brand-community/deliveries/${by.telegram.documentId}/confirm`);
    expect(confirmed.body.data).toMatchObject({ status: 'delivered', deliveredAt: by.telegram.sendingAt });
    const after = await settled(id, survivor);
    expect(after.deliveries.every((d: any) => d.status === 'delivered')).toBe(true);
    expect(hooks.received.filter((r) => r.channel === 'telegram' && ours(r))).toHaveLength(1);
  });
});
