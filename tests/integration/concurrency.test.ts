// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Concurrent requests on one node: the guarantees must come from the database (constraints,
 * claims), not from a driver that happens to run one query at a time. Meaningful on PostgreSQL
 * (`DATABASE_CLIENT=postgres`, a pool of connections); run on SQLite too.
 */
import { commentsBy, logs, P, postComment } from '../helpers/site';
import { bootStrapi, type Booted } from '../helpers/strapi';

describe('concurrency', () => {
  let app: Booted;
  let threads: string[];

  beforeAll(async () => {
    app = await bootStrapi({ config: { maxWarnings: 2, notifications: { email: false } } });
    threads = [];
    for (let i = 0; i < 50; i++) {
      const a = await app.strapi.documents('api::article.article').create({ data: { title: `Post ${i}` } });
      threads.push(a.documentId);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  const standings = (authorKey: string) =>
    app.strapi.db.query(`${P}.author-standing`).findMany({ where: { authorKey } });

  it('keeps exactly one of 50 identical comments posted at once under 50 posts', async () => {
    const author = { authorName: 'Sam', authorEmail: 'sam@example.org' };
    const content = 'Limited stock left, my order 7781 is still not shipped, why?';
    const results = await Promise.all(threads.map((article) => postComment(app, { ...author, content, article })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 403)).toHaveLength(49);
    expect(await commentsBy(app, author.authorEmail)).toHaveLength(1);
  });

  it('warns exactly maxWarnings times, then bans once, with one standing row, when 20 repeats race', async () => {
    const author = { authorName: 'Rex', authorEmail: 'rex@example.org' };
    const content = 'Your courier left my parcel in the rain again, third time this month';
    expect((await postComment(app, { ...author, content, article: threads[0] })).status).toBe(201);

    const results = await Promise.all(
      threads.slice(1, 21).map((article) => postComment(app, { ...author, content, article }))
    );
    expect(results.every((r) => r.status === 403)).toBe(true);
    const codes = results.map((r) => r.body.error.details.code);
    // Two warnings, then the ban; every later one meets the ban.
    expect(codes.filter((c) => c === 'COMMENT_REMOVED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'AUTHOR_BANNED')).toHaveLength(17);

    const rows = await standings(author.authorEmail);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ warnings: 2, banned: true });
    const actions = (await logs(app, { authorKey: author.authorEmail })).map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'warned')).toHaveLength(2);
    expect(actions.filter((a: string) => a === 'banned')).toHaveLength(1);
    expect(await commentsBy(app, author.authorEmail)).toHaveLength(1);

    const after = await postComment(app, { ...author, content: 'A completely new and clean remark', article: threads[30] });
    expect(after.status).toBe(403);
    expect(after.body.error.details.code).toBe('AUTHOR_BANNED');
  });

  it('creates one standing when ten advertisements of a new author race', async () => {
    const author = { authorName: 'Spam', authorEmail: 'spammer@example.net' };
    const results = await Promise.all(
      threads.slice(0, 10).map((article, i) =>
        postComment(app, { ...author, content: `Earn $${500 + i} a day, message me on Telegram @rich_quick_${i}`, article })
      )
    );
    expect(results.every((r) => r.status === 403)).toBe(true);
    const rows = await standings(author.authorEmail);
    expect(rows).toHaveLength(1);
    expect(rows[0].banned).toBe(true);
  });
});
