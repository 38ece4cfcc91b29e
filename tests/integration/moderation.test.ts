/**
 * The moderation loop end to end, as a visitor and a moderator would see it:
 * real HTTP against a booted Strapi, a real SMTP server on loopback.
 */
import { articles, commentsBy, logs, P, postComment, standing } from '../helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('moderation loop', () => {
  let app: Booted;
  let mail: Mailbox;
  let posts: string[];
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({
      env: { SMTP_PORT: String(mail.port) },
      config: { maxWarnings: 2, notifications: { backoffMs: 100 } },
    });
    posts = await articles(app);
    admin = http(app.url, await adminLogin(app.url));
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  const drain = () => app.strapi.plugin('brand-community').service('notifications').tick();

  it('accepts a clean comment and records nothing against its author', async () => {
    const res = await postComment(app, {
      content: 'Where is my order #48213? It was due on Monday.',
      authorName: 'Ann',
      authorEmail: 'ann@example.org',
      article: posts[0],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.content).toBe('Where is my order #48213? It was due on Monday.');
    expect(await logs(app, { authorKey: 'ann@example.org' })).toHaveLength(0);
  });

  it.each([
    ['an angry but clean complaint', 'This is absolutely unacceptable. Third week without my refund!'],
    ['a Scunthorpe trap', 'Shipping to Scunthorpe and Essex took a classic three weeks, assassin-level slow.'],
    ['a Russian trap', 'Застрахуй посылку, ребята, команда у вас хорошая, но корабля ждать долго.'],
    ['a Chinese trap', '操作太复杂了，日本的草地鸡肉日期都看不清'],
  ])('keeps %s', async (_name, content) => {
    const res = await postComment(app, { content, authorName: 'Kim', authorEmail: 'kim@example.org', article: posts[1] });
    expect(res.status).toBe(201);
    expect(res.body.data.content).toBe(content);
  });

  it('removes disguised obscenity, cites the rule, logs the original and e-mails the author', async () => {
    const content = 'Your support is f u c k i n g useless';
    const res = await postComment(app, { content, authorName: 'Bob', authorEmail: 'bob@example.org', article: posts[0] });

    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('COMMENT_REMOVED');
    expect(res.body.error.details.rule).toEqual({ number: 1, title: 'No obscenity or insults' });
    expect(await commentsBy(app, 'bob@example.org')).toHaveLength(0);

    const [entry] = await logs(app, { authorKey: 'bob@example.org', action: 'removed' });
    expect(entry.category).toBe('obscenity');
    expect(entry.originalText).toBe(content);
    expect(entry.originalData).toMatchObject({ content, authorName: 'Bob', authorEmail: 'bob@example.org', article: posts[0] });
    expect(entry.ruleNumber).toBe(1);
    const ev = entry.evidence[0];
    expect(ev.detector).toBe('obscenity');
    expect(content.slice(ev.start, ev.end).replace(/\s/g, '').toLowerCase()).toContain('fuck');

    const email = await mail.waitFor((m) => (m.to as any)?.text?.includes('bob@example.org'));
    expect(email.subject).toBe('Your comment was removed');
    expect(email.text).toContain('Rule 1: No obscenity or insults');
    expect(email.text).toContain('Your comment, as you wrote it:\n> Your support is f u c k i n g useless');
    expect(email.html).toContain('<blockquote');
    expect(email.html).toContain('Your support is f u c k i n g useless</blockquote>');
  });

  it('explains in the author\'s language when the request says so', async () => {
    const res = await postComment(
      app,
      { content: 'Доставка х.у.й.н.я полная', authorName: 'Иван', authorEmail: 'ivan@example.org', article: posts[0] },
      { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' }
    );
    expect(res.status).toBe(403);
    expect(res.body.error.details.rule).toEqual({ number: 1, title: 'Без мата и оскорблений' });
    const email = await mail.waitFor((m) => (m.to as any)?.text?.includes('ivan@example.org'));
    expect(email.subject).toBe('Ваш комментарий удалён');
    expect(email.text).toContain('Правило 1: Без мата и оскорблений');
  });

  it('moderates the display name too', async () => {
    const res = await postComment(app, {
      content: 'Nice update, thanks.',
      authorName: 'buy followers t.me/cheapfans',
      authorEmail: 'name-ad@example.org',
      article: posts[0],
    });
    expect(res.status).toBe(403);
    const [entry] = await logs(app, { authorKey: 'name-ad@example.org', action: 'removed' });
    expect(entry.category).toBe('advertising');
    expect(entry.evidence[0].field).toBe('authorName');
  });

  it('removes advertising without explanation, bans the advertiser and refuses their next comment', async () => {
    const sentBefore = mail.messages.length;
    const res = await postComment(app, {
      content: 'Cheap followers and likes, write to t.me/boost_fast or WhatsApp +971 50 123 4567',
      authorName: 'Promo',
      authorEmail: 'promo@example.net',
      article: posts[2],
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('COMMENT_REMOVED');
    expect(res.body.error.details.rule).toBeUndefined();
    expect((await standing(app, 'promo@example.net')).banned).toBe(true);
    const actions = (await logs(app, { authorKey: 'promo@example.net' })).map((e: any) => e.action);
    expect(actions).toEqual(['removed', 'banned']);

    const again = await postComment(app, {
      content: 'Hello, just a normal question about delivery.',
      authorName: 'Promo',
      authorEmail: 'promo@example.net',
      article: posts[0],
    });
    expect(again.status).toBe(403);
    expect(again.body.error.details.code).toBe('AUTHOR_BANNED');
    await drain();
    expect(mail.messages.slice(sentBefore).some((m) => (m.to as any)?.text?.includes('promo@example.net'))).toBe(false);
  });

  it('holds a bare contact for a moderator, explains it, and bans nobody', async () => {
    const content = 'Nobody answers the phone. My email is cara.jones@gmail.com, please contact me about the refund';
    const res = await postComment(app, { content, authorName: 'Cara', authorEmail: 'cara@example.org', article: posts[1] });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('COMMENT_HELD');
    expect(res.body.error.details.rule).toEqual({ number: 3, title: 'No advertising' });
    expect(await standing(app, 'cara@example.org')).toBeNull();

    const entries = await logs(app, { authorKey: 'cara@example.org' });
    expect(entries.map((e: any) => [e.action, e.category])).toEqual([['held', 'advertising']]);
    expect(entries[0].reason).toMatch(/no promotion/);
    const email = await mail.waitFor((m) => (m.to as any)?.text?.includes('cara@example.org'));
    expect(email.subject).toBe('Your comment is waiting for a moderator');
  });

  it('keeps the first of repeated comments, warns twice, then bans', async () => {
    const author = { authorName: 'Rita', authorEmail: 'rita@example.org' };
    const text = 'I was charged twice for order 5512 and nobody answers my emails!';
    const extra = await app.strapi.documents('api::article.article').create({ data: { title: 'One more post' } });
    const threads = [...posts, extra.documentId];
    const first = await postComment(app, { ...author, content: text, article: threads[0] });
    expect(first.status).toBe(201);

    const codes: string[] = [];
    const variants = [
      text.toUpperCase(),
      `${text} 😡😡`,
      `  I was charged twice for order 5512 and nobody answers my emails!!! `,
    ];
    for (const [i, content] of variants.entries()) {
      const res = await postComment(app, { ...author, content, article: threads[i + 1] });
      expect(res.status).toBe(403);
      expect(res.body.error.details.rule).toEqual({ number: 2, title: 'No repeated comments' });
      codes.push(res.body.error.details.code);
    }
    expect(codes).toEqual(['COMMENT_REMOVED', 'COMMENT_REMOVED', 'COMMENT_REMOVED']);
    expect(await commentsBy(app, 'rita@example.org')).toHaveLength(1);

    const s = await standing(app, 'rita@example.org');
    expect(s.warnings).toBe(2);
    expect(s.banned).toBe(true);
    // `notified` entries come from the e-mail worker whenever it runs; the moderation steps are in order.
    const actions = (await logs(app, { authorKey: 'rita@example.org' }))
      .map((e: any) => e.action)
      .filter((a: string) => a !== 'notified');
    expect(actions).toEqual(['removed', 'warned', 'removed', 'warned', 'removed', 'banned']);

    const warning = await mail.waitFor((m) => (m.to as any)?.text?.includes('rita@example.org') && /warning 2 of 2/.test(m.text ?? ''));
    expect(warning.subject).toBe('Your comment was removed: repeated comment');
    await mail.waitFor((m) => (m.to as any)?.text?.includes('rita@example.org') && m.subject === 'Your comment was removed and you can no longer comment');

    const refusedRes = await postComment(app, { ...author, content: 'A different question entirely.', article: posts[0] });
    expect(refusedRes.body.error.details.code).toBe('AUTHOR_BANNED');
  });

  it('does not treat the same short text from different authors as a duplicate', async () => {
    for (const [i, email] of ['t1@example.org', 't2@example.org', 't3@example.org'].entries()) {
      const res = await postComment(app, { content: 'thanks!', authorName: `T${i}`, authorEmail: email, article: posts[i] });
      expect(res.status).toBe(201);
    }
  });

  it('restores a removed comment exactly as submitted, logs it and tells the author', async () => {
    const [removed] = await logs(app, { authorKey: 'bob@example.org', action: 'removed' });
    const res = await admin.post(`/brand-community/logs/${removed.documentId}/restore`);
    expect(res.status).toBe(200);

    const [comment] = await commentsBy(app, 'bob@example.org');
    expect(comment.content).toBe(removed.originalText);
    expect(comment.authorName).toBe('Bob');
    expect(comment.article.documentId).toBe(posts[0]);

    const restored = await logs(app, { authorKey: 'bob@example.org', action: 'restored' });
    expect(restored).toHaveLength(1);
    expect(restored[0].relatedEntry).toBe(removed.documentId);
    expect(restored[0].targetDocumentId).toBe(comment.documentId);
    expect(restored[0].actorName).toBe('Playground Admin');
    await mail.waitFor((m) => (m.to as any)?.text?.includes('bob@example.org') && m.subject === 'Your comment was restored');

    const twice = await admin.post(`/brand-community/logs/${removed.documentId}/restore`);
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.code).toBe('NOT_RESTORABLE');
    expect(await commentsBy(app, 'bob@example.org')).toHaveLength(1);
  });

  it('screens edits: an obscene edit is refused and the stored text is unchanged', async () => {
    const [comment] = await commentsBy(app, 'ann@example.org');
    await expect(
      app.strapi.documents('api::comment.comment').update({ documentId: comment.documentId, data: { content: 'ｆｕｃｋ you all' } })
    ).rejects.toMatchObject({ details: { code: 'COMMENT_REMOVED' } });
    const after = await app.strapi.documents('api::comment.comment').findOne({ documentId: comment.documentId });
    expect(after.content).toBe(comment.content);
    const [entry] = await logs(app, { authorKey: 'ann@example.org', action: 'removed' });
    expect(entry.targetDocumentId).toBe(comment.documentId);
  });

  it.each([
    ['missing text', { authorEmail: 'x@example.org', authorName: 'X' }, 'INVALID_COMMENT', /content.*required/],
    ['non-string text', { content: 42, authorEmail: 'x@example.org' }, 'INVALID_COMMENT', /must be a string/],
    ['blank text', { content: '   ', authorEmail: 'x@example.org' }, 'INVALID_COMMENT', /empty/],
    ['text over maxLength', { content: 'a'.repeat(5001), authorEmail: 'x@example.org' }, 'COMMENT_TOO_LONG', /too long: 5001/],
    ['an unknown author', { content: 'Hello there' }, 'UNKNOWN_AUTHOR', /authorEmail.*required/],
  ])('answers %s with a 400 and stores nothing', async (_name, data, code, message) => {
    const before = await app.strapi.documents('api::comment.comment').count();
    const res = await postComment(app, { article: posts[0], ...(data as any) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe(code);
    expect(res.body.error.message).toMatch(message);
    expect(await app.strapi.documents('api::comment.comment').count()).toBe(before);
  });

  it('completes moderation while the mail server is down and sends the explanation later, once', async () => {
    mail.failing = true;
    const res = await postComment(app, { content: 'What a sh1tty service', authorName: 'Dan', authorEmail: 'dan@example.org', article: posts[1] });
    expect(res.status).toBe(403);
    await drain();
    const queued = await app.strapi.db.query(`${P}.notification`).findOne({ where: { authorKey: 'dan@example.org', channel: 'email' } });
    expect(queued.status).toBe('queued');
    expect(queued.attempts).toBe(1);
    expect(queued.lastError).toMatch(/451|unavailable/i);

    mail.failing = false;
    await new Promise((r) => setTimeout(r, 150)); // past the 100 ms backoff of this test's config
    await drain();
    await drain();
    const sent = await app.strapi.db.query(`${P}.notification`).findOne({ where: { id: queued.id } });
    expect(sent.status).toBe('sent');
    expect(sent.attempts).toBe(2);
    expect(mail.messages.filter((m) => (m.to as any)?.text?.includes('dan@example.org'))).toHaveLength(1);
    const notified = await logs(app, { authorKey: 'dan@example.org', action: 'notified' });
    expect(notified).toHaveLength(1);
  });

  it('keeps an in-app notification for every explained removal', async () => {
    const inApp = await app.strapi.db
      .query(`${P}.notification`)
      .findMany({ where: { authorKey: 'bob@example.org', channel: 'in-app' }, orderBy: { id: 'asc' } });
    expect(inApp.map((n: any) => n.subject)).toEqual(['Your comment was removed', 'Your comment was restored']);
  });
});
