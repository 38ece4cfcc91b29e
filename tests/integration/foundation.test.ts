// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const P = 'plugin::brand-community';

const EXPECTED: Record<string, string[]> = {
  'community-rule': ['number', 'title', 'body', 'category', 'explanation', 'customTerms'],
  announcement: ['kind', 'title', 'body', 'affectedServices', 'currentStatus', 'startsAt', 'endsAt', 'detectedAt', 'publishAt'],
  'moderation-log': [
    'action', 'category', 'rule', 'evidence', 'originalText', 'originalData', 'targetUid',
    'targetDocumentId', 'thread', 'authorKey', 'actor', 'dryRun',
  ],
  'author-standing': ['authorKey', 'warnings', 'banned', 'bannedAt', 'bannedUntil', 'banReason'],
  notification: ['authorKey', 'channel', 'subject', 'body', 'status', 'attempts', 'lastError', 'sentAt', 'logEntry'],
  'comment-fingerprint': ['authorKey', 'thread', 'fingerprint', 'commentId'],
};

describe('foundation: the plugin in a booted Strapi', () => {
  let app: Booted;

  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(Object.entries(EXPECTED))('registers %s with its attributes', (name, attributes) => {
    const ct = app.strapi.contentType(`${P}.${name}`);
    expect(ct).toBeDefined();
    expect(Object.keys(ct.attributes)).toEqual(expect.arrayContaining(attributes));
  });

  it('localizes rules and announcements with draft & publish, and hides the internal types from the content manager', () => {
    for (const name of ['community-rule', 'announcement']) {
      const ct = app.strapi.contentType(`${P}.${name}`);
      expect(ct.options.draftAndPublish).toBe(true);
      expect(ct.pluginOptions.i18n.localized).toBe(true);
    }
    for (const name of ['moderation-log', 'author-standing', 'notification', 'comment-fingerprint']) {
      expect(app.strapi.contentType(`${P}.${name}`).pluginOptions['content-manager'].visible).toBe(false);
    }
  });

  it('creates, reads, updates and deletes each type through the document service', async () => {
    const samples: Record<string, Record<string, unknown>> = {
      'community-rule': { number: 42, title: 'Be kind', category: 'insults', explanation: 'No insults.' },
      announcement: { kind: 'planned', title: 'Maintenance', currentStatus: 'scheduled' },
      'moderation-log': { action: 'removed', category: 'obscenity', originalText: 'x', authorKey: 'a@b.c' },
      'author-standing': { authorKey: 'crud@example.org', warnings: 1 },
      notification: { authorKey: 'crud@example.org', channel: 'email', status: 'queued', subject: 's' },
      'comment-fingerprint': { authorKey: 'crud@example.org', thread: 't', fingerprint: 'f' },
    };
    for (const [name, data] of Object.entries(samples)) {
      const docs = app.strapi.documents(`${P}.${name}`);
      const created = await docs.create({ data });
      expect(created.documentId).toEqual(expect.any(String));
      const read = await docs.findOne({ documentId: created.documentId });
      const [key, value] = Object.entries(data)[0];
      expect(read[key]).toEqual(value);
      const updated = await docs.update({ documentId: created.documentId, data: { [key]: read[key] } });
      expect(updated.documentId).toBe(created.documentId);
      await docs.delete({ documentId: created.documentId });
      expect(await docs.findOne({ documentId: created.documentId })).toBeNull();
    }
  });

  it('seeds published demo rules in en, ru and zh-Hans', async () => {
    for (const locale of ['en', 'ru', 'zh-Hans']) {
      const rules = await app.strapi
        .documents(`${P}.community-rule`)
        .findMany({ locale, status: 'published', sort: ['number:asc'] });
      expect(rules.map((r: any) => r.number)).toEqual([1, 2, 3]);
    }
  });

  it('declares no route that could update or delete a moderation log entry', () => {
    const plugin = app.strapi.plugin('brand-community');
    const routes = Object.values(plugin.routes as Record<string, { routes: any[] }>).flatMap((r) => r.routes);
    expect(routes.length).toBeGreaterThan(0);
    // Reviews (restore, approve, confirm, bulk) append entries; nothing rewrites one.
    const writes = routes.filter(
      (r) => /\/logs/.test(r.path) && (r.method !== 'POST' || !/\/(restore|approve|confirm|bulk)$/.test(r.path))
        && r.method !== 'GET'
    );
    expect(writes).toEqual([]);
  });

  it('answers 404/405 to update/delete of a log entry even for a super admin', async () => {
    const token = await adminLogin(app.url);
    const entry = await app.strapi
      .documents(`${P}.moderation-log`)
      .create({ data: { action: 'removed', category: 'obscenity', originalText: 'kept' } });
    const api = http(app.url, token);
    expect((await api.get(`/brand-community/logs/${entry.documentId}`)).status).toBe(200);
    expect([404, 405]).toContain((await api.put(`/brand-community/logs/${entry.documentId}`, { originalText: "changed" })).status);
    expect([404, 405]).toContain((await api.del(`/brand-community/logs/${entry.documentId}`)).status);
    const again = await app.strapi.documents(`${P}.moderation-log`).findOne({ documentId: entry.documentId });
    expect(again.originalText).toBe('kept');
  });

  it('serves the content API to visitors but never the moderation log', async () => {
    const api = http(app.url);
    const rules = await api.get('/api/brand-community/rules?locale=ru');
    expect(rules.status).toBe(200);
    expect(rules.body.data.map((r: any) => r.title)).toContain('Без мата и оскорблений');
    for (const p of [
      '/api/brand-community/logs',
      '/api/brand-community/moderation-logs',
      '/api/moderation-logs',
      '/api/brand-community/notifications',
      '/api/brand-community/authors',
    ]) {
      const res = await api.get(p);
      expect([403, 404]).toContain(res.status);
    }
    expect((await api.get('/api/articles')).status).toBe(200);
  });

  it('serves published announcements, never drafts', async () => {
    const docs = app.strapi.documents(`${P}.announcement`);
    const published = await docs.create({
      locale: 'en',
      data: {
        kind: 'incident', title: 'Checkout outage', currentStatus: 'identified', affectedServices: ['checkout'],
        body: 'Looking into failed payments.',
      },
    });
    await docs.publish({ documentId: published.documentId, locale: 'en' });
    const draft = await docs.create({ locale: 'en', data: { kind: 'planned', title: 'Secret draft', currentStatus: 'scheduled' } });

    const api = http(app.url);
    const list = await api.get('/api/brand-community/announcements?locale=en');
    expect(list.status).toBe(200);
    const titles = list.body.data.map((a: any) => a.title);
    expect(titles).toContain('Checkout outage');
    expect(titles).not.toContain('Secret draft');
    const one = await api.get(`/api/brand-community/announcements/${published.documentId}?locale=en`);
    expect(one.body.data.timeline[0].text).toBe('Looking into failed payments.');
    expect((await api.get(`/api/brand-community/announcements/${draft.documentId}?locale=en`)).status).toBe(404);
    expect((await api.get('/api/brand-community/announcements?pageSize=0')).status).toBe(400);
  });

  it('indexes the look-ups moderation makes on every comment', async () => {
    const knex = app.strapi.db.connection;
    // Each database lists its indexes its own way; the columns are compared without quoting.
    const rows =
      app.strapi.db.dialect.client === 'postgres'
        ? (await knex.raw("SELECT tablename AS t, indexdef AS sql FROM pg_indexes WHERE indexname LIKE 'bc_%'")).rows
        : await knex.raw("SELECT tbl_name AS t, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'bc_%'");
    const indexed = rows.map((r: any) => `${r.t}: ${r.sql.replace(/^.*\(/, '(').replace(/[`"]/g, '')}`);
    expect(indexed).toEqual(
      expect.arrayContaining([
        'brand_community_fingerprints: (author_key, created_at)',
        'brand_community_notifications: (status, next_attempt_at)',
        'brand_community_moderation_logs: (author_key)',
        'brand_community_author_standings: (author_key)',
        'brand_community_reviews: (entry)',
      ])
    );
    // The two that make concurrent requests correct are unique.
    const unique = rows.filter((r: any) => /UNIQUE/i.test(r.sql)).map((r: any) => r.t);
    expect(unique).toEqual(expect.arrayContaining(['brand_community_author_standings', 'brand_community_reviews']));
  });

  it('refuses admin routes without a token (401)', async () => {
    const res = await http(app.url).get('/brand-community/logs');
    expect(res.status).toBe(401);
  });
});

describe('foundation: bad plugin config stops boot with a clear message', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a negative maxWarnings', { maxWarnings: -1 }, /maxWarnings.*integer/],
    ['an unknown action', { actions: { obscenity: 'explode' } }, /actions\.obscenity.*remove, hold, flag, allow/],
    ['an unknown target uid', { targets: [{ uid: 'api::nope.nope', textField: 'content', authorField: 'authorEmail' }] }, /api::nope\.nope.*not a content type/],
    ['an unknown target field', { targets: [{ uid: 'api::comment.comment', textField: 'body', authorField: 'authorEmail' }] }, /textField "body" is not an attribute/],
    ['a non-array allowlist', { allowlist: 'example-shop.com' }, /allowlist.*array/],
    ['a non-boolean duplicate.sameThread', { duplicate: { sameThread: 'yes' } }, /duplicate\.sameThread.*true or false/],
  ];
  it.each(cases)('rejects %s', async (_name, config, message) => {
    await expect(bootStrapi({ config, seed: false })).rejects.toThrow(message);
  });
});
