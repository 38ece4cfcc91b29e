// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Suspected fakes end to end: a moderator marks a comment, its author gets a one-time link by
 * e-mail (real SMTP on loopback), answers it through the public API, the playground's verifier
 * checks the playground's orders; past the deadline (injectable clock) the request becomes
 * `no-answer` with a prepared reply a moderator posts. Tokens reused, expired, foreign or malformed
 * are refused, tries are rate-limited in the database, and every route has its hostile twin.
 */
import { adminWith, API, type Client } from '../helpers/console';
import { articles, P, postComment } from '../helpers/site';
import { recipients, startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const DAY = 86_400_000;
const T0 = new Date('2026-11-20T10:00:00Z');

describe('suspected fakes', () => {
  let app: Booted;
  let mail: Mailbox;
  let admin: Client;
  let posts: string[];
  const visitor = () => http(app.url);

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({
      env: { SMTP_PORT: String(mail.port) },
      config: {
        fakes: {
          fields: [{ name: 'city', label: 'City of delivery' }],
          answerUrl: 'https://example-shop.com/verify?id={id}&token={token}',
          rateLimit: { perToken: 4, perIp: 10_000, windowMs: 60_000 },
          sweepIntervalMs: 0,
        },
      },
    });
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
  const fakes = () => app.strapi.plugin('brand-community').service('fakes');

  const comment = async (content: string, authorEmail: string, authorName = 'Visitor') => {
    const res = await postComment(app, { content, authorName, authorEmail, article: posts[0] });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };

  /** Marks a comment and returns the request and the token from the e-mail its author got. */
  const markAndRead = async (commentId: string, email: string) => {
    const res = await admin.post(`${API}/fakes`, { commentId, note: 'Brand-new account, no order found' });
    expect(res.status).toBe(200);
    await drain();
    const id = res.body.data.documentId;
    const message = await mail.waitFor((m) => recipients(m) === email && (m.text ?? '').includes(`verify?id=${id}&`));
    expect(message.subject).toBe('Could you help us find your order?');
    const link = /verify\?id=([A-Za-z0-9_-]+)&token=([A-Za-z0-9_-]{43})/.exec(message.text ?? '');
    return { request: res.body.data, token: link![2], message };
  };

  const answer = (id: string, body: unknown) => visitor().post(`/api/brand-community/fakes/${id}/answer`, body);

  it('asks the author politely for the order number, the purchase date and the site\'s field, by a deadline, and logs it', async () => {
    const commentId = await comment('Ordered a kettle here, it exploded on the first day. Never again!', 'mark@example.org', 'Mark');
    const { request, message } = await markAndRead(commentId, 'mark@example.org');
    expect(request).toMatchObject({ state: 'awaiting', commentId, authorKey: 'mark@example.org', emailed: true });
    expect(request.fields).toEqual(['orderNumber', 'purchaseDate', 'city']);
    expect(request.deadline).toBe(new Date(T0.getTime() + 3 * DAY).toISOString());
    expect(message.text).toContain('Order number');
    expect(message.text).toContain('City of delivery');
    expect(message.text).toContain('2026-11-23 10:00 UTC');
    expect(message.text).toContain('> Ordered a kettle here');
    const [logged] = await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'requested', targetDocumentId: commentId } });
    expect(logged).toMatchObject({ category: 'manual', authorKey: 'mark@example.org', relatedEntry: request.documentId });
    // One request per comment.
    const again = await admin.post(`${API}/fakes`, { commentId });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('ALREADY_EXISTS');
  });

  it('request → answer → verified genuine against the playground orders; the token then works no more', async () => {
    const commentId = await comment('Third time my parcel arrives crushed, what is going on with packaging?', 'mark@example.org', 'Mark');
    const { request, token } = await markAndRead(commentId, 'mark@example.org');
    const question = await visitor().get(`/api/brand-community/fakes/${request.documentId}/question?token=${token}`);
    expect(question.status).toBe(200);
    expect(question.body.data.fields).toEqual(['orderNumber', 'purchaseDate', 'city']);

    const res = await answer(request.documentId, { token, answer: { orderNumber: '#48213', purchaseDate: '2026-11-02', city: 'Leeds' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ received: true });
    const shown = await admin.get(`${API}/fakes/${request.documentId}`);
    expect(shown.body.data).toMatchObject({ state: 'genuine', answer: { orderNumber: '#48213', city: 'Leeds' }, reply: null });
    expect(shown.body.data.verdictReason).toContain('48213');

    const reused = await answer(request.documentId, { token, answer: { orderNumber: '1' } });
    expect(reused.status).toBe(409);
    expect(reused.body.error.details.code).toBe('TOKEN_USED');
  });

  it('answers an unknown, malformed or foreign token exactly like an unknown request', async () => {
    const a = await markAndRead(await comment('The coffee tasted like soap, every single cup of it.', 'zed@example.org'), 'zed@example.org');
    const b = await markAndRead(await comment('Delivery guy threw my box over the fence, great job.', 'yan@example.org'), 'yan@example.org');
    const foreign = await answer(a.request.documentId, { token: b.token, answer: { orderNumber: '1' } });
    const unknown = await answer(a.request.documentId, { token: 'A'.repeat(43), answer: { orderNumber: '1' } });
    const malformed = await answer(a.request.documentId, { token: '<script>', answer: { orderNumber: '1' } });
    const noRequest = await answer('nosuchrequest000000000000', { token: a.token, answer: { orderNumber: '1' } });
    for (const res of [foreign, unknown, malformed, noRequest]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual(unknown.body.error);
    }
    expect(unknown.body.error.details.code).toBe('TOKEN_INVALID');
    // None of that used either token.
    const rows = await app.strapi.db.query(`${P}.fake-request`).findMany({ where: { documentId: { $in: [a.request.documentId, b.request.documentId] } } });
    expect(rows.map((r: any) => r.state)).toEqual(['awaiting', 'awaiting']);
  });

  it('an answer that does not match an order is not verified and gets a prepared reply that accuses nobody', async () => {
    const commentId = await comment('Paid for express shipping and waited two weeks, disgraceful.', 'nora@example.org', 'Nora');
    const { request, token } = await markAndRead(commentId, 'nora@example.org');
    const res = await answer(request.documentId, { token, answer: { orderNumber: '48213', purchaseDate: '2026-11-02' } });
    expect(res.status).toBe(200);
    const list = await admin.get(`${API}/fakes?state=attention`);
    const row = list.body.data.find((r: any) => r.documentId === request.documentId);
    expect(row).toMatchObject({ state: 'unverified' });
    expect(row.verdictReason).toContain('someone else');
    // The site's `fake-unverified-public` template when it has one, else the built-in text: dated facts, no accusation.
    expect(row.reply).toContain('2026-11-20');
    expect(row.reply).not.toMatch(/fake|liar|\blie|fraud/i);
  });

  it('request → deadline passes → expired token refused, swept once to no-answer, listed with the prepared reply, posted once', async () => {
    const commentId = await comment('Worst customer service I have ever seen in my life.', 'ghost@example.net', 'Ghost');
    const { request, token } = await markAndRead(commentId, 'ghost@example.net');
    clock().set(new Date(T0.getTime() + 3 * DAY + 60_000));
    const late = await answer(request.documentId, { token, answer: { orderNumber: '123' } });
    expect(late.status).toBe(410);
    expect(late.body.error.details.code).toBe('TOKEN_EXPIRED');

    // Two sweeps at once (two nodes): the request moves, and is logged, once.
    const [first, second] = await Promise.all([fakes().sweep(), fakes().sweep()]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const answered = await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'answered', relatedEntry: request.documentId } });
    expect(answered).toHaveLength(1);
    expect(answered[0].reason).toContain('No answer by the deadline');

    const list = await admin.get(`${API}/fakes?state=no-answer`);
    const row = list.body.data.find((r: any) => r.documentId === request.documentId);
    expect(row.reply).toContain('2026-11-20');
    expect(row.reply).not.toMatch(/fake|liar|\blie|fraud/i);

    const edited = 'We asked the author of this comment on 2026-11-20 for the order number so we could help, and heard nothing back. <b>Write to us</b> any time.';
    const put = await admin.put(`${API}/fakes/${request.documentId}/reply`, { reply: edited });
    expect(put.status).toBe(200);
    expect(put.body.data.reply).toBe(edited);
    const posted = await admin.post(`${API}/fakes/${request.documentId}/reply`, {});
    expect(posted.status).toBe(200);
    expect(posted.body.data.replyPostedAt).toBeTruthy();
    const replyId = posted.body.data.replyCommentId;
    const reply = await app.strapi.documents('api::comment.comment').findOne({ documentId: replyId, populate: ['article'] });
    expect(reply).toMatchObject({ content: edited, authorEmail: 'community@example-shop.com', authorName: 'Example Shop team' });
    expect(reply.article.documentId).toBe(posts[0]);
    const replied = await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'replied', relatedEntry: request.documentId } });
    expect(replied).toHaveLength(1);
    expect(replied[0].actorName).toBeTruthy();

    const twice = await admin.post(`${API}/fakes/${request.documentId}/reply`, {});
    expect(twice.status).toBe(409);
    expect((await admin.put(`${API}/fakes/${request.documentId}/reply`, { reply: 'x' })).status).toBe(409);
    clock().set(T0);
  });

  it('lets one of two concurrent answers with one token through', async () => {
    const { request, token } = await markAndRead(await comment('Broken zipper on a brand new jacket, sad.', 'mark@example.org', 'Mark'), 'mark@example.org');
    const body = { token, answer: { orderNumber: '48213', purchaseDate: '2026-11-02' } };
    const results = await Promise.all([answer(request.documentId, body), answer(request.documentId, body)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const log = await app.strapi.documents(`${P}.moderation-log`).findMany({ filters: { action: 'answered', relatedEntry: request.documentId } });
    expect(log).toHaveLength(1);
  });

  it.each([
    [[], 'body'],
    [{ token: 'x', answer: [] }, 'answer'],
    [{ token: 'x', answer: 'order 1' }, 'answer'],
    [{ token: 'x', answer: { orderNumber: 'x'.repeat(201) } }, 'answer.orderNumber'],
    [{ token: 'x', answer: { password: 'hunter2' } }, 'answer.password'],
    [{ token: 'x', answer: { orderNumber: 5 } }, 'answer.orderNumber'],
    [{ token: 'x', answer: { orderNumber: 'a\u0000b' } }, 'answer.orderNumber'],
    [{ token: 'x', answer: { orderNumber: '\u200b \u200b' } }, 'answer'],
    [{ token: 'x', answer: {}, admin: true }, 'admin'],
  ])('refuses a hostile answer %j with a 400 naming `%s`, using nothing', async (payload, field) => {
    const { request, token } = await markAndRead(
      await comment(`Hostile twin ${field} ${Math.random()}: this product is bad and I am upset about it.`, 'twin@example.org'),
      'twin@example.org'
    );
    const body = Array.isArray(payload) ? payload : { ...payload, token };
    const res = await answer(request.documentId, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    const row = await app.strapi.db.query(`${P}.fake-request`).findOne({ where: { documentId: request.documentId } });
    expect(row.state).toBe('awaiting');
  });

  it('rate-limits tries per token in the database, even with a valid body', async () => {
    const { request, token } = await markAndRead(await comment('The app logs me out every five minutes, fix it.', 'mark@example.org', 'Mark'), 'mark@example.org');
    for (let i = 0; i < 4; i++) {
      expect((await answer(request.documentId, { token, answer: { wrong: 'x' } })).status).toBe(400);
    }
    const res = await answer(request.documentId, { token, answer: { orderNumber: '48213' } });
    expect(res.status).toBe(429);
    expect(res.body.error.details.code).toBe('RATE_LIMITED');
    expect((await app.strapi.db.query(`${P}.fake-request`).findOne({ where: { documentId: request.documentId } })).state).toBe('awaiting');
  });

  describe('admin routes', () => {
    let reader: Client;
    let commentId: string;
    beforeAll(async () => {
      reader = await adminWith(app, ['answers.read']);
      commentId = await comment('I will never buy from this shop again, everything is late.', 'reader@example.org');
    });

    it.each([
      ['POST', `${API}/fakes`],
      ['PUT', `${API}/fakes/abc/reply`],
      ['POST', `${API}/fakes/abc/reply`],
      ['POST', `${API}/fakes/abc/decide`],
    ])('%s %s: 401 without a token, 403 without fakes.manage', async (method, path) => {
      const body = { commentId: 'x' };
      const anon = method === 'PUT' ? await visitor().put(path, body) : await visitor().post(path, body);
      expect(anon.status).toBe(401);
      const denied = method === 'PUT' ? await reader.put(path, body) : await reader.post(path, body);
      expect(denied.status).toBe(403);
    });

    it('lists for a reader; nothing is reachable from the content API', async () => {
      expect((await reader.get(`${API}/fakes`)).status).toBe(200);
      expect((await visitor().get(`${API}/fakes`)).status).toBe(401);
      expect((await visitor().get('/api/brand-community/fakes')).status).toBe(404);
      expect((await visitor().get('/api/fake-requests')).status).toBe(404);
    });

    it.each([
      [{}, 'commentId'],
      [{ commentId: 42 }, 'commentId'],
      [{ commentId: '../etc' }, 'commentId'],
      [{ commentId: 'x'.repeat(101) }, 'commentId'],
      [{ commentId: 'abc', target: 'api::order.order' }, 'target'],
      [{ commentId: 'abc', note: 'n'.repeat(2001) }, 'note'],
      [{ commentId: 'abc', state: 'genuine' }, 'state'],
    ])('refuses a bad mark %j with a 400 naming `%s`', async (body, field) => {
      const res = await admin.post(`${API}/fakes`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    });

    it('answers 404 for a comment that does not exist, 400 for bad list queries', async () => {
      expect((await admin.post(`${API}/fakes`, { commentId: 'nosuchcomment' })).status).toBe(404);
      expect((await admin.get(`${API}/fakes?state=bogus`)).body.error.details.field).toBe('state');
      expect((await admin.get(`${API}/fakes/abc`)).status).toBe(404);
    });

    it('keeps markup in a note and a reply as text', async () => {
      const res = await admin.post(`${API}/fakes`, { commentId, note: '<img src=x onerror=alert(1)>' });
      expect(res.status).toBe(200);
      expect(res.body.data.note).toBe('<img src=x onerror=alert(1)>');
    });

    it('decides an answer the verifier could not decide, only once', async () => {
      const verifier = app.strapi.plugin('brand-community').service('verifier');
      const original = verifier.verify;
      verifier.verify = async () => null;
      try {
        const { request, token } = await markAndRead(await comment('Sizes run tiny, returned twice already.', 'lea@example.org'), 'lea@example.org');
        expect((await answer(request.documentId, { token, answer: { orderNumber: '77' } })).status).toBe(200);
        expect((await admin.get(`${API}/fakes/${request.documentId}`)).body.data.state).toBe('received');
        expect((await admin.post(`${API}/fakes/${request.documentId}/decide`, { genuine: 'yes' })).status).toBe(400);
        const decided = await admin.post(`${API}/fakes/${request.documentId}/decide`, { genuine: true, reason: 'Found the order by phone.' });
        expect(decided.body.data).toMatchObject({ state: 'genuine', verdictReason: 'Found the order by phone.' });
        expect((await admin.post(`${API}/fakes/${request.documentId}/decide`, { genuine: false })).status).toBe(409);
      } finally {
        verifier.verify = original;
      }
    });
  });

  it('rate-limits tries per IP address too', async () => {
    app.strapi.config.set('plugin::brand-community.fakes.rateLimit.perIp', 1);
    const res = await visitor().get('/api/brand-community/fakes/abc/question?token=x');
    expect(res.status).toBe(429);
    expect(res.body.error.details.code).toBe('RATE_LIMITED');
  });
});
