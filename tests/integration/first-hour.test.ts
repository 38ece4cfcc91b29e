// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * A site owner's first hour: a site with no rule gets the starter rules, published (or as
 * drafts), and removals cite them at once; published rules and announcements are public
 * without a permission granted by hand, unless the owner turns that off.
 */
import { articles, postComment } from '../helpers/site';
import { renderHtml } from '../../server/src/utils/messages';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const RULE = 'plugin::brand-community.community-rule';
const TEXTS = 'plugin::brand-community.explanation-texts';
const NOTIFICATION = 'plugin::brand-community.notification';

describe('first boot with starter rules published', () => {
  let app: Booted;
  beforeAll(async () => {
    app = await bootStrapi({ fresh: true, seed: false, config: { starterRules: 'published' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('creates one published rule per moderated category, each with an explanation', async () => {
    const rules = await app.strapi.documents(RULE).findMany({ status: 'published', sort: ['number:asc'] });
    expect(rules.map((r: any) => [r.number, r.category])).toEqual([
      [1, 'obscenity'],
      [2, 'spam'],
      [3, 'advertising'],
    ]);
    for (const r of rules) expect(r.explanation.length).toBeGreaterThan(20);
    expect(await app.strapi.plugin('brand-community').service('setup').uncoveredCategories()).toEqual([]);
  });

  it('cites a starter rule when it removes a comment', async () => {
    const article = await app.strapi.documents('api::article.article').create({ data: { title: 'Hello' } });
    const res = await postComment(app, {
      content: 'You are all f*cking clowns',
      authorName: 'Owner test',
      authorEmail: 'owner-test@example.org',
      article: article.documentId,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual({ code: 'COMMENT_REMOVED', rule: { number: 1, title: 'No obscenity or insults' } });
  });

  it('does not create them twice, even when asked three times at once', async () => {
    const setup = app.strapi.plugin('brand-community').service('setup');
    const created = await Promise.all([setup.ensureStarterRules(), setup.ensureStarterRules(), setup.ensureStarterRules()]);
    expect(created).toEqual([0, 0, 0]);
    expect(await app.strapi.documents(RULE).count({ locale: '*' })).toBe(3);
  });

  it('serves published rules and announcements to anonymous visitors with no permission granted', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const granted = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $startsWith: 'plugin::brand-community' } } });
    // The playground itself grants `announcement.find` so that visitors' comments may relate to an
    // announcement (Strapi checks relations against the role); nothing of the plugin's routes is granted.
    expect(granted.map((p: { action: string }) => p.action).filter((a: string) => !a.endsWith('.announcement.find'))).toEqual([]);
    const rules = await http(app.url).get('/api/brand-community/rules');
    expect(rules.status).toBe(200);
    expect(rules.body.data.map((r: any) => r.number)).toEqual([1, 2, 3]);
    expect((await http(app.url).get('/api/brand-community/announcements')).status).toBe(200);
  });
});

describe('first boot with starter rules as drafts, public content off', () => {
  let app: Booted;
  beforeAll(async () => {
    app = await bootStrapi({ fresh: true, seed: false, config: { starterRules: 'draft', publicContent: false } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('creates drafts for editors to review, and reports every category as uncovered until they are published', async () => {
    expect(await app.strapi.documents(RULE).count({ status: 'draft' })).toBe(3);
    expect(await app.strapi.documents(RULE).count({ status: 'published' })).toBe(0);
    expect(await app.strapi.plugin('brand-community').service('setup').uncoveredCategories()).toEqual([
      'obscenity',
      'duplicate',
      'advertising',
    ]);
  });

  it('keeps rules and announcements behind Users & Permissions', async () => {
    expect((await http(app.url).get('/api/brand-community/rules')).status).toBe(403);
    expect((await http(app.url).get('/api/brand-community/announcements')).status).toBe(403);
  });
});

describe('the playground (starter rules made by its seed in three languages)', () => {
  let app: Booted;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('has the starter rules published in en, ru and zh-Hans, each in its language', async () => {
    const titles: Record<string, string> = { en: 'No obscenity or insults', ru: 'Без мата и оскорблений', 'zh-Hans': '禁止脏话和辱骂' };
    for (const [locale, title] of Object.entries(titles)) {
      const rules = await app.strapi.documents(RULE).findMany({ locale, status: 'published', sort: ['number:asc'] });
      expect(rules.map((r: any) => r.number)).toEqual([1, 2, 3]);
      expect(rules[0].title).toBe(title);
    }
    const posts = await articles(app);
    expect(posts.length).toBeGreaterThan(0);
  });

  it('has the explanation texts as content in en, ru and zh-Hans, each in its language', async () => {
    const expected: Record<string, string> = { en: 'Your comment was removed', ru: 'Ваш комментарий удалён', 'zh-Hans': '您的评论已被删除' };
    for (const [locale, removed] of Object.entries(expected)) {
      const entry: any = await app.strapi.documents(TEXTS).findFirst({ locale });
      expect(entry?.removed).toBe(removed);
      expect(entry.footerNoReply.length).toBeGreaterThan(20);
    }
    // Asked again, three times at once (nodes booting together): nothing is made twice.
    const explanations = app.strapi.plugin('brand-community').service('explanations');
    expect(await Promise.all([explanations.ensureDefaults(), explanations.ensureDefaults(), explanations.ensureDefaults()])).toEqual([0, 0, 0]);
    // An editor's text survives the next boot's check.
    const en: any = await app.strapi.documents(TEXTS).findFirst({ locale: 'en' });
    await app.strapi.documents(TEXTS).update({ documentId: en.documentId, locale: 'en', data: { held: 'Held for review' } } as any);
    expect(await explanations.ensureDefaults()).toBe(0);
    expect(((await app.strapi.documents(TEXTS).findFirst({ locale: 'en' })) as any).held).toBe('Held for review');
  });

  it('sends the texts an editor saved in the Content Manager, as text, and falls back per field', async () => {
    const token = await adminLogin(app.url);
    const saved = await http(app.url, token).put(`/content-manager/single-types/${TEXTS}?locale=ru`, {
      removed: 'Комментарий скрыт модератором',
      // An editor's markup and a misspelt placeholder stay visible text; an emptied field uses the built-in one.
      footerReply: 'Ответьте на письмо: <a href="https://evil.example/">тут</a> {oops}',
      yourComment: '',
    });
    expect(saved.status).toBe(200);

    const posts = await articles(app);
    const email = 'explained-ru@example.org';
    const res = await postComment(
      app,
      { content: 'Вы все тут дебилы, бл*ть', authorName: 'Читатель', authorEmail: email, article: posts[0] },
      { 'accept-language': 'ru-RU,ru;q=0.9' }
    );
    expect(res.status).toBe(403);
    const sent: any[] = await app.strapi.db.query(NOTIFICATION).findMany({ where: { authorKey: email } });
    const inApp = sent.find((n) => n.channel === 'in-app');
    const mail = sent.find((n) => n.channel === 'email');
    expect(inApp.subject).toBe('Комментарий скрыт модератором');
    expect(inApp.body).toContain('Ваш комментарий, как вы его написали:');
    expect(mail.body).toContain('Ответьте на письмо: <a href="https://evil.example/">тут</a> {oops}');
    const html = renderHtml(mail.body);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).toContain('&lt;a href=&quot;https://evil.example/&quot;&gt;тут&lt;/a&gt; {oops}');

    // Other languages keep their own texts.
    const other = 'explained-en@example.org';
    await postComment(app, { content: 'You are all f*cking clowns', authorName: 'Reader', authorEmail: other, article: posts[0] });
    const english: any = await app.strapi.db.query(NOTIFICATION).findOne({ where: { authorKey: other, channel: 'in-app' } });
    expect(english.subject).toBe('Your comment was removed');
  });

  it('refuses an explanation text over its length limit, and keeps the saved one', async () => {
    const token = await adminLogin(app.url);
    const res = await http(app.url, token).put(`/content-manager/single-types/${TEXTS}?locale=ru`, { removed: 'x'.repeat(201) });
    expect(res.status).toBe(400);
    const entry: any = await app.strapi.documents(TEXTS).findFirst({ locale: 'ru' });
    expect(entry.removed).toBe('Комментарий скрыт модератором');
  });
});
