// @postgres — the PostgreSQL pass runs this file too (concurrency, several nodes, or SQL the databases answer differently).
/**
 * Two Strapi processes on one PostgreSQL database, both running the announcement worker, posting
 * to local servers speaking the webhook, Telegram and Mastodon protocols that answer 500 twice
 * first: each entry reaches each channel exactly once. PostgreSQL only (skipped on SQLite).
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
    const config = { channels: hooks.config(), announcements: { backoffMs: 30, maxAttempts: 6 } };
    a = await startSite({ admin: false, config, env });
    b = await startSite({ admin: false, config, env: { ...env, PLAYGROUND_SEED: 'false' } });
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
  const settled = async (id: string) => {
    for (let i = 0; i < 600; i++) {
      const res = await adminB.get(`/brand-community/announcements/${id}`);
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
});
