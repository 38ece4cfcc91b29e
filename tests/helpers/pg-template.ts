/**
 * `npx tsx tests/helpers/pg-template.ts <name>`: builds a PostgreSQL template database for one
 * `npm test` run (scripts/test.js), so each PostgreSQL test file's database starts with the schema
 * already there instead of creating ~80 tables and their indexes again (about 12 s a boot).
 *
 * The template is the playground booted once (its schema and the plugin's own indexes), then
 * emptied: every table is truncated except Strapi's schema and migration bookkeeping. A boot from
 * it therefore finds the schema it expects and an empty database, and its bootstrap does what a
 * first boot does (admin roles, starter rules, demo seed when asked), as the site's second boot of
 * an emptied database would. The boot runs in this process, which exits before any copy is made
 * (PostgreSQL copies a template only while nobody is connected to it).
 * Tests of what a first boot does on an empty database pass `fresh: true` and skip it.
 *
 * Before it is emptied, a copy is kept as `<name>_seeded`: the playground as it stands right after
 * its first boot with the default options (demo seed, the file config). Boots of that kind start
 * from a copy of it (bootStrapi), as SQLite boots of a kind start from their template
 * (./templates.ts), without paying for the seed and the first boot's work again.
 */
import { bootStrapi, createPgDatabase, PG, pgAdmin, seededTemplate } from './strapi';

/** Strapi's record of the schema it built and the migrations it ran: what makes the next boot skip them. */
const KEEP = new Set(['strapi_database_schema', 'strapi_migrations', 'strapi_migrations_internal']);

export const buildPgTemplate = async (name: string) => {
  const db = await createPgDatabase({ name, fresh: true });
  const app = await bootStrapi({ env: db.env });
  await app.stop();
  await pgAdmin(`CREATE DATABASE ${seededTemplate(name)} TEMPLATE ${name}`);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Client } = require('pg');
  const client = new Client({ ...PG, database: name });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const tables = rows.map((r: { tablename: string }) => r.tablename).filter((t: string) => !KEEP.has(t));
    if (!tables.some((t: string) => t.startsWith('brand_community')))
      throw new Error(`the template has no plugin tables: ${tables.join(', ')}`);
    await client.query(`TRUNCATE ${tables.map((t: string) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
};

if (require.main === module) {
  const name = process.argv[2];
  if (!name || !/^[a-z_][a-z0-9_]*$/.test(name)) {
    console.error('usage: tsx tests/helpers/pg-template.ts <database name>');
    process.exit(2);
  }
  const started = Date.now();
  buildPgTemplate(name).then(
    () => {
      console.log(`PostgreSQL template ${name} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
