/** Per-category actions and dry run. */
import { articles, commentsBy, logs, postComment, standing } from '../helpers/site';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('dry run', () => {
  let app: Booted;
  let posts: string[];
  beforeAll(async () => {
    app = await bootStrapi({ config: { dryRun: true, notifications: { email: false, inApp: true } } });
    posts = await articles(app);
  });
  afterAll(async () => app?.stop());

  it('logs what would happen and changes nothing', async () => {
    const content = 'Fuck this, you scammers. Also buy cheap likes at t.me/likes4u';
    const res = await postComment(app, { content, authorName: 'Eve', authorEmail: 'eve@example.org', article: posts[0] });
    expect(res.status).toBe(201);
    expect((await commentsBy(app, 'eve@example.org'))[0].content).toBe(content);
    const entries = await logs(app, { authorKey: 'eve@example.org' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ dryRun: true, action: 'removed' });
    expect(await standing(app, 'eve@example.org')).toBeNull();
    const notes = await app.strapi.db.query('plugin::brand-community.notification').count({ where: { authorKey: 'eve@example.org' } });
    expect(notes).toBe(0);
  });

  it('cannot restore what a dry run never removed', async () => {
    const admin = http(app.url, await adminLogin(app.url));
    const [entry] = await logs(app, { authorKey: 'eve@example.org' });
    const res = await admin.post(`/brand-community/logs/${entry.documentId}/restore`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('NOT_RESTORABLE');
  });
});

describe('hold and flag', () => {
  let app: Booted;
  let posts: string[];
  beforeAll(async () => {
    app = await bootStrapi({
      config: {
        actions: { obscenity: 'hold', advertising: 'flag' },
        duplicate: { sameThread: true },
        notifications: { email: false },
      },
    });
    posts = await articles(app);
  });
  afterAll(async () => app?.stop());

  it('holds obscenity until a moderator approves it', async () => {
    const content = 'This sh1t arrived broken';
    const res = await postComment(app, { content, authorName: 'Hal', authorEmail: 'hal@example.org', article: posts[0] });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('COMMENT_HELD');
    expect(res.body.error.details.rule.number).toBe(1);
    expect(await commentsBy(app, 'hal@example.org')).toHaveLength(0);

    const [held] = await logs(app, { authorKey: 'hal@example.org', action: 'held' });
    const admin = http(app.url, await adminLogin(app.url));
    const approve = await admin.post(`/brand-community/logs/${held.documentId}/restore`);
    expect(approve.status).toBe(200);
    expect((await commentsBy(app, 'hal@example.org'))[0].content).toBe(content);
    expect(await logs(app, { authorKey: 'hal@example.org', action: 'approved' })).toHaveLength(1);
    // The approved comment now counts for duplicate detection like any accepted one.
    const [comment] = await commentsBy(app, 'hal@example.org');
    const prints = await app.strapi.db
      .query('plugin::brand-community.comment-fingerprint')
      .findMany({ where: { authorKey: 'hal@example.org' } });
    expect(prints.map((p: any) => p.commentId)).toEqual([comment.documentId]);
  });

  it('flags advertising: saved, visible, listed for review, nobody banned', async () => {
    const content = 'Best casino bonuses at lucky-spins.xyz';
    const res = await postComment(app, { content, authorName: 'Fay', authorEmail: 'fay@example.net', article: posts[0] });
    expect(res.status).toBe(201);
    const [entry] = await logs(app, { authorKey: 'fay@example.net' });
    expect(entry).toMatchObject({ action: 'flagged', category: 'advertising', targetDocumentId: res.body.data.documentId });
    expect(await standing(app, 'fay@example.net')).toBeNull();
  });

  it('counts a repeat under the same post when duplicate.sameThread is on', async () => {
    const author = { authorName: 'Sam', authorEmail: 'sam@example.org', article: posts[0] };
    const text = 'Still waiting for the refund of order 99812, please answer.';
    expect((await postComment(app, { ...author, content: text })).status).toBe(201);
    const again = await postComment(app, { ...author, content: `${text}!!` });
    expect(again.status).toBe(403);
    expect(again.body.error.details.rule.number).toBe(2);
    expect((await logs(app, { authorKey: 'sam@example.org', action: 'removed' }))[0].category).toBe('duplicate');
  });
});
