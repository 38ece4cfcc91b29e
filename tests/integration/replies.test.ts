// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Replies over real HTTP: the tone check of a reply (POST /tone) and the reply templates
 * (GET /reply-templates), seeded at first boot in en / ru / zh-Hans, filled by the render
 * service, and closed to anyone without `replies.write`.
 */
import { REPLY_TEMPLATE_KEYS } from '../../shared/contracts/replies';
import { API, adminWith, type Client } from '../helpers/console';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const UID = 'plugin::brand-community.reply-template';

describe('replies API', () => {
  let app: Booted;
  let admin: Client;
  let writer: Client;
  let reader: Client;

  beforeAll(async () => {
    app = await bootStrapi({ config: { notifications: { email: false } } });
    admin = http(app.url, await adminLogin(app.url));
    writer = await adminWith(app, ['replies.write']);
    reader = await adminWith(app, ['logs.read']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const service = () => app.strapi.plugin('brand-community').service('replyTemplates');

  it('answers 401 without a token and 403 without replies.write, on both routes', async () => {
    expect((await http(app.url).post(`${API}/tone`, { text: 'hello' })).status).toBe(401);
    expect((await http(app.url).get(`${API}/reply-templates`)).status).toBe(401);
    expect((await reader.post(`${API}/tone`, { text: 'hello' })).status).toBe(403);
    expect((await reader.get(`${API}/reply-templates`)).status).toBe(403);
    // Not on the content API either.
    expect([403, 404, 405]).toContain((await http(app.url).post('/api/brand-community/tone', { text: 'x' })).status);
    expect([403, 404, 405]).toContain((await http(app.url).get('/api/brand-community/reply-templates')).status);
  });

  it('flags a condescending reply with exact offsets and an explanation, in English and Russian', async () => {
    const text = 'As we already wrote, you should have read the FAQ.';
    const res = await writer.post(`${API}/tone`, { text });
    expect(res.status).toBe(200);
    expect(res.body.data.flags.map((f: any) => [f.kind, f.rule, text.slice(f.start, f.end)])).toEqual([
      ['condescension', 'condescension.already-said', 'As we already wrote'],
      ['condescension', 'condescension.blame-reader', 'you should have read'],
    ]);
    for (const f of res.body.data.flags) expect(f.explanation).toMatch(/\w{4,}/);
    const ru = 'Дадим скидку 20%, если удалите отзыв)))';
    const r2 = await admin.post(`${API}/tone`, { text: ru, lang: 'ru-RU' });
    expect(r2.body.data.flags.map((f: any) => [f.kind, ru.slice(f.start, f.end)])).toEqual([
      ['bribe', 'скидку 20%, если удалите отзыв'],
      ['humor', ')))'],
    ]);
    expect((await writer.post(`${API}/tone`, { text: 'Thank you, the replacement ships today.', lang: 'zh-Hans' })).body).toEqual({
      data: { flags: [] },
    });
  });

  it.each([
    ['no body', undefined, 'text'],
    ['text missing', {}, 'text'],
    ['text a number', { text: 42 }, 'text'],
    ['text an object', { text: { a: { b: 'c' } } }, 'text'],
    ['text over 20,000 characters', { text: 'a'.repeat(20_001) }, 'text'],
    ['a NUL character', { text: 'ok \u0000 then' }, 'text'],
    ['a lone surrogate', { text: 'x \ud800 y' }, 'text'],
    ['an unknown language', { text: 'hi', lang: 'fr' }, 'lang'],
    ['lang not a text', { text: 'hi', lang: ['en'] }, 'lang'],
    ['an unknown field', { text: 'hi', html: '<b>' }, 'html'],
  ])('refuses %s with 400 BAD_REQUEST naming the field', async (_what, body, field) => {
    const res = await writer.post(`${API}/tone`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ code: 'BAD_REQUEST', field });
    expect(res.body.error.message).toMatch(/\w+ \w+/);
  });

  it('refuses a body that is a list and a body far over the size limit, with a 4xx', async () => {
    expect((await writer.post(`${API}/tone`, ['text'])).status).toBe(400);
    const huge = await writer.post(`${API}/tone`, { text: 'lol '.repeat(2_000_000) });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
  });

  it('lists the starter templates in each site locale, with their placeholders', async () => {
    for (const [locale, hello] of [['en', 'Hello'], ['ru', 'Здравствуйте'], ['zh-Hans', '您好']] as const) {
      const res = await writer.get(`${API}/reply-templates?locale=${locale}`);
      expect(res.status).toBe(200);
      expect(res.body.meta).toEqual({ locale });
      expect(res.body.data.map((t: any) => t.key).sort()).toEqual([...REPLY_TEMPLATE_KEYS].sort());
      const request = res.body.data.find((t: any) => t.key === 'fake-request');
      expect(request.locale).toBe(locale);
      expect([...request.placeholders].sort()).toEqual(['authorName', 'deadline', 'orderNumberField', 'purchaseDateField']);
      expect(request.body).toContain(hello);
      expect(typeof request.documentId).toBe('string');
    }
    const byDefault = await writer.get(`${API}/reply-templates`);
    expect(byDefault.body.meta.locale).toBe('en');
    expect((await writer.get(`${API}/reply-templates?locale=de`)).status).toBe(400);
    expect((await writer.get(`${API}/reply-templates?sort=key`)).status).toBe(400);
    expect((await writer.get(`${API}/reply-templates?locale=${'x'.repeat(50)}`)).status).toBe(400);
  });

  it('every seeded template passes the tone check through the API', async () => {
    for (const locale of ['en', 'ru', 'zh-Hans']) {
      const { body } = await writer.get(`${API}/reply-templates?locale=${locale}`);
      for (const t of body.data) {
        const res = await writer.post(`${API}/tone`, { text: `${t.title}\n${t.body}`, lang: locale });
        expect([t.key, locale, res.body.data.flags]).toEqual([t.key, locale, []]);
      }
    }
  });

  it('renders a template with values as plain text, listing what is left, falling back to the default locale', async () => {
    const r = await service().render('case-resolved', 'ru', {
      authorName: '<b>Ольга</b>',
      caseNumber: 17,
      cause: 'курьер перепутал адрес',
    });
    expect(r.locale).toBe('ru');
    expect(r.body).toContain('Здравствуйте, <b>Ольга</b>!');
    expect(r.body).toContain('Обращение 17 решено. Причина: курьер перепутал адрес.');
    expect(r.missing).toEqual(['solution']);
    const fallback = await service().render('fake-unverified-public', 'de', { date: '2026-11-20' });
    expect(fallback.locale).toBe('en');
    expect(fallback.body.startsWith('On 2026-11-20 we asked the author')).toBe(true);
    expect(await service().render('no-such-key', 'en', {})).toBeNull();
  });

  it('an edited template is what the API lists and renders; starters are not re-created over it', async () => {
    const doc = await app.strapi.documents(UID).findFirst({ filters: { key: 'complaint-acknowledged' }, locale: 'en' } as any);
    await app.strapi.documents(UID).update({
      documentId: doc!.documentId,
      locale: 'en',
      data: { body: 'Hi {authorName}, case {caseNumber} is open.' },
    } as any);
    const listed = (await writer.get(`${API}/reply-templates?locale=en`)).body.data.find((t: any) => t.key === 'complaint-acknowledged');
    expect(listed.body).toBe('Hi {authorName}, case {caseNumber} is open.');
    expect((await service().render('complaint-acknowledged', 'en', { authorName: 'Ann', caseNumber: 3 })).body).toBe(
      'Hi Ann, case 3 is open.'
    );
    expect(await service().ensureStarterTemplates()).toBe(0);
    expect(await service().ensureStarterTemplates({ addLocales: true })).toBe(0);
    expect((await service().find('complaint-acknowledged', 'en')).body).toBe('Hi {authorName}, case {caseNumber} is open.');
  });

  it('creates the starter set once when two callers race on an empty site', async () => {
    const all = (await app.strapi.documents(UID).findMany({ locale: '*', limit: 1000 } as any)) as any[];
    for (const d of new Set(all.map((x) => x.documentId))) await app.strapi.documents(UID).delete({ documentId: d, locale: '*' } as any);
    expect(await app.strapi.documents(UID).count({ locale: '*' } as any)).toBe(0);
    const written = await Promise.all([service().ensureStarterTemplates(), service().ensureStarterTemplates()]);
    expect(written.filter((n) => n > 0)).toHaveLength(1);
    for (const locale of ['en', 'ru', 'zh-Hans']) {
      expect(await app.strapi.documents(UID).count({ locale } as any)).toBe(REPLY_TEMPLATE_KEYS.length);
    }
  });

  it('registers replies.write as a plugin permission and keeps templates out of GraphQL', async () => {
    const action = app.strapi.service('admin::permission').actionProvider.get('plugin::brand-community.replies.write');
    expect(action).toMatchObject({ pluginName: 'brand-community', section: 'plugins' });
    const res = await http(app.url).post('/graphql', { query: '{ __schema { queryType { fields { name } } } }' });
    if (res.status === 200) {
      const names = res.body.data.__schema.queryType.fields.map((f: any) => f.name);
      expect(names.filter((n: string) => /replyTemplate/i.test(n))).toEqual([]);
    }
  });
});
