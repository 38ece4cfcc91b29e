/**
 * The console's setup checklist as a site owner meets it: what is missing on a fresh site, the
 * test e-mail that proves delivery (and its failure, with the provider's reason), and who may ask.
 */
import { createAdmin } from '../helpers/site';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

const SETUP = '/brand-community/setup';

const item = (body: any, id: string) => body.data.items.find((i: any) => i.id === id);

describe('setup checklist on a fresh playground', () => {
  let app: Booted;
  let mail: Mailbox;
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    mail = await startSmtp();
    app = await bootStrapi({ env: { SMTP_PORT: String(mail.port) } });
    admin = http(app.url, await adminLogin(app.url));
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('lists every item with machine-readable facts; only e-mail is missing', async () => {
    const res = await admin.get(SETUP);
    expect(res.status).toBe(200);
    expect(res.body.data.items.map((i: any) => i.id)).toEqual(['targets', 'rules', 'email', 'sender', 'public', 'dryRun']);
    expect(item(res.body, 'targets')).toEqual({ id: 'targets', ok: true, level: 'ok', detail: { uids: ['api::comment.comment'] } });
    expect(item(res.body, 'rules')).toEqual({ id: 'rules', ok: true, level: 'ok', detail: { uncovered: [] } });
    expect(item(res.body, 'email')).toEqual({
      id: 'email',
      ok: false,
      level: 'error',
      detail: { provider: 'nodemailer', deliveredAt: null, lastTest: null },
    });
    expect(item(res.body, 'sender').detail).toEqual({ from: 'community@example-shop.com', replyTo: 'community@example-shop.com' });
    expect(item(res.body, 'public')).toMatchObject({ ok: true, detail: { publicContent: true, missing: [] } });
    expect(item(res.body, 'dryRun')).toEqual({ id: 'dryRun', ok: true, level: 'ok', detail: { on: false } });
    expect(res.body.data.complete).toBe(false);
  });

  it('keeps the e-mail item red when the provider fails, answering EMAIL_FAILED with its reason', async () => {
    mail.failing = true;
    try {
      const res = await admin.post(`${SETUP}/test-email`, { to: 'owner@example-shop.com' });
      expect(res.status).toBe(502);
      expect(res.body.error.details).toMatchObject({ code: 'EMAIL_FAILED', provider: 'nodemailer' });
      expect(res.body.error.message).toMatch(/Mailbox temporarily unavailable/);
    } finally {
      mail.failing = false;
    }
    const after = await admin.get(SETUP);
    const email = item(after.body, 'email');
    expect(email.ok).toBe(false);
    expect(email.detail.deliveredAt).toBeNull();
    expect(email.detail.lastTest).toMatchObject({ status: 'failed', error: expect.stringMatching(/451|unavailable/i) });
    expect(after.body.data.complete).toBe(false);
  });

  it('turns the e-mail item green once a test e-mail is delivered, sent with the plugin\'s from and reply-to', async () => {
    const res = await admin.post(`${SETUP}/test-email`, { to: 'owner@example-shop.com' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ to: 'owner@example-shop.com', provider: 'nodemailer', sentAt: expect.any(String) });
    const message = await mail.waitFor((m) => JSON.stringify(m.to).includes('owner@example-shop.com'));
    expect(message.from?.text).toContain('community@example-shop.com');
    expect(JSON.stringify(message.replyTo)).toContain('community@example-shop.com');

    const after = await admin.get(SETUP);
    expect(item(after.body, 'email')).toMatchObject({
      ok: true,
      level: 'ok',
      detail: { deliveredAt: res.body.data.sentAt, lastTest: { status: 'sent', error: null } },
    });
    expect(after.body.data.complete).toBe(true);
  });

  it('refuses a bad `to` with a 400 and sends nothing', async () => {
    const before = mail.messages.length;
    for (const body of [{}, { to: 'not-an-address' }, { to: 42 }, { to: `${'a'.repeat(250)}@example.org` }, { to: 'a@b.co', cc: 'x@y.z' }]) {
      const res = await admin.post(`${SETUP}/test-email`, body);
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.body.error.details.code).toBe('BAD_REQUEST');
    }
    expect((await admin.get(`${SETUP}?x=1`)).status).toBe(400);
    expect(mail.messages.length).toBe(before);
  });

  it('answers 401 without a token and 403 to an editor without the plugin\'s actions', async () => {
    expect((await http(app.url).get(SETUP)).status).toBe(401);
    expect((await http(app.url).post(`${SETUP}/test-email`, { to: 'a@example.org' })).status).toBe(401);
    const editor = await createAdmin(app, 'strapi-editor', 'setup-editor@example-shop.com');
    const client = http(app.url, await adminLogin(app.url, editor.email, editor.password));
    expect((await client.get(SETUP)).status).toBe(403);
    expect((await client.post(`${SETUP}/test-email`, { to: 'a@example.org' })).status).toBe(403);
  });
});

describe('setup checklist with draft starter rules, public content off and a dry run', () => {
  let app: Booted;
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    app = await bootStrapi({ seed: false, config: { starterRules: 'draft', publicContent: false, dryRun: true } });
    admin = http(app.url, await adminLogin(app.url));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists the categories no published rule covers', async () => {
    const res = await admin.get(SETUP);
    expect(item(res.body, 'rules')).toEqual({
      id: 'rules',
      ok: false,
      level: 'error',
      detail: { uncovered: ['obscenity', 'duplicate', 'advertising'] },
    });
  });

  it('says the dry run is on, as a warning', async () => {
    const res = await admin.get(SETUP);
    expect(item(res.body, 'dryRun')).toEqual({ id: 'dryRun', ok: false, level: 'warning', detail: { on: true } });
    expect(res.body.data.complete).toBe(false);
  });

  it('names the Public role permissions still missing, and turns green once they are granted', async () => {
    const res = await admin.get(SETUP);
    const expected = [
      'plugin::brand-community.public.findRules',
      'plugin::brand-community.announcement.find',
      'plugin::brand-community.announcement.active',
      'plugin::brand-community.announcement.findOne',
    ];
    expect(item(res.body, 'public')).toEqual({
      id: 'public',
      ok: false,
      level: 'error',
      detail: { publicContent: false, missing: expected },
    });
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const action of expected) {
      await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
    expect(item((await admin.get(SETUP)).body, 'public')).toMatchObject({ ok: true, detail: { missing: [] } });
  });

  it('keeps the one-time-link answers (appeals, suspected fakes) public: their token is the credential', async () => {
    // A malformed token reaches the plugin's own check (400), not Users & Permissions (403).
    const appeal = await http(app.url).get('/api/brand-community/appeals/not-a-token');
    expect(appeal.status).toBe(400);
    expect(appeal.body.error.details.code).toBe('APPEAL_INVALID');
    expect((await http(app.url).get('/api/brand-community/fakes/x/question')).status).not.toBe(403);
  });
});
