// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Hostile input over real HTTP: every bad comment gets a 4xx with a code and a sentence,
 * leaves no partial row, and no request can stall the server.
 */
import { articles, logs, postComment } from '../helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { bootStrapi, type Booted } from '../helpers/strapi';

describe('hostile input', () => {
  let app: Booted;
  let mail: Mailbox;
  let posts: string[];

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({ env: { SMTP_PORT: String(mail.port) } });
    posts = await articles(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  const count = (authorEmail: unknown) =>
    app.strapi.db.query('api::comment.comment').count({ where: typeof authorEmail === 'string' ? { authorEmail } : {} });
  const drain = () => app.strapi.plugin('brand-community').service('notifications').tick();

  it('answers the e-mail that used to stall the event loop at once, and keeps serving others', async () => {
    // `a@` + dots + ` x` made the old e-mail pattern backtrack quadratically: 8 s at 80,000 dots.
    const authorEmail = `a@${'.'.repeat(300_000)} x`;
    const [res, health] = await Promise.all([
      postComment(app, { content: 'Hello there', authorName: 'Eve', authorEmail, article: posts[0] }),
      fetch(`${app.url}/_health`),
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'INVALID_COMMENT', field: 'authorEmail' });
    expect(health.status).toBe(204);
  });

  it.each([
    ['NUL in the text', { content: 'fine\u0000text' }, 'content', /NUL/],
    ['an unpaired surrogate in the text', { content: 'broken \ud800 text' }, 'content', /Unicode/],
    ['invisible characters only', { content: '\u200b\u2060\ufeff\u200d \u00ad' }, 'content', /empty/],
    ['a display name over 255 characters', { authorName: 'N'.repeat(300) }, 'authorName', /too long/],
    ['an author e-mail over 255 characters', { authorEmail: `${'x'.repeat(300)}@example.org` }, 'authorEmail', /too long/],
    ['NUL in the display name', { authorName: 'Ann\u0000' }, 'authorName', /NUL/],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_name, patch, field, sentence) => {
    const authorEmail = `hostile-${field}@example.org`;
    const data = { content: 'A perfectly fine comment', authorName: 'Ann', authorEmail, article: posts[0], ...patch };
    const before = await count(undefined);
    const res = await postComment(app, data);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'INVALID_COMMENT', field });
    expect(res.body.error.message).toMatch(sentence);
    expect(await count(undefined)).toBe(before);
    expect(await logs(app, { authorKey: authorEmail })).toHaveLength(0);
  });

  it('refuses an advertiser with an overlong name before any work: a 400, nobody banned, nothing half-written', async () => {
    const authorEmail = 'adname@example.org';
    const res = await postComment(app, {
      content: 'Cheap followers at spam-site.xyz, write to t.me/cheapfollowers',
      authorName: 'Best deals '.repeat(40),
      authorEmail,
      article: posts[0],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'INVALID_COMMENT', field: 'authorName' });
    expect(await logs(app, { authorKey: authorEmail })).toHaveLength(0);
  });

  it('refuses a deeply nested author (10,000 levels) with a 400, not a crash', async () => {
    // Written by hand: JSON.stringify itself overflows at this depth.
    const deep = `${'{"connect":'.repeat(10_000)}"deep@example.org"${'}'.repeat(10_000)}`;
    const body = `{"data":{"content":"Nested author","authorName":"Deep","article":"${posts[0]}","authorEmail":${deep}}}`;
    const before = await count(undefined);
    const res = await fetch(`${app.url}/api/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json: any = await res.json();
    expect(res.status).toBe(400);
    expect(json.error.details.code).toBe('INVALID_COMMENT');
    expect(await count(undefined)).toBe(before);
  });

  it('sends the removal e-mail with the comment escaped and quoted: no link or image from the commenter', async () => {
    const victim = 'victim@example.org';
    const content = 'fuck this <a href="https://evil.example/login">Reset your password</a> <img src=x onerror=alert(1)>';
    const res = await postComment(app, { content, authorName: 'Mallory', authorEmail: victim, article: posts[1] });
    expect(res.status).toBe(403);
    await drain();
    const email = await mail.waitFor((m) => (m.to as any)?.text?.includes(victim));
    const html = String(email.html);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;a href=&quot;https://evil.example/login&quot;&gt;Reset your password&lt;/a&gt;');
    expect(html).toMatch(/<blockquote[^>]*>fuck this &lt;a/);
    expect(email.text).toContain(`> ${content}`);
    // The playground's email plugin has a reply address: the e-mail carries it and says so; the in-app copy does not.
    expect((email.replyTo as any)?.text).toBe('community@example-shop.com');
    expect(email.text).toContain('reply to this message');
    const [inApp] = await app.strapi.db
      .query('plugin::brand-community.notification')
      .findMany({ where: { authorKey: victim, channel: 'in-app' } });
    expect(inApp.body).not.toContain('reply to this message');
  });

  const raw = (body: string | Buffer, type = 'application/json') =>
    // (a Buffer is bytes: fetch sends it as they are; DOM's BodyInit types it narrower)
    fetch(`${app.url}/api/comments`, { method: 'POST', headers: { 'content-type': type }, body: body as BodyInit }).then(async (res) => ({
      status: res.status,
      body: (await res.json().catch(() => null)) as any,
    }));

  it.each([
    ['text as a number', { content: 42 }, 'content'],
    ['text as an object', { content: { $ne: '' } }, 'content'],
    ['text as an array', { content: ['a', 'b'] }, 'content'],
    ['a display name as an object', { authorName: { first: 'A' } }, 'authorName'],
  ])('refuses %s with a 400 and stores nothing', async (_name, patch, field) => {
    const before = await count(undefined);
    const res = await postComment(app, { content: 'Fine words', authorName: 'T', authorEmail: 'types@example.org', article: posts[0], ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'INVALID_COMMENT', field });
    expect(await count(undefined)).toBe(before);
  });

  it('refuses text that was not valid UTF-8 (decoded to U+FFFD) with a 400', async () => {
    const before = await count(undefined);
    const head = Buffer.from(`{"data":{"authorName":"U","authorEmail":"utf8@example.org","article":"${posts[0]}","content":"bad `);
    const res = await raw(Buffer.concat([head, Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' bytes"}}')]));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'INVALID_COMMENT', field: 'content' });
    expect(await count(undefined)).toBe(before);
  });

  it('refuses a body over the size limit with a 4xx and stores nothing', async () => {
    const before = await count(undefined);
    const res = await raw(JSON.stringify({ data: { content: 'x'.repeat(3_000_000), authorName: 'Big', authorEmail: 'big@example.org', article: posts[0] } }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await count(undefined)).toBe(before);
  });

  it('refuses a body that is not JSON with a 400', async () => {
    const res = await raw('{"data": {"content": "unterminated');
    expect(res.status).toBe(400);
  });
});
