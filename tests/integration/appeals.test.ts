// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Author appeals over real HTTP: the link comes in the explanation e-mail (a real SMTP server on
 * loopback); the author reads why and answers once; the appeal is marked in the review queue
 * next to the original; the moderator's decision reaches the author exactly once, even when two
 * moderators decide at the same moment. Hostile twins: reused, expired (injected clock), foreign,
 * malformed and over-long tokens, huge, empty, invisible and NUL messages, too many attempts.
 */
import { randomBytes } from 'node:crypto';

import { API } from '../helpers/console';
import { articles, postComment } from '../helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const PUBLIC = '/api/brand-community/appeals';
const TOKEN = /\/api\/brand-community\/appeals\/([A-Za-z0-9_-]{43})/;

describe('author appeals', () => {
  let app: Booted;
  let mail: Mailbox;
  let admin: ReturnType<typeof http>;
  let visitor: ReturnType<typeof http>;
  let posts: string[];
  let appeals: any;

  /** Posts an obscene comment as `email` and returns the token from the explanation e-mail. */
  let posted = 0;
  const removedWithLink = async (
    email: string,
    content = `Your couriers are f*cking useless, order ${(posted += 1)}`
  ) => {
    expect(
      (
        await postComment(app, {
          content,
          authorName: 'Appellant',
          authorEmail: email,
          article: posts[0],
        })
      ).status
    ).toBe(403);
    const message = await mail.waitFor(
      (m) => (m.to as any)?.text?.includes(email) && (m.text ?? '').includes(content)
    );
    const match = TOKEN.exec(message.text ?? '');
    expect(match).not.toBeNull();
    // The HTML part carries the same link, escaped.
    expect(message.html).toContain(match![1]);
    return match![1];
  };

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({
      env: { SMTP_PORT: String(mail.port) },
      config: { appeals: { perToken: 6, perIp: 60 } },
    });
    admin = http(app.url, await adminLogin(app.url));
    visitor = http(app.url);
    posts = await articles(app);
    appeals = app.strapi.plugin('brand-community').service('appeals');
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('takes the link from the e-mail, shows the removal, records the appeal once and marks it in the queue', async () => {
    const token = await removedWithLink('ann.appeal@example.org');
    const shown = await visitor.get(`${PUBLIC}/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({
      action: 'removed',
      rule: { number: 1 },
      maxLength: 2000,
    });
    expect(shown.body.data.text).toContain('f*cking useless');
    // Nothing internal leaks: no author key, no ids of other records.
    expect(JSON.stringify(shown.body)).not.toMatch(/ann\.appeal@|documentId|authorKey/);

    const words = 'I was quoting the courier <b>word for word</b>, not insulting anyone.';
    const sent = await visitor.post(`${PUBLIC}/${token}`, { data: { message: words } });
    expect([sent.status, sent.body.data.received]).toEqual([200, true]);
    const again = await visitor.post(`${PUBLIC}/${token}`, { data: { message: 'Once more' } });
    expect([again.status, again.body.error.details.code]).toEqual([409, 'APPEAL_USED']);
    expect((await visitor.get(`${PUBLIC}/${token}`)).status).toBe(409);

    const queue = await admin.get(`${API}/logs?action=queue&author=ann.appeal%40example.org`);
    const entry = queue.body.data.find((e: any) => e.action === 'removed');
    expect(entry.appealed).toBe(true);
    const detail = await admin.get(`${API}/logs/${entry.documentId}`);
    expect(detail.body.data.appeal).toMatchObject({ message: words, decision: null });
    // An entry without an appeal is not marked.
    await removedWithLink('bea.appeal@example.org');
    const other = (await admin.get(`${API}/logs?action=removed&author=bea.appeal%40example.org`))
      .body.data[0];
    expect(other.appealed).toBe(false);

    // Two moderators keep the removal at the same moment: one decision, one answer to the author.
    const both = await Promise.all([
      admin.post(`${API}/logs/${entry.documentId}/confirm`),
      admin.post(`${API}/logs/${entry.documentId}/confirm`),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const answer = await mail.waitFor(
      (m) =>
        (m.to as any)?.text?.includes('ann.appeal@example.org') &&
        m.subject === 'Your appeal was reviewed'
    );
    expect(answer.text).toContain('> I was quoting the courier <b>word for word</b>');
    expect(answer.html).toContain('&lt;b&gt;word for word&lt;/b&gt;');
    await app.strapi.plugin('brand-community').service('notifications').tick();
    const answers = mail.messages.filter(
      (m) =>
        (m.to as any)?.text?.includes('ann.appeal@example.org') &&
        m.subject === 'Your appeal was reviewed'
    );
    expect(answers).toHaveLength(1);
    expect((await admin.get(`${API}/logs/${entry.documentId}`)).body.data.appeal).toMatchObject({
      decision: 'confirmed',
    });
  });

  it('a restore answers the appeal with the restored comment, once', async () => {
    const token = await removedWithLink(
      'cy.appeal@example.org',
      'This sh1t happens to everyone, relax'
    );
    expect(
      (
        await visitor.post(`${PUBLIC}/${token}`, {
          data: { message: 'It was a joke among friends.' },
        })
      ).status
    ).toBe(200);
    const entry = (await admin.get(`${API}/logs?action=removed&author=cy.appeal%40example.org`))
      .body.data[0];
    const both = await Promise.all([
      admin.post(`${API}/logs/${entry.documentId}/restore`),
      admin.post(`${API}/logs/${entry.documentId}/confirm`),
    ]);
    expect(both.filter((r) => r.status === 200)).toHaveLength(1);
    const decision = (await admin.get(`${API}/logs/${entry.documentId}`)).body.data.appeal.decision;
    expect(['restored', 'confirmed']).toContain(decision);
    await app.strapi.plugin('brand-community').service('notifications').tick();
    const answers = mail.messages.filter(
      (m) =>
        (m.to as any)?.text?.includes('cy.appeal@example.org') &&
        ['Your appeal was reviewed', 'Your comment was restored'].includes(m.subject ?? '')
    );
    expect(answers).toHaveLength(1);
    // Settled before the author wrote: the link is closed.
    const late = await removedWithLink('cy.appeal@example.org', 'What a sh1t show, honestly');
    const lateEntry = (await admin.get(`${API}/logs?action=removed&author=cy.appeal%40example.org`))
      .body.data[0];
    await admin.post(`${API}/logs/${lateEntry.documentId}/confirm`);
    const closed = await visitor.post(`${PUBLIC}/${late}`, { data: { message: 'Too late?' } });
    expect([closed.status, closed.body.error.details.code]).toEqual([409, 'ALREADY_REVIEWED']);
  });

  it('refuses expired, foreign, malformed tokens and bad messages, with the same answer for unknown and foreign', async () => {
    const token = await removedWithLink('dan.appeal@example.org');
    const bad: Array<[unknown, string]> = [
      [{ data: { message: '' } }, 'message'],
      [{ data: { message: '\u200b\u200b \u2060' } }, 'message'],
      [{ data: { message: 'nul \u0000 here' } }, 'message'],
      [{ data: { message: 'x'.repeat(2001) } }, 'message'],
      [{ data: { message: 42 } }, 'message'],
      [{ data: { message: 'ok', extra: 1 } }, 'extra'],
      [{ message: 'ok' }, 'message'],
    ];
    for (const [body, field] of bad) {
      const res = await visitor.post(`${PUBLIC}/${token}`, body);
      expect([field, res.status, res.body.error.details.field]).toEqual([field, 400, field]);
    }
    // A huge body is refused before it is read into a message.
    const huge = await visitor.post(`${PUBLIC}/${token}`, {
      data: { message: 'y'.repeat(3_000_000) },
    });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);

    const unknown = await visitor.get(`${PUBLIC}/${randomBytes(32).toString('base64url')}`);
    const foreign = await visitor.get(`${PUBLIC}/${randomBytes(32).toString('base64url')}`);
    expect([unknown.status, unknown.body.error.details]).toEqual([404, { code: 'NOT_FOUND' }]);
    expect(foreign.body).toEqual(unknown.body);
    for (const malformed of ['abc', `${token}x`, token.replace(/.$/, '*'), 'z'.repeat(500)]) {
      const res = await visitor.get(`${PUBLIC}/${encodeURIComponent(malformed)}`);
      expect([malformed.slice(0, 10), res.status, res.body.error.details.code]).toEqual([
        malformed.slice(0, 10),
        400,
        'APPEAL_INVALID',
      ]);
    }

    // 31 days later (the clock is injected) the link has expired.
    appeals.clock = () => new Date(Date.now() + 31 * 86_400_000);
    try {
      const expired = await visitor.post(`${PUBLIC}/${token}`, {
        data: { message: 'Please look again' },
      });
      expect([expired.status, expired.body.error.details.code]).toEqual([410, 'APPEAL_EXPIRED']);
    } finally {
      appeals.clock = () => new Date();
    }
  });

  it('limits attempts per token and per address, in the database', async () => {
    const token = await removedWithLink('eve.appeal@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await visitor.get(`${PUBLIC}/${token}`)).status);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    const limited = await visitor.get(`${PUBLIC}/${token}`);
    expect([limited.status, limited.body.error.details.code]).toEqual([429, 'APPEAL_RATE_LIMITED']);
    // Guessing tokens from one address runs into the per-address limit.
    const guesses: number[] = [];
    for (let i = 0; i < 70; i++)
      guesses.push(
        (await visitor.get(`${PUBLIC}/${randomBytes(32).toString('base64url')}`)).status
      );
    expect(guesses).toContain(429);
    const counters = await app.strapi.db
      .connection('brand_community_appeal_hits')
      .count({ n: '*' })
      .first();
    expect(Number(counters.n)).toBeGreaterThan(0);
  });
});
