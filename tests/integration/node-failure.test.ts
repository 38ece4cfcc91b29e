// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * A node killed mid-load (SIGKILL, as a crash): no comment it accepted and no log entry it
 * confirmed is lost, and nothing it held stays held: authors' leases expire, e-mails it had
 * claimed are sent by the surviving node. PostgreSQL only (several nodes need a shared database).
 */
import { startSite, type Site } from '../browser/helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, createPgDatabase, http, usesPostgres } from '../helpers/strapi';

const describePg = usesPostgres() ? describe : describe.skip;

describePg('a node killed mid-load', () => {
  let db: Awaited<ReturnType<typeof createPgDatabase>>;
  let mail: Mailbox;
  let a: Site;
  let b: Site;
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    db = await createPgDatabase();
    mail = await startSmtp();
    const env = { ...db.env, SMTP_PORT: String(mail.port), BRAND_COMMUNITY_POLL_MS: '50' };
    // Short recovery times, so the test sees them pass.
    const config = { leaseMs: 1_000, notifications: { claimTimeoutMs: 1_000, backoffMs: 50 } };
    a = await startSite({ admin: false, config, env });
    b = await startSite({ admin: false, config, env: { ...env, PLAYGROUND_SEED: 'false' } });
    admin = http(a.url, await adminLogin(a.url));
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await mail?.close();
    await db?.drop();
  });

  it('loses nothing it confirmed and leaves nothing held', async () => {
    const articles = (await http(a.url).get('/api/articles')).body.data.map((x: any) => x.documentId);
    const requests = Array.from({ length: 150 }, (_, i) => {
      const authorEmail = `crash${i % 20}@example.org`;
      const content =
        i % 3 === 0 ? `You are all f*cking clowns, take ${i}` : `Order ${1000 + i} arrived, thank you, note ${i}`;
      return { authorEmail, content, article: articles[i % articles.length] };
    });
    // Crash once a few answers came back, while the rest are in flight (whatever this machine's speed).
    let answered = 0;
    let crashNow!: () => void;
    const fewAnswered = new Promise<void>((r) => (crashNow = r));
    const sent = requests.map((data, i) =>
      new Promise((r) => setTimeout(r, i * 5))
        .then(() => http(b.url).post('/api/comments', { data: { ...data, authorName: 'Crash' } }))
        .then((res) => ({ data, status: res.status, body: res.body }))
        .catch(() => ({ data, status: 0, body: null }))
        .finally(() => {
          answered += 1;
          if (answered === 3) crashNow();
        })
    );
    await fewAnswered;
    b.crash();
    const results = await Promise.all(sent);
    // Some answered, some were cut off: the point is what the answered ones promised.
    const accepted = results.filter((r) => r.status === 201);
    const removed = results.filter((r) => r.status === 403 && r.body?.error?.details?.code === 'COMMENT_REMOVED');
    expect(accepted.length + removed.length).toBeGreaterThan(0);
    expect(results.some((r) => r.status === 0)).toBe(true); // the crash did cut requests off

    for (const r of accepted) {
      const found = await http(a.url).get(`/api/comments/${r.body.data.documentId}`);
      expect([r.data.content, found.status]).toEqual([r.data.content, 200]);
    }
    for (const r of removed) {
      const logs = await admin.get(`/brand-community/logs?author=${encodeURIComponent(r.data.authorEmail)}&action=removed&pageSize=100`);
      expect(logs.body.data.map((e: any) => e.originalText)).toContain(r.data.content);
    }

    // Leases of the dead node expire: each of its authors can post again on the survivor.
    await new Promise((r) => setTimeout(r, 1_200));
    const authors = [...new Set(requests.map((q) => q.authorEmail))];
    const again = await Promise.all(
      authors.map((authorEmail, i) =>
        http(a.url).post('/api/comments', { data: { authorEmail, authorName: 'Crash', content: `Back again, all good ${i} ${authorEmail}`, article: articles[0] } })
      )
    );
    for (const [i, res] of again.entries()) {
      expect([authors[i], res.status === 429 ? 'lease still held' : 'ok']).toEqual([authors[i], 'ok']);
    }

    // E-mails the dead node had queued or claimed are sent by the survivor: nothing stays queued or sending.
    const deadline = Date.now() + 20_000;
    let pending = -1;
    while (Date.now() < deadline) {
      const queued = await admin.get('/brand-community/notifications?channel=email&status=queued&pageSize=1');
      const sending = await admin.get('/brand-community/notifications?channel=email&status=sending&pageSize=1');
      pending = queued.body.meta.pagination.total + sending.body.meta.pagination.total;
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(pending).toBe(0);
    for (const r of removed) {
      expect(mail.messages.some((m) => (m.to as any)?.text?.includes(r.data.authorEmail))).toBe(true);
    }
  });
});
