// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Learning from restores: "don't flag this again" fitted to the evidence (the word as a site
 * exception, the contact into the allowlist, the author trusted with repeats), recorded, listed,
 * removable; a restored comment re-submitted unchanged by its author is let through.
 */
import { adminWith, API, entry, type Client } from '../helpers/console';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const FALSE_POSITIVE = 'My surname is Shitov, please fix my order';

describe('learning from restores', () => {
  let app: Booted;
  let admin: Client;
  let threads: string[];

  beforeAll(async () => {
    app = await bootStrapi();
    admin = http(app.url, await adminLogin(app.url));
    threads = [];
    for (let i = 0; i < 3; i++) {
      const res = await admin.post('/content-manager/collection-types/api::article.article', { title: `Learning post ${i}` });
      threads.push(res.body.data.documentId);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = (authorEmail: string, content: string, thread = 0) =>
    http(app.url).post('/api/comments', { data: { content, authorName: 'Reader', authorEmail, article: threads[thread] } });

  it('offers the flagged word, restores with it as a site exception, and lets the same text pass', async () => {
    expect((await post('ivan@example.org', FALSE_POSITIVE)).body.error.details.code).toBe('COMMENT_REMOVED');
    const removed = await entry(app, { authorKey: 'ivan@example.org', action: 'removed' });

    const options = await admin.get(`${API}/logs/${removed.documentId}/learn-options`);
    expect(options.status).toBe(200);
    expect(options.body.data).toEqual([{ kind: 'term', value: 'Shitov', detector: 'obscenity', evidenceKind: 'root' }]);

    const restored = await admin.post(`${API}/logs/${removed.documentId}/restore`, { learn: { kind: 'term', value: 'Shitov' } });
    expect(restored.status).toBe(200);
    expect(restored.body.data.entry.review).toMatchObject({ outcome: 'restored' });
    expect(restored.body.meta.learned).toMatchObject({ kind: 'term', value: 'Shitov', logEntry: removed.documentId, createdBy: expect.any(String) });

    expect((await post('olga@example.org', FALSE_POSITIVE)).status).toBe(201);
    expect((await post('petr@example.org', 'Shitov here, thanks for the quick delivery')).status).toBe(201);
    // Only that word: the term itself is still flagged.
    expect((await post('petr@example.org', 'This update is shit')).status).toBe(403);
  });

  it('lists the exception; removing it makes the same text fail again, except for the author it was restored for', async () => {
    const list = await admin.get(`${API}/exceptions`);
    expect(list.status).toBe(200);
    const learned = list.body.data.find((e: any) => e.value === 'Shitov');
    expect(learned).toMatchObject({ kind: 'term', detector: 'obscenity', createdAt: expect.any(String) });

    expect((await admin.del(`${API}/exceptions/${learned.id}`)).body).toEqual({ data: { id: learned.id } });
    expect((await admin.get(`${API}/exceptions`)).body.data.some((e: any) => e.id === learned.id)).toBe(false);
    expect((await admin.del(`${API}/exceptions/${learned.id}`)).status).toBe(404);

    expect((await post('sasha@example.org', FALSE_POSITIVE)).body.error.details.code).toBe('COMMENT_REMOVED');
    // Ivan's comment was restored by a moderator: re-submitted unchanged, it is not removed again…
    expect((await post('ivan@example.org', FALSE_POSITIVE, 1)).status).toBe(201);
    const allowed = await entry(app, { authorKey: 'ivan@example.org', action: 'allowed' });
    expect(allowed.reason).toMatch(/restored this comment/);
    // …but changed, it is judged again.
    expect((await post('ivan@example.org', `${FALSE_POSITIVE}!`, 2)).status).toBe(403);
  });

  it('puts a held contact into the allowlist when approving it', async () => {
    const text = 'Track it here: https://parcel-tracker.example.net/abc';
    expect((await post('anna@example.org', text)).body.error.details.code).toBe('COMMENT_HELD');
    const held = await entry(app, { authorKey: 'anna@example.org', action: 'held' });
    const options = (await admin.get(`${API}/logs/${held.documentId}/learn-options`)).body.data;
    expect(options).toEqual([{ kind: 'allowlist', value: 'parcel-tracker.example.net', detector: 'advertising', evidenceKind: 'url' }]);
    const approved = await admin.post(`${API}/logs/${held.documentId}/approve`, { learn: { kind: 'allowlist', value: options[0].value } });
    expect(approved.status).toBe(200);
    expect((await post('boris@example.org', 'Mine is at https://parcel-tracker.example.net/xyz too')).status).toBe(201);
  });

  it('trusts an author with repeats', async () => {
    const text = 'The checkout page freezes on the last step every time';
    expect((await post('vera@example.org', text, 0)).status).toBe(201);
    expect((await post('vera@example.org', text, 1)).body.error.details.code).toBe('COMMENT_REMOVED');
    const removed = await entry(app, { authorKey: 'vera@example.org', action: 'removed' });
    const options = (await admin.get(`${API}/logs/${removed.documentId}/learn-options`)).body.data;
    expect(options).toEqual([{ kind: 'author', value: 'vera@example.org', detector: 'duplicate', evidenceKind: 'repeat' }]);
    expect((await admin.post(`${API}/logs/${removed.documentId}/restore`, { learn: { kind: 'author', value: 'vera@example.org' } })).status).toBe(200);
    // Another repeat, a little different (not the restored text itself): let through because she is trusted.
    expect((await post('vera@example.org', `${text}, really every single time`, 2)).status).toBe(201);
  });

  it('refuses a learn choice the evidence does not offer, restoring nothing', async () => {
    expect((await post('gleb@example.org', 'You are all f*cking clowns')).status).toBe(403);
    const removed = await entry(app, { authorKey: 'gleb@example.org', action: 'removed' });
    const bodies: unknown[] = [
      { learn: { kind: 'term', value: 'clowns' } },
      { learn: { kind: 'allowlist', value: 'evil.example.com' } },
      { learn: { kind: 'author', value: 'gleb@example.org' } },
      { learn: { kind: 'everything', value: 'x' } },
      { learn: 'f*cking' },
      { learn: { kind: 'term', value: 'x'.repeat(300) } },
      { learn: { kind: 'term', value: 'f*cking', extra: 1 } },
    ];
    for (const body of bodies) {
      const res = await admin.post(`${API}/logs/${removed.documentId}/restore`, body);
      expect([body, res.status, res.body.error?.details?.code]).toEqual([body, 400, 'BAD_REQUEST']);
    }
    const detail = await admin.get(`${API}/logs/${removed.documentId}`);
    expect(detail.body.data.review).toBeNull();
  });

  it('needs settings.manage to learn (logs.restore alone restores without learning) and a token for the lists', async () => {
    expect((await post('nika@example.org', FALSE_POSITIVE)).status).toBe(403);
    const removed = await entry(app, { authorKey: 'nika@example.org', action: 'removed' });
    const moderator = await adminWith(app, ['logs.read', 'logs.restore']);
    expect((await moderator.get(`${API}/logs/${removed.documentId}/learn-options`)).status).toBe(200);
    const refused = await moderator.post(`${API}/logs/${removed.documentId}/restore`, { learn: { kind: 'term', value: 'Shitov' } });
    expect(refused.status).toBe(403);
    expect((await moderator.get(`${API}/exceptions`)).status).toBe(403);
    expect((await http(app.url).get(`${API}/exceptions`)).status).toBe(401);
    expect((await moderator.post(`${API}/logs/${removed.documentId}/restore`, {})).status).toBe(200);
    expect((await admin.get(`${API}/exceptions`)).body.data.some((e: any) => e.value === 'Shitov')).toBe(false);
  });

  it('counts the most restored terms and detectors for the Overview', async () => {
    const stats = await admin.get(`${API}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body.meta.restored.terms).toEqual(
      expect.arrayContaining([
        { term: 'shit', detector: 'obscenity', count: 2 },
        { term: 'parcel-tracker.example.net', detector: 'advertising', count: 1 },
      ])
    );
    expect(stats.body.meta.restored.detectors).toEqual(
      expect.arrayContaining([
        { detector: 'obscenity', count: 2 },
        { detector: 'advertising', count: 1 },
        { detector: 'duplicate', count: 1 },
      ])
    );
  });
});
