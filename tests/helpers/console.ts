/** Helpers for the console API tests: admins with chosen plugin actions, quick look-ups. */
import { adminLogin, http, type Booted } from './strapi';

export const API = '/brand-community';
export type Client = ReturnType<typeof http>;

let roles = 0;

/** An admin whose role grants exactly `actions` (short names such as `logs.read`). */
export const adminWith = async (app: Booted, actions: string[]): Promise<Client> => {
  roles += 1;
  const role = await app.strapi.service('admin::role').create({ name: `Console test ${roles}`, description: 'test' });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((a) => ({ action: `plugin::brand-community.${a}`, subject: null, properties: {}, conditions: [] }))
  );
  const email = `console-${roles}-${Date.now().toString(36)}@example-shop.com`;
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Console',
    lastname: `Tester ${roles}`,
    password: 'Console-Pass-1',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return http(app.url, await adminLogin(app.url, email, 'Console-Pass-1'));
};

/** The newest log entry matching `filters` (through the database, not the API under test). */
export const entry = async (app: Booted, filters: Record<string, unknown>) => {
  const [row] = await app.strapi
    .documents('plugin::brand-community.moderation-log')
    .findMany({ filters, sort: ['id:desc'], limit: 1 });
  return row;
};

/** Row counts of every table the plugin owns. */
export const pluginRowCounts = async (app: Booted): Promise<Record<string, number>> => {
  const knex = app.strapi.db.connection;
  const client = app.strapi.db.dialect.client;
  const tables: string[] =
    client === 'postgres'
      ? (await knex.raw("SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'brand_community%'")).rows.map(
          (r: any) => r.name
        )
      : (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'brand_community%'")).map(
          (r: any) => r.name
        );
  const counts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const row = await knex(table).count({ n: '*' }).first();
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
};
