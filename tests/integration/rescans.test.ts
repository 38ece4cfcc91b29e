// @postgres — runs on PostgreSQL (concurrency, several nodes, or SQL the databases answer differently); on SQLite where the machine has no PostgreSQL.
/**
 * Re-scans of stored comments over real HTTP: 10,000 comments seeded in bulk through the query
 * layer (tests/helpers/rescans.ts) are checked in pages with progress, previewed as rows, applied
 * once through the moderation log (a restore brings a comment back exactly), and the job survives
 * its Strapi being stopped mid-way (scanning, then applying) and a dead node's lease. Hostile
 * twins: apply twice at once, apply before the preview, cancel; bad bodies, unknown ids and RBAC
 * are in rescans-requests.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { fingerprint } from '../../server/src/moderation';
import { API, type Client } from '../helpers/console';
import {
  docId,
  EXPECTED,
  EXPECTED_ROWS,
  kind,
  OBSCENE,
  REPEATED,
  textOf,
  TOTAL,
  UID,
  waitFor,
} from '../helpers/rescans';
import {
  adminLogin,
  bootStrapi,
  createPgDatabase,
  http,
  usesPostgres,
  type Booted,
} from '../helpers/strapi';

describe('re-scans of stored comments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-rescan-'));
  let pg: Awaited<ReturnType<typeof createPgDatabase>> | null = null;
  let env: Record<string, string>;
  let app: Booted;
  let admin: Client;
  let job: string;
  // Pages with a pause between them, so a stop lands mid-way; e-mail off (in-app explanations are still recorded).
  const config = {
    rescans: { pageSize: 100, pollIntervalMs: 0, pauseMs: 40 },
    notifications: { email: false },
  };

  const boot = async () => {
    app = await bootStrapi({ seed: false, config, env });
    admin = http(app.url, await adminLogin(app.url));
  };
  const get = async () => (await admin.get(`${API}/rescans/${job}`)).body.data;
  /** The job's row, read in this process (an HTTP poll may come back only after the last page). */
  const stored = (): Promise<Record<string, any> | undefined> =>
    app.strapi.db.connection('brand_community_rescans').where({ document_id: job }).first();

  beforeAll(async () => {
    pg = usesPostgres() ? await createPgDatabase() : null;
    env = pg ? pg.env : { DATABASE_FILENAME: path.join(dir, 'data.db') };
    await boot();
    const now = Date.now();
    const rows = Array.from({ length: TOTAL }, (_, i) => ({
      documentId: docId(i),
      content: textOf(i),
      authorName: `Reader ${i % 500}`,
      authorEmail:
        kind(i) === 'duplicate' ? `repeat${i}@example.org` : `reader${i % 500}@example.org`,
      createdAt: new Date(now - (TOTAL - i) * 1000),
      updatedAt: new Date(now - (TOTAL - i) * 1000),
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await app.strapi.db.query(UID).createMany({ data: rows.slice(i, i + 500) });
    }
    // Each repeat's author said the same thing under another post a day earlier.
    for (let i = 0; i < 5; i++) {
      await app.strapi.db.query('plugin::brand-community.comment-fingerprint').create({
        data: {
          authorKey: `repeat${i}@example.org`,
          thread: 'an-older-post',
          fingerprint: fingerprint(REPEATED),
          commentId: `older${i}`,
          createdAt: new Date(now - 86_400_000 - TOTAL * 1000),
        },
      });
    }
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await pg?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('limits a re-scan by dates', async () => {
    const res = await admin.post(`${API}/rescans`, {
      uid: UID,
      from: '2001-01-01',
      to: '2001-12-31',
    });
    expect(res.status).toBe(200);
    const empty = res.body.data.id;
    const done = await waitFor(
      async () => (await admin.get(`${API}/rescans/${empty}`)).body.data,
      (d) => d.status !== 'running',
      'an empty re-scan'
    );
    expect(done).toMatchObject({
      status: 'previewed',
      total: 0,
      checked: 0,
      found: { obscenity: 0, advertising: 0, duplicate: 0 },
    });
    // A cancelled job stays cancelled; cancelling twice is a 409.
    expect((await admin.post(`${API}/rescans/${empty}/cancel`)).body.data.status).toBe('cancelled');
    const again = await admin.post(`${API}/rescans/${empty}/cancel`);
    expect([again.status, again.body.error.details.code]).toEqual([409, 'RESCAN_STATE']);
  });

  it('checks 10,000 comments in pages, survives a restart mid-way and previews each finding once', async () => {
    const res = await admin.post(`${API}/rescans`, { uid: UID });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('running');
    job = res.body.data.id;
    const started = await waitFor(
      stored,
      (row) => Number(row?.checked ?? 0) > 0,
      'progress',
      120_000,
      2
    );
    await app.stop();
    expect(Number(started.total)).toBe(TOTAL);
    await boot();
    const stoppedAt = (await admin.get(`${API}/rescans/${job}`)).body.data;
    // Stopped mid-way: the job kept its place and resumes on the next boot.
    expect(stoppedAt.checked).toBeLessThan(TOTAL);
    const done = await waitFor(get, (d) => d.status !== 'running', 'the preview');
    expect(done).toMatchObject({
      status: 'previewed',
      checked: TOTAL,
      total: TOTAL,
      found: EXPECTED,
    });

    const page1 = (await admin.get(`${API}/rescans/${job}/preview?page=1&pageSize=100`)).body;
    expect(page1.meta.pagination.total).toBe(EXPECTED_ROWS);
    const all: any[] = [...page1.data];
    for (let page = 2; page <= page1.meta.pagination.pageCount; page++) {
      all.push(
        ...(await admin.get(`${API}/rescans/${job}/preview?page=${page}&pageSize=100`)).body.data
      );
    }
    expect(new Set(all.map((r) => r.documentId)).size).toBe(EXPECTED_ROWS);
    const obscene = all.find((r) => r.documentId === docId(7));
    expect(obscene).toMatchObject({
      category: 'obscenity',
      action: 'remove',
      state: 'pending',
      text: OBSCENE(7),
      authorKey: 'reader7@example.org',
    });
    expect(
      obscene.text.slice(obscene.evidence[0].start, obscene.evidence[0].end).toLowerCase()
    ).toContain('f*cking');
    expect(all.find((r) => r.documentId === docId(21))).toMatchObject({
      category: 'advertising',
      contact: true,
      action: 'hold',
    });
    expect(all.find((r) => r.documentId === docId(2))).toMatchObject({
      category: 'duplicate',
      action: 'remove',
    });
    expect(all.some((r) => kind(Number(r.documentId.slice(10))) === 'clean')).toBe(false);
    // Nothing was changed by the preview.
    expect(await app.strapi.db.query(UID).count()).toBe(TOTAL);
  });

  it('applies once (two applies at once, a restart mid-way) through the moderation log', async () => {
    // Small pages with longer pauses while applying (read per page, like an operator's change),
    // so the stop below lands mid-way however fast this machine applies.
    const slow = { pageSize: 10, pollIntervalMs: 0, pauseMs: 300 };
    app.strapi.config.get('plugin::brand-community').rescans = slow;
    // The node booted after the stop resumes as slowly, so the look right after its boot sees the
    // job still mid-way however fast this machine is (it resumes at once, before the first request).
    const usual = config.rescans;
    config.rescans = slow;
    const both = await Promise.all([
      admin.post(`${API}/rescans/${job}/apply`),
      admin.post(`${API}/rescans/${job}/apply`),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    await waitFor(
      stored,
      (row) => Number(row?.applied ?? 0) > 0,
      'the first applied rows',
      120_000,
      2
    );
    await app.stop();
    await boot();
    expect((await get()).applied).toBeLessThan(EXPECTED_ROWS);
    const done = await waitFor(get, (d) => d.status !== 'applying', 'apply');
    expect(done).toMatchObject({ status: 'applied', applied: EXPECTED_ROWS });
    config.rescans = usual;
    app.strapi.config.get('plugin::brand-community').rescans = usual;

    const knex = app.strapi.db.connection;
    const logged = await knex('brand_community_moderation_logs')
      .where('reason', 'like', `Re-scan ${job}:%`)
      .select('target_document_id', 'action');
    expect(logged).toHaveLength(EXPECTED_ROWS);
    expect(new Set(logged.map((r: any) => r.target_document_id)).size).toBe(EXPECTED_ROWS);
    const byAction = logged.reduce(
      (acc: Record<string, number>, r: any) => ({ ...acc, [r.action]: (acc[r.action] ?? 0) + 1 }),
      {}
    );
    expect(byAction).toEqual({ removed: EXPECTED.obscenity + 20 + EXPECTED.duplicate, held: 10 });
    expect(await app.strapi.db.query(UID).count()).toBe(TOTAL - EXPECTED_ROWS);
    // Applying again does nothing.
    expect((await admin.post(`${API}/rescans/${job}/apply`)).status).toBe(409);

    // The removal is in the review queue and a restore brings the comment back exactly.
    const entries = await admin.get(`${API}/logs?action=removed&author=reader7%40example.org`);
    const removal = entries.body.data.find((e: any) => e.originalText === OBSCENE(7));
    expect(removal).toBeDefined();
    const restored = await admin.post(`${API}/logs/${removal.documentId}/restore`);
    expect(restored.status).toBe(200);
    const back = await app.strapi.db
      .query(UID)
      .findOne({ where: { documentId: restored.body.data.document.documentId } });
    expect([back.content, back.authorEmail, back.authorName]).toEqual([
      OBSCENE(7),
      'reader7@example.org',
      'Reader 7',
    ]);
  });

  it('takes over a job whose node died once its lease runs out', async () => {
    const rescans = app.strapi.plugin('brand-community').service('rescans');
    // No stop lands mid-way here: pages follow each other without a pause.
    app.strapi.config.get('plugin::brand-community').rescans = { ...config.rescans, pauseMs: 0 };
    // This node's worker is stopped while the job is handed to a node that then dies.
    await rescans.stopWorker();
    const res = await admin.post(`${API}/rescans`, { uid: UID });
    const id = res.body.data.id;
    const knex = app.strapi.db.connection;
    // As if a node claimed it and died: its lease holds for a moment, then anyone may take the job.
    await knex('brand_community_rescans')
      .where({ document_id: id })
      .update({ owner: 'dead-node', lease_until: Date.now() + 1_500 });
    rescans.startWorker();
    await rescans.tick();
    const held = (await admin.get(`${API}/rescans/${id}`)).body.data;
    expect([held.status, held.checked]).toEqual(['running', 0]);
    // Applying before the preview is finished is refused.
    const early = await admin.post(`${API}/rescans/${id}/apply`);
    expect([early.status, early.body.error.details]).toEqual([
      409,
      { code: 'RESCAN_STATE', status: 'running' },
    ]);
    await new Promise((r) => setTimeout(r, 1_600));
    await rescans.tick();
    const done = await waitFor(
      async () => (await admin.get(`${API}/rescans/${id}`)).body.data,
      (d) => d.status !== 'running',
      'the takeover'
    );
    // The comments applied above are gone; one restored comment is found again.
    expect(done).toMatchObject({
      status: 'previewed',
      checked: TOTAL - EXPECTED_ROWS + 1,
      found: { obscenity: 1, advertising: 0, duplicate: 0 },
    });
    expect((await admin.post(`${API}/rescans/${id}/cancel`)).body.data.status).toBe('cancelled');
    expect((await admin.post(`${API}/rescans/${id}/apply`)).status).toBe(409);
  });
});
