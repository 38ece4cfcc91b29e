// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Two Strapi processes of the playground on one PostgreSQL database, as a site that outgrew one
 * node runs: concurrent requests to both behave as one node would. PostgreSQL only
 * (`DATABASE_CLIENT=postgres`; `npm test` runs this pass); skipped on SQLite.
 */
import { startSite, type Site } from '../browser/helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, createPgDatabase, http, usesPostgres } from '../helpers/strapi';

const describePg = usesPostgres() ? describe : describe.skip;

describePg('two nodes on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createPgDatabase>>;
  let mail: Mailbox;
  let a: Site;
  let b: Site;
  let threads: string[];
  let adminA: ReturnType<typeof http>;
  let adminB: ReturnType<typeof http>;

  beforeAll(async () => {
    db = await createPgDatabase();
    mail = await startSmtp();
    const env = { ...db.env, SMTP_PORT: String(mail.port), BRAND_COMMUNITY_POLL_MS: '50' };
    const config = { maxWarnings: 2, notifications: { backoffMs: 50 } };
    // One after the other: the first creates the schema and the demo data.
    a = await startSite({ admin: false, config, env });
    b = await startSite({ admin: false, config, env: { ...env, PLAYGROUND_SEED: 'false' } });
    const token = await adminLogin(a.url);
    adminA = http(a.url, token);
    adminB = http(b.url, token);
    threads = [];
    for (let i = 0; i < 12; i++) {
      const res = await adminA.post('/content-manager/collection-types/api::article.article', { title: `Node post ${i}` });
      expect(res.status).toBe(201);
      threads.push(res.body.data.documentId);
    }
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await mail?.close();
    await db?.drop();
  });

  const post = (site: Site, data: Record<string, unknown>) => http(site.url).post('/api/comments', { data });
  const node = (i: number) => (i % 2 === 0 ? a : b);

  it('keeps exactly one of an author\'s repeated comment racing on both nodes, warns twice, bans once', async () => {
    const author = { authorName: 'Nina', authorEmail: 'nina@example.org' };
    const content = 'The app logs me out every five minutes since the last update';
    const results = await Promise.all(threads.map((article, i) => post(node(i), { ...author, content, article })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const codes = results.filter((r) => r.status === 403).map((r) => r.body.error.details.code);
    expect(codes.filter((c) => c === 'COMMENT_REMOVED')).toHaveLength(3); // warning, warning, ban
    expect(codes.filter((c) => c === 'AUTHOR_BANNED')).toHaveLength(threads.length - 4);

    const authors = await adminB.get(`/brand-community/authors?q=${encodeURIComponent(author.authorEmail)}`);
    expect(authors.body.data).toHaveLength(1);
    expect(authors.body.data[0]).toMatchObject({ warnings: 2, banned: true });
    const listed = await http(b.url).get(`/api/comments?filters[content][$eq]=${encodeURIComponent(content)}`);
    expect(listed.body.data).toHaveLength(1);
  });

  it('enforces a ban made on one node on the other at once', async () => {
    const author = { authorName: 'Otto', authorEmail: 'otto@example.org' };
    expect((await post(b, { ...author, content: 'First visit, nice shop', article: threads[0] })).status).toBe(201);
    const ban = await adminA.post(`/brand-community/authors/${encodeURIComponent(author.authorEmail)}/ban`, { reason: 'Test ban' });
    expect(ban.status).toBe(200);
    const res = await post(b, { ...author, content: 'Second visit, still nice', article: threads[1] });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('AUTHOR_BANNED');
  });

  it('sends each explanation exactly once though both nodes run the e-mail worker', async () => {
    const authors = Array.from({ length: 8 }, (_, i) => `mail${i}@example.org`);
    const results = await Promise.all(
      authors.map((authorEmail, i) => post(node(i), { authorName: 'M', authorEmail, content: `You are all f*cking clowns ${i}`, article: threads[i] }))
    );
    expect(results.every((r) => r.status === 403)).toBe(true);
    for (const to of authors) await mail.waitFor((m) => (m.to as any)?.text?.includes(to), 20_000);
    // Both workers keep polling; give them time to (wrongly) send again.
    await new Promise((r) => setTimeout(r, 1500));
    for (const to of authors) {
      expect([to, mail.messages.filter((m) => (m.to as any)?.text?.includes(to)).length]).toEqual([to, 1]);
    }
    const sent = await adminA.get('/brand-community/notifications?channel=email&status=sent&pageSize=100');
    const ours = sent.body.data.filter((n: any) => authors.includes(n.recipient));
    expect(ours).toHaveLength(authors.length);
    expect(ours.every((n: any) => n.attempts === 1)).toBe(true);
  });

  it('lets a rule edited on one node reach the other node\'s filter', async () => {
    const rules = await http(a.url).get('/api/brand-community/rules?locale=en');
    const rule = rules.body.data.find((r: any) => r.number === 1);
    const uid = 'plugin::brand-community.community-rule';
    const edit = await adminA.put(`/content-manager/collection-types/${uid}/${rule.documentId}?locale=en`, {
      customTerms: ['zorblax'],
    });
    expect(edit.status).toBe(200);
    const publish = await adminA.post(`/content-manager/collection-types/${uid}/${rule.documentId}/actions/publish?locale=en`, {});
    expect(publish.status).toBe(200);

    // Node B compares the rules' stamp every few seconds.
    const deadline = Date.now() + 20_000;
    let refused = false;
    for (let i = 0; !refused && Date.now() < deadline; i++) {
      const res = await post(b, { authorName: 'Z', authorEmail: `z${i}@example.org`, content: `What a zorblax you are`, article: threads[2] });
      refused = res.status === 403 && res.body.error.details.code === 'COMMENT_REMOVED';
      if (!refused) await new Promise((r) => setTimeout(r, 500));
    }
    expect(refused).toBe(true);
  });
});
