// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Complaint follow-up end to end: a case opened from a legitimate complaint moves open → solution
 * offered → resolved; the author is told once by e-mail (real SMTP), even when ten resolves race;
 * the author's repeated complaint is counted on the open case; the Overview's stats show open
 * cases and the median time to resolution; every route has its hostile twin.
 */
import { adminWith, API, type Client } from '../helpers/console';
import { articles, P, postComment } from '../helpers/site';
import { recipients, startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-20T10:00:00Z');

describe('complaint cases', () => {
  let app: Booted;
  let mail: Mailbox;
  let admin: Client;
  let posts: string[];

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({ env: { SMTP_PORT: String(mail.port) } });
    admin = http(app.url, await adminLogin(app.url));
    posts = await articles(app);
    clock().set(T0);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  const clock = () => app.strapi.plugin('brand-community').service('clock');
  const drain = () => app.strapi.plugin('brand-community').service('notifications').tick();
  const complaint = async (content: string, authorEmail: string, article = posts[0]) => {
    const res = await postComment(app, { content, authorName: 'Rita', authorEmail, article });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };

  it('opens a case, offers a solution, counts a repeated complaint, resolves it and tells the author once', async () => {
    const text = 'I was charged twice for order 5512 and nobody answers my emails!';
    const commentId = await complaint(text, 'rita@example.org');
    const opened = await admin.post(`${API}/cases`, { commentId, cause: 'The payment provider retried a timed-out charge.' });
    expect(opened.status).toBe(200);
    const id = opened.body.data.documentId;
    expect(opened.body.data).toMatchObject({ status: 'open', authorKey: 'rita@example.org', excerpt: text, repeats: 0, ageMs: 0 });
    expect(opened.body.data.owner.name).toBe('Playground Admin');
    expect((await admin.post(`${API}/cases`, { commentId })).body.error.details.code).toBe('ALREADY_EXISTS');

    // The same complaint again under another post: the duplicate filter warns, and the case counts it.
    const repeat = await postComment(app, { content: text, authorName: 'Rita', authorEmail: 'rita@example.org', article: posts[1] });
    expect(repeat.status).toBe(403);
    const [warned] = await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'warned', authorKey: 'rita@example.org' } });
    expect(warned.reason).toContain(`open case (#${opened.body.data.number})`);

    clock().set(new Date(T0.getTime() + 2 * HOUR));
    const offered = await admin.put(`${API}/cases/${id}`, { status: 'solution-offered', solution: 'We refunded the second charge of $49.90.' });
    expect(offered.status).toBe(200);
    expect(offered.body.data).toMatchObject({ status: 'solution-offered', repeats: 1, solutionAt: new Date(T0.getTime() + 2 * HOUR).toISOString() });

    clock().set(new Date(T0.getTime() + 5 * HOUR));
    // Ten resolves at once: one wins, the author gets one e-mail.
    const results = await Promise.all(Array.from({ length: 10 }, () => admin.put(`${API}/cases/${id}`, { status: 'resolved' })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    expect(results.find((r) => r.status === 409)!.body.error.details.code).toBe('INVALID_STATE');
    await drain();
    const message = await mail.waitFor((m) => recipients(m) === 'rita@example.org' && /resolved/.test(m.subject ?? ''));
    expect(message.subject).toBe(`Your complaint is resolved (case #${opened.body.data.number})`);
    expect(message.text).toContain('We refunded the second charge of $49.90.');
    await drain();
    expect(mail.messages.filter((m) => recipients(m) === 'rita@example.org' && /resolved/.test(m.subject ?? ''))).toHaveLength(1);
    const notices = await app.strapi.db.query(`${P}.notification`).findMany({ where: { authorKey: 'rita@example.org', channel: 'email' } });
    expect(notices.filter((n: any) => /resolved/.test(n.subject))).toHaveLength(1);
    expect(await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'resolved', relatedEntry: id } })).toHaveLength(1);

    const shown = await admin.get(`${API}/cases/${id}`);
    expect(shown.body.data).toMatchObject({ status: 'resolved', ageMs: 5 * HOUR });
    expect(shown.body.data.notifiedAt).toBe(new Date(T0.getTime() + 5 * HOUR).toISOString());
    // Resolved is final.
    expect((await admin.put(`${API}/cases/${id}`, { status: 'open' })).status).toBe(409);
    expect((await admin.put(`${API}/cases/${id}`, { solution: 'changed' })).status).toBe(409);

    // A public reply under the original comment, in its thread, logged.
    const reply = await admin.post(`${API}/cases/${id}/reply`, { reply: 'Rita, the second charge is refunded. Sorry for the trouble.' });
    expect(reply.status).toBe(200);
    const posted = await app.strapi.documents('api::comment.comment').findOne({ documentId: reply.body.data.replyCommentId, populate: ['article'] });
    expect(posted).toMatchObject({ authorEmail: 'community@example-shop.com', content: 'Rita, the second charge is refunded. Sorry for the trouble.' });
    expect(posted.article.documentId).toBe(posts[0]);
    expect(await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'replied', relatedEntry: id } })).toHaveLength(1);
  });

  it('lists cases with their age and shows open cases and the median time to resolution on the Overview', async () => {
    const a = await admin.post(`${API}/cases`, { commentId: await complaint('The app crashes when I open my basket on Android.', 'ann@example.org') });
    clock().set(new Date(T0.getTime() + 6 * HOUR));
    const b = await admin.post(`${API}/cases`, { commentId: await complaint('My discount code was rejected at checkout twice.', 'bo@example.org') });
    clock().set(new Date(T0.getTime() + 7 * HOUR));
    expect((await admin.put(`${API}/cases/${b.body.data.documentId}`, { status: 'resolved', solution: 'Code re-issued.' })).status).toBe(200);

    const open = await admin.get(`${API}/cases?status=open`);
    expect(open.body.data.map((c: any) => c.documentId)).toEqual([a.body.data.documentId]);
    expect(open.body.data[0].ageMs).toBe(2 * HOUR);
    const all = await admin.get(`${API}/cases?pageSize=10`);
    expect(all.body.meta.pagination.total).toBe(3);

    const stats = await admin.get(`${API}/stats?from=2026-11-01T00:00:00Z&to=2026-11-30T00:00:00Z`);
    expect(stats.status).toBe(200);
    // Resolved after 5 h and after 1 h: the median is 3 h.
    expect(stats.body.meta).toMatchObject({ openCases: 1, medianResolutionMs: 3 * HOUR });
  });

  describe('hostile twins', () => {
    let reader: Client;
    let commentId: string;
    beforeAll(async () => {
      reader = await adminWith(app, ['answers.read']);
      commentId = await complaint('Support closed my ticket without an answer.', 'cy@example.org');
    });

    it.each([
      ['POST', `${API}/cases`],
      ['PUT', `${API}/cases/abc`],
      ['POST', `${API}/cases/abc/reply`],
    ])('%s %s: 401 without a token, 403 without cases.manage', async (method, path) => {
      const call = (c: Client) => (method === 'PUT' ? c.put(path, {}) : c.post(path, {}));
      expect((await call(http(app.url))).status).toBe(401);
      expect((await call(reader)).status).toBe(403);
      expect((await reader.get(`${API}/cases`)).status).toBe(200);
    });

    it.each([
      [['oops'], 'body'],
      [{ ownerId: 'me' }, 'ownerId'],
      [{ ownerId: 999_999 }, 'ownerId'],
      [{ cause: 'c'.repeat(2001) }, 'cause'],
      [{ cause: 'bad\u0000byte' }, 'cause'],
      [{ status: 'resolved' }, 'status'],
      [{ commentId: ['a'] }, 'commentId'],
    ])('refuses a bad case %j with a 400 naming `%s`', async (body, field) => {
      const res = await admin.post(`${API}/cases`, Array.isArray(body) ? body : { commentId, ...body });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
      expect(await app.strapi.db.query(`${P}.complaint-case`).count({ where: { commentId } })).toBe(0);
    });

    it('refuses bad updates and keeps markup as text', async () => {
      const opened = await admin.post(`${API}/cases`, { commentId, cause: '<script>alert(1)</script>' });
      expect(opened.body.data.cause).toBe('<script>alert(1)</script>');
      const id = opened.body.data.documentId;
      expect((await admin.put(`${API}/cases/${id}`, { status: 'closed' })).body.error.details.field).toBe('status');
      expect((await admin.put(`${API}/cases/${id}`, { solution: 5 })).body.error.details.field).toBe('solution');
      expect((await admin.post(`${API}/cases/${id}/reply`, { reply: '   ' })).body.error.details.field).toBe('reply');
      expect((await admin.post(`${API}/cases/${id}/reply`, { reply: 'r'.repeat(5001) })).body.error.details.field).toBe('reply');
      expect((await admin.get(`${API}/cases/nosuchcase`)).status).toBe(404);
      expect((await admin.get(`${API}/cases?status=lost`)).body.error.details.field).toBe('status');
    });
  });
});
