// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Re-scan requests refused over real HTTP: bad bodies (a code and the field at fault), unknown
 * ids, no login, and roles without rescans.run. The jobs themselves, on 10,000 seeded comments:
 * rescans.test.ts.
 */
import { adminWith, API, type Client } from '../helpers/console';
import { UID } from '../helpers/rescans';
import { adminLogin, bootStrapi, http, type Booted } from '../helpers/strapi';

describe('re-scan requests', () => {
  let app: Booted;
  let admin: Client;

  beforeAll(async () => {
    app = await bootStrapi({
      seed: false,
      config: { rescans: { pageSize: 100, pollIntervalMs: 0, pauseMs: 40 }, notifications: { email: false } },
    });
    admin = http(app.url, await adminLogin(app.url));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses bad requests with a code and a field, and roles without rescans.run', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, 'uid'],
      [{ uid: 'api::article.article' }, 'uid'],
      [{ uid: UID, from: 'yesterday' }, 'from'],
      [{ uid: UID, from: '2026-11-25', to: '2026-11-01' }, 'from'],
      [{ uid: UID, extra: 1 }, 'extra'],
      [{ uid: 'x'.repeat(5000) }, 'uid'],
      [[UID], 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post(`${API}/rescans`, body);
      expect([field, res.status, res.body.error.details]).toEqual([
        field,
        400,
        expect.objectContaining({ code: 'BAD_REQUEST', field }),
      ]);
    }
    expect((await admin.get(`${API}/rescans/nope`)).body.error.details.code).toBe('NOT_FOUND');
    expect((await admin.post(`${API}/rescans/nope/apply`)).status).toBe(404);
    expect((await http(app.url).post(`${API}/rescans`, { uid: UID })).status).toBe(401);
    const reader = await adminWith(app, ['logs.read']);
    expect((await reader.post(`${API}/rescans`, { uid: UID })).status).toBe(403);
    expect((await reader.get(`${API}/rescans`)).status).toBe(403);
  });
});
