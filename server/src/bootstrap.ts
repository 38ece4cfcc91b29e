import type { Core } from '@strapi/strapi';

import { RBAC_ACTIONS } from './utils/permissions';
import { getConfig, getService } from './utils/plugin';

/** Indexes the hot look-ups need (author key on fingerprints, standings, logs; due notifications). */
const INDEXES: Array<[table: string, columns: string[]]> = [
  ['brand_community_fingerprints', ['author_key', 'created_at']],
  ['brand_community_moderation_logs', ['author_key']],
  ['brand_community_moderation_logs', ['created_at']],
  ['brand_community_moderation_logs', ['category', 'action']],
  ['brand_community_notifications', ['status', 'next_attempt_at']],
  ['brand_community_notifications', ['author_key']],
  ['brand_community_moderation_logs', ['related_entry']],
  ['brand_community_moderation_logs', ['target_uid', 'target_document_id']],
  ['brand_community_rescan_items', ['job', 'state', 'id']],
  ['brand_community_rescans', ['status']],
  ['brand_community_fake_requests', ['state', 'deadline']],
  ['brand_community_cases', ['author_key', 'status']],
  ['brand_community_cases', ['status', 'resolved_at']],
  ['brand_community_claim_places', ['claim']],
  ['brand_community_claim_links', ['claim']],
];

/**
 * Uniqueness the database enforces, so it holds with several nodes: one review per log entry
 * (a restore claims the entry before re-creating the comment).
 */
const UNIQUE: Array<[table: string, column: string]> = [
  ['brand_community_reviews', 'entry'],
  // One standing per author: Strapi's `unique` attribute option is checked by the application only.
  ['brand_community_author_standings', 'author_key'],
  // One-time tokens are found by their hash; one suspected-fake request and one case per comment.
  ['brand_community_tokens', 'token_hash'],
  ['brand_community_fake_requests', 'comment_key'],
  ['brand_community_cases', 'comment_key'],
  ['brand_community_claim_links', 'link_key'],
  // One learned exception per kind and value (two moderators teaching the same thing at once).
  ['brand_community_learned_exceptions', 'key'],
];

/**
 * Standings written twice for one author before the unique index existed: keep the one that says
 * most (a ban, then most warnings), so the index can be built and nothing an author earned is lost.
 */
const mergeDuplicateStandings = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  const table = 'brand_community_author_standings';
  const dupes = (await knex(table).select('author_key').groupBy('author_key').havingRaw('count(*) > 1')) as Array<{
    author_key: string;
  }>;
  for (const { author_key } of dupes) {
    const rows = (await knex(table).where({ author_key }).orderBy([
      { column: 'banned', order: 'desc' },
      { column: 'warnings', order: 'desc' },
      { column: 'id', order: 'asc' },
    ])) as Array<{ id: number }>;
    await knex(table).whereIn('id', rows.slice(1).map((r) => r.id)).del();
  }
};

const ensureIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  await mergeDuplicateStandings(strapi);
  await getService(strapi, 'locks').ensureTable();
  await getService(strapi, 'rateLimits').ensureTable();
  for (const [table, columns] of INDEXES) {
    const name = `bc_${table.replace('brand_community_', '')}_${columns.join('_')}_idx`.slice(0, 60);
    // Both SQLite and PostgreSQL understand IF NOT EXISTS; identifiers are our own constants.
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [
      name,
      table,
      ...columns,
    ]);
  }
  for (const [table, column] of UNIQUE) {
    const name = `bc_${table.replace('brand_community_', '')}_${column}_uq`;
    await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??)', [name, table, column]);
  }
};

/** Announcements: one delivery per key (so no node posts twice), starter templates, the worker. */
const ensureAnnouncements = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??)', [
    'bc_announcement_deliveries_key_uq',
    'brand_community_announcement_deliveries',
    'key',
  ]);
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
    'bc_announcement_deliveries_status_idx',
    'brand_community_announcement_deliveries',
    'status',
    'next_attempt_at',
  ]);
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??)', [
    'bc_announcement_entries_announcement_idx',
    'brand_community_announcement_entries',
    'announcement',
  ]);
  if (getConfig(strapi).starterRules !== 'off') await getService(strapi, 'templates').ensureStarterTemplates();
  getService(strapi, 'deliveries').startWorker();
};

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(RBAC_ACTIONS);
  await ensureIndexes(strapi);
  await getService(strapi, 'setup').ensureStarterRules();
  await getService(strapi, 'replyTemplates').ensureStarterTemplates();
  await ensureAnnouncements(strapi);
  await getService(strapi, 'explanations').ensureDefaults();
  await getService(strapi, 'setup').warn();
  await getService(strapi, 'moderation').refresh();
  await getService(strapi, 'appeals').ensureTables();
  getService(strapi, 'notifications').startWorker();
  await getService(strapi, 'rescans').ensureIndexes();
  getService(strapi, 'rescans').startWorker();
  getService(strapi, 'fakes').startSweeper();
};

export default bootstrap;
