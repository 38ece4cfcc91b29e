// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Moderation settings saved from the console: the file config gives the defaults, a saved
 * setting wins, the next comment is treated accordingly without a restart (on a second node
 * within `refreshMs`), and anything the file config's schema refuses is a 400 naming the field.
 */
import { startSite, type Site } from '../browser/helpers/site';
import { adminWith, API, type Client } from '../helpers/console';
import { adminLogin, bootStrapi, createPgDatabase, http, usesPostgres, type Booted } from '../helpers/strapi';

const SETTINGS = `${API}/settings`;
const OBSCENE = 'You are all f*cking clowns';

describe('settings on one node', () => {
  let app: Booted;
  let admin: Client;
  let article: string;
  let n = 0;

  beforeAll(async () => {
    app = await bootStrapi();
    admin = http(app.url, await adminLogin(app.url));
    article = (await http(app.url).get('/api/articles')).body.data[0].documentId;
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A comment from a new author each time (no duplicates, no bans in the way). */
  const post = (content: string) => {
    n += 1;
    return http(app.url).post('/api/comments', {
      data: { content, authorName: `Reader ${n}`, authorEmail: `reader${n}@example.org`, article },
    });
  };
  const put = (body: unknown) => admin.put(SETTINGS, body);

  it('answers the effective settings in the file config\'s shape, nothing saved yet', async () => {
    const res = await admin.get(SETTINGS);
    expect(res.status).toBe(200);
    expect(res.body.data.actions).toEqual({ obscenity: 'remove', advertising: 'remove', duplicate: 'remove', contact: 'hold' });
    expect(res.body.data.allowlist).toEqual(['example-shop.com', '+1 800 555 0100', '@example_shop']);
    expect(res.body.data.targets).toEqual([
      { uid: 'api::comment.comment', textField: 'content', authorField: 'authorEmail', authorNameField: 'authorName', threadField: 'article' },
    ]);
    expect(res.body.data).not.toHaveProperty('notifications');
    expect(res.body.meta).toEqual({ stored: [], version: null, updatedAt: null, updatedBy: null });
  });

  it('applies a changed action to the next REST comment, and the file default again once the setting is dropped', async () => {
    expect((await post(OBSCENE)).body.error.details.code).toBe('COMMENT_REMOVED');

    const flagged = await put({ actions: { obscenity: 'flag' } });
    expect(flagged.status).toBe(200);
    expect(flagged.body.data.actions).toEqual({ obscenity: 'flag', advertising: 'remove', duplicate: 'remove', contact: 'hold' });
    expect(flagged.body.meta).toMatchObject({ stored: ['actions'], version: 1, updatedBy: expect.any(String) });
    const saved = await post(`${OBSCENE} 1`);
    expect(saved.status).toBe(201);

    expect((await put({ actions: { obscenity: 'hold' } })).status).toBe(200);
    expect((await post(`${OBSCENE} 2`)).body.error.details.code).toBe('COMMENT_HELD');

    const dropped = await put({ actions: null });
    expect(dropped.body.data.actions.obscenity).toBe('remove');
    expect(dropped.body.meta.stored).toEqual([]);
    expect((await post(`${OBSCENE} 3`)).body.error.details.code).toBe('COMMENT_REMOVED');
  });

  it('keeps the settings in Strapi\'s plugin store', async () => {
    await put({ maxWarnings: 5 });
    const stored = await app.strapi.store({ type: 'plugin', name: 'brand-community' }).get({ key: 'settings' });
    expect(stored.values).toEqual({ maxWarnings: 5 });
    await put({ maxWarnings: null });
  });

  it('honours the allowlist, extra blocked terms (per language) and extra allowed words', async () => {
    const bareLink = 'Track it here: https://parcel-tracker.example.net/abc';
    expect((await post(bareLink)).body.error.details.code).toBe('COMMENT_HELD');
    const current = (await admin.get(SETTINGS)).body.data.allowlist;
    expect((await put({ allowlist: [...current, 'parcel-tracker.example.net'] })).status).toBe(200);
    expect((await post(bareLink)).status).toBe(201);

    expect((await post('This blorfwidget is broken')).status).toBe(201);
    expect((await put({ extraTerms: [{ term: 'blorfwidget', lang: 'en' }] })).status).toBe(200);
    expect((await post('This blorfwidget is broken')).body.error.details.code).toBe('COMMENT_REMOVED');
    expect((await put({ extraExceptions: ['blorfwidgetry'] })).status).toBe(200);
    expect((await post('Blorfwidgetry is my hobby')).status).toBe(201);
    await put({ allowlist: null, extraTerms: null, extraExceptions: null });
  });

  it('moderates only the saved targets, and nothing in a saved dry run', async () => {
    expect((await put({ dryRun: true })).status).toBe(200);
    expect((await post(OBSCENE)).status).toBe(201);
    expect((await put({ dryRun: null, targets: [] })).status).toBe(200);
    expect((await post(OBSCENE)).status).toBe(201);
    expect((await put({ targets: null })).status).toBe(200);
    expect((await post(OBSCENE)).status).toBe(403);
  });

  const refusals: Array<[string, unknown, string, RegExp]> = [
    ['an unknown action', { actions: { obscenity: 'explode' } }, 'actions.obscenity', /remove, hold, flag, allow/],
    ['an unknown category', { actions: { spam: 'remove' } }, 'actions.spam', /not a category/],
    ['an invalid phone number', { allowlist: ['example-shop.com', '+1 555 0100'] }, 'allowlist[1]', /phone number/],
    ['a sentence as a domain', { allowlist: ['our shop dot com'] }, 'allowlist[0]', /without spaces/],
    ['an unknown field', { spamLevel: 3 }, 'spamLevel', /not a setting/],
    ['a file-only option', { maxLength: 10 }, 'maxLength', /set in the file config/],
    ['a text for a number', { maxWarnings: '2' }, 'maxWarnings', /integer between 0 and 1000/],
    ['a negative ban length', { banDays: -1 }, 'banDays', /integer/],
    ['a text for a boolean', { dryRun: 'yes' }, 'dryRun', /true or false/],
    ['a list for an object', { explain: [true] }, 'explain', /object keyed by/],
    ['a missing target field', { targets: [{ uid: 'api::comment.comment', textField: 'body', authorField: 'authorEmail' }] }, 'targets[0].textField', /not an attribute/],
    ['the plugin\'s own log as a target', { targets: [{ uid: 'plugin::brand-community.moderation-log', textField: 'originalText', authorField: 'authorKey' }] }, 'targets[0].uid', /not a collection of comments/],
    ['an unknown target key', { targets: [{ uid: 'api::comment.comment', textField: 'content', authorField: 'authorEmail', x: 1 }] }, 'targets[0].x', /not a known field/],
    ['a term in an unknown language', { extraTerms: [{ term: 'abc', lang: 'xx' }] }, 'extraTerms[0].lang', /en, ru, zh/],
    ['a term with control characters', { extraExceptions: ['ab\u0000c'] }, 'extraExceptions[0]', /control characters/],
    ['a huge list', { extraTerms: Array.from({ length: 5000 }, (_, i) => `term${i}`) }, 'extraTerms', /at most 1000 items/],
    ['a very long term', { extraTerms: ['x'.repeat(5000)] }, 'extraTerms[0]', /at most 200 characters/],
    ['a deep object', { actions: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }, 'body', /deeper than/],
    ['a list as the body', [{ dryRun: true }], 'body', /JSON object/],
  ];

  it.each(refusals)('refuses %s with a 400 naming the field, and saves nothing', async (_name, body, field, message) => {
    const before = (await admin.get(SETTINGS)).body;
    const res = await put(body);
    expect([res.status, res.body.error?.details]).toEqual([400, { code: 'BAD_REQUEST', field }]);
    expect(res.body.error.message).toMatch(message);
    expect((await admin.get(SETTINGS)).body).toEqual(before);
  });

  it('pollutes nothing through a prototype key', async () => {
    const res = await put(JSON.parse('{"__proto__": {"dryRun": true}, "constructor": {"prototype": {"dryRun": true}}}'));
    expect(res.status).toBe(400);
    expect(({} as any).dryRun).toBeUndefined();
    expect((await admin.get(SETTINGS)).body.data.dryRun).toBe(false);
  });

  it('merges concurrent saves of different settings without losing one', async () => {
    const changes = [
      { actions: { obscenity: 'flag' } },
      { actions: { duplicate: 'hold' } },
      { explain: { contact: false } },
      { maxWarnings: 7 },
      { banDays: 30 },
      { banOnAdvertising: false },
    ];
    // reads in between: a read that started before the last save must not hide it on this node
    const results = await Promise.all(changes.flatMap((c) => [put(c), admin.get(SETTINGS)]));
    expect(results.map((r) => r.status)).toEqual(changes.flatMap(() => [200, 200]));
    // the node that saved answers every save at once (no waiting for refreshMs)
    const { data, meta } = (await admin.get(SETTINGS)).body;
    expect(data).toMatchObject({
      actions: { obscenity: 'flag', duplicate: 'hold', advertising: 'remove', contact: 'hold' },
      explain: { contact: false, obscenity: true },
      maxWarnings: 7,
      banDays: 30,
      banOnAdvertising: false,
    });
    expect(meta.version).toBeGreaterThanOrEqual(changes.length);
    await put({ actions: null, explain: null, maxWarnings: null, banDays: null, banOnAdvertising: null });
  });

  it('serves its own save at once, even while a read of the older row is still under way', async () => {
    const service = app.strapi.plugin('brand-community').service('settings');
    const db = app.strapi.db;
    const query = db.query.bind(db);
    let hold: (() => void) | null = null;
    const held = new Promise<void>((resolve) => (hold = resolve));
    let holding = true;
    // the next read of the settings row answers the row as it is now, but only once released
    db.query = (uid: string) => {
      const q = query(uid);
      if (uid !== 'strapi::core-store') return q;
      const findOne = q.findOne.bind(q);
      return {
        ...q,
        findOne: async (params: { where?: { key?: string } }) => {
          const row = await findOne(params);
          if (holding && params?.where?.key === 'plugin_brand-community_settings') {
            holding = false;
            await held;
          }
          return row;
        },
      };
    };
    try {
      service.invalidate();
      const reading = admin.get(SETTINGS); // starts the held read of the older row
      await new Promise((r) => setTimeout(r, 300));
      const saving = put({ maxWarnings: 9 });
      await new Promise((r) => setTimeout(r, 300));
      hold!(); // the older read ends after the save
      const [saved] = await Promise.all([saving, reading]);
      expect([saved.status, saved.body.data?.maxWarnings]).toEqual([200, 9]);
      // the held read finished after the save: this node still answers the save
      expect((await admin.get(SETTINGS)).body.data.maxWarnings).toBe(9);
    } finally {
      db.query = query;
      hold!();
      await put({ maxWarnings: null });
    }
  });

  it('lists the collections a target may name, with their usable fields', async () => {
    const res = await admin.get(`${SETTINGS}/content-types`);
    expect(res.status).toBe(200);
    const comment = res.body.data.find((c: any) => c.uid === 'api::comment.comment');
    expect(comment.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['content', 'authorEmail', 'authorName', 'article']));
    expect(res.body.data.some((c: any) => c.uid.startsWith('plugin::brand-community.'))).toBe(false);
  });

  it('answers 401 without a token and 403 without settings.manage', async () => {
    const anonymous = http(app.url);
    expect((await anonymous.get(SETTINGS)).status).toBe(401);
    expect((await anonymous.put(SETTINGS, { dryRun: true })).status).toBe(401);
    const moderator = await adminWith(app, ['logs.read', 'logs.restore', 'logs.review', 'check.run']);
    expect((await moderator.get(SETTINGS)).status).toBe(403);
    expect((await moderator.put(SETTINGS, { dryRun: true })).status).toBe(403);
    expect((await moderator.get(`${SETTINGS}/content-types`)).status).toBe(403);
    expect((await admin.get(SETTINGS)).body.data.dryRun).toBe(false);
    // The content API knows no settings route.
    expect((await anonymous.get('/api/brand-community/settings')).status).toBe(404);
  });
});

const describePg = usesPostgres() ? describe : describe.skip;

describePg('settings on two nodes of one PostgreSQL database', () => {
  let db: Awaited<ReturnType<typeof createPgDatabase>>;
  let a: Site;
  let b: Site;

  beforeAll(async () => {
    db = await createPgDatabase();
    const config = { refreshMs: 200 };
    a = await startSite({ admin: false, config, env: db.env });
    b = await startSite({ admin: false, config, env: { ...db.env, PLAYGROUND_SEED: 'false' } });
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('applies a setting saved on one node to the next comment on the other', async () => {
    const article = (await http(b.url).get('/api/articles')).body.data[0].documentId;
    const post = (i: number) =>
      http(b.url).post('/api/comments', {
        data: { content: `${OBSCENE} ${i}`, authorName: 'Far', authorEmail: `far${i}@example.org`, article },
      });
    expect((await post(0)).status).toBe(403);
    const admin = http(a.url, await adminLogin(a.url));
    expect((await admin.put(SETTINGS, { actions: { obscenity: 'allow' } })).status).toBe(200);
    // Node B compares its copy with the database every 200 ms: within a bounded number of tries it agrees.
    let status = 0;
    for (let i = 1; i <= 50 && status !== 201; i++) {
      status = (await post(i)).status;
      if (status !== 201) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(201);
    const seenOnB = await http(b.url, await adminLogin(b.url)).get(SETTINGS);
    expect(seenOnB.body.data.actions.obscenity).toBe('allow');
  });

  it('applies an exception learned from a restore on one node to comments on the other', async () => {
    const article = (await http(b.url).get('/api/articles')).body.data[0].documentId;
    const admin = http(a.url, await adminLogin(a.url));
    const postTo = (site: Site, content: string, who: string) =>
      http(site.url).post('/api/comments', { data: { content, authorName: who, authorEmail: `${who}@example.org`, article } });
    expect((await admin.put(SETTINGS, { actions: null })).status).toBe(200);
    const text = 'My surname is Shitov, please fix my order';
    // B follows the reset first (its obscenity action is "remove" again).
    let status = 0;
    let who = '';
    for (let i = 0; i < 50 && status !== 403; i++) {
      who = `before${i}`;
      status = (await postTo(b, text, who)).status;
      if (status !== 403) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(403);
    const removed = (await admin.get(`${API}/logs?action=removed&author=${who}%40example.org`)).body.data[0];
    const restored = await admin.post(`${API}/logs/${removed.documentId}/restore`, { learn: { kind: 'term', value: 'Shitov' } });
    expect(restored.status).toBe(200);
    status = 0;
    for (let i = 0; i < 50 && status !== 201; i++) {
      status = (await postTo(b, text, `after${i}`)).status;
      if (status !== 201) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(201);
  });
});
