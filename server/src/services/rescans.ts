import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { Rescan, RescanStatus } from '../../../shared/contracts';
import type { Actor } from './log';
import { badInput, CODES, ConflictError, notFound } from '../utils/errors';
import { getConfig, pluginService, UIDS } from '../utils/plugin';
import { paginated } from '../utils/query';
import { toRescan, toRescanItem } from '../utils/rescan-views';
import { createApplier } from './rescan-apply';
import { createPauses, rescanOptions } from './rescan-options';
import { scope } from './rescan-comments';
import { createScanner } from './rescan-scan';

export const JOBS = 'brand_community_rescans';
export const ITEMS = 'brand_community_rescan_items';

type Row = Record<string, any>;

/**
 * Re-scans: background jobs in the database that re-check a target's stored comments with
 * today's filter and settings. A job is held by one node at a time (a lease: `owner` and
 * `leaseUntil`, taken and renewed by conditional UPDATEs); every page's preview rows and the
 * job's cursor and counters are written in one transaction, so a node that stops or dies
 * mid-way leaves a job another node (or the next boot) resumes from its last whole page.
 * Nothing is changed until a moderator applies the preview (see rescan-apply.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const node = randomUUID();
  /** File config: the worker's own options and the lease length. */
  const settings = () => getConfig(strapi);
  /** What moderation acts on now (targets, actions, explain, dry run): saved settings over the file config. */
  const effective = () => pluginService(strapi, 'settings').config();
  /** `rescans: { pageSize, pollIntervalMs, pauseMs }` in the plugin config (optional; see the README). */
  const options = () => rescanOptions(settings());
  /** Pauses between pages (`rescans.pauseMs`), cut short when the node stops. */
  const pauses = createPauses();
  const pause = (ms: number) => (stopped ? Promise.resolve() : pauses.pause(ms));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const leaseMs = () => settings().leaseMs;
  const find = async (documentId: string) => {
    const row = (await knex()(JOBS).where({ document_id: documentId }).first()) as Row | undefined;
    if (!row) throw notFound(`No re-scan ${documentId}.`);
    return row;
  };

  /** Renews this node's lease; false when the job was cancelled or another node holds it. */
  const renew = async (id: number, status: RescanStatus) =>
    (await knex()(JOBS)
      .where({ id, owner: node, status })
      .update({ lease_until: Date.now() + leaseMs(), updated_at: new Date() })) === 1;

  /** Moves a job this node holds on to `status`, letting go of it. */
  const finish = (id: number, from: RescanStatus, status: RescanStatus, extra: Row = {}) =>
    knex()(JOBS)
      .where({ id, owner: node, status: from })
      .update({ status, owner: null, lease_until: null, updated_at: new Date(), ...extra });

  const applier = createApplier(strapi, node);

  const scanPage = createScanner(strapi, node, leaseMs, effective, () => options().pageSize);

  /** Works on one job this node holds until it is done, cancelled, taken over or the node stops. */
  const work = async (job: Row) => {
    try {
      while (!stopped) {
        const current = (await knex()(JOBS).where({ id: job.id }).first()) as Row;
        if (current.owner !== node || !(await renew(job.id, current.status))) return;
        if (current.status === 'running') {
          const more = await scanPage(current);
          if (!more) {
            await finish(job.id, 'running', 'previewed');
            return;
          }
        } else if (current.status === 'applying') {
          const more = await applier.applyPage(current, options().pageSize);
          if (!more) {
            await finish(job.id, 'applying', 'applied');
            return;
          }
        } else return;
        await pause(options().pauseMs);
      }
      // Stopping: hand the job back so the next node or boot resumes it at once.
      await knex()(JOBS)
        .where({ id: job.id, owner: node })
        .update({ owner: null, lease_until: null });
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      strapi.log.error(`[brand-community] re-scan ${job.document_id} failed: ${message}`);
      await knex()(JOBS)
        .where({ id: job.id, owner: node })
        .whereIn('status', ['running', 'applying'])
        .update({
          status: 'failed',
          error: message,
          owner: null,
          lease_until: null,
          updated_at: new Date(),
        });
    }
  };

  /** Claims and works on every job no live node holds. */
  const round = async () => {
    while (!stopped) {
      const now = Date.now();
      const free = (await knex()(JOBS)
        .whereIn('status', ['running', 'applying'])
        .where((b) => b.whereNull('owner').orWhere('lease_until', '<', now))
        .orderBy('id')
        .select('id', 'document_id')) as Row[];
      let claimed = 0;
      for (const job of free) {
        if (stopped) return;
        const taken = await knex()(JOBS)
          .where({ id: job.id })
          .whereIn('status', ['running', 'applying'])
          .where((b) => b.whereNull('owner').orWhere('lease_until', '<', Date.now()))
          .update({ owner: node, lease_until: Date.now() + leaseMs() });
        if (taken !== 1) continue;
        claimed += 1;
        await work(job);
      }
      if (!claimed) return;
    }
  };

  const self = {
    node,

    /** One preview row per job and comment, enforced by the database (a composite unique index). */
    async ensureIndexes() {
      await knex().raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
        'bc_rescan_items_job_comment_uq',
        ITEMS,
        'job',
        'comment_id',
      ]);
    },

    async start(input: { uid: string; from?: Date; to?: Date }, actor: Actor | null) {
      const target = (await effective()).targets.find((t) => t.uid === input.uid);
      if (!target) {
        throw badInput(
          CODES.badRequest,
          `\`uid\` must be a moderated content type; ${input.uid.slice(0, 200)} is not one.`,
          {
            field: 'uid',
          }
        );
      }
      const where = scope(strapi, target.uid, input.from ?? null, input.to ?? null);
      const total = await strapi.db.query(target.uid as any).count({ where });
      const job = (await strapi.db.query(UIDS.rescan).create({
        data: {
          status: 'running',
          targetUid: target.uid,
          fromDate: input.from ?? null,
          toDate: input.to ?? null,
          cursor: 0,
          checked: 0,
          total,
          requestedBy: actor?.email ?? null,
          actor: actor?.id ?? null,
        },
      })) as Row;
      self.kick();
      return { id: job.documentId as string, status: 'running' as RescanStatus };
    },

    async get(documentId: string): Promise<Rescan> {
      return toRescan(await find(documentId));
    },

    async list(page: number, pageSize: number) {
      const [rows, count] = await Promise.all([
        knex()(JOBS)
          .orderBy('id', 'desc')
          .offset((page - 1) * pageSize)
          .limit(pageSize),
        knex()(JOBS).count({ n: 'id' }).first(),
      ]);
      const body = paginated(
        (rows as Row[]).map(toRescan),
        Number((count as Row | undefined)?.n ?? 0),
        page,
        pageSize
      );
      const targets = (await effective()).targets.map((t) => t.uid);
      return { ...body, meta: { ...body.meta, targets } };
    },

    async preview(documentId: string, page: number, pageSize: number) {
      const job = await find(documentId);
      const items = () => knex()(ITEMS).where({ job: job.document_id });
      const [rows, count] = await Promise.all([
        items()
          .orderBy('id', 'asc')
          .offset((page - 1) * pageSize)
          .limit(pageSize),
        items().count({ n: 'id' }).first(),
      ]);
      return paginated(
        (rows as Row[]).map(toRescanItem),
        Number((count as Row | undefined)?.n ?? 0),
        page,
        pageSize
      );
    },

    /** previewed → applying, once: of two requests (or nodes), one moves it and the other gets a 409. */
    async apply(documentId: string) {
      const job = await find(documentId);
      const moved = await knex()(JOBS)
        .where({ id: job.id, status: 'previewed' })
        .update({ status: 'applying', owner: null, lease_until: null, updated_at: new Date() });
      if (moved !== 1)
        throw conflict(await find(documentId), 'Only a previewed re-scan can be applied.');
      self.kick();
      return { id: documentId, status: 'applying' as RescanStatus };
    },

    /** Stops a job between two pages (what was applied stays applied). */
    async cancel(documentId: string) {
      const job = await find(documentId);
      const moved = await knex()(JOBS)
        .where({ id: job.id })
        .whereIn('status', ['running', 'previewed', 'applying'])
        .update({ status: 'cancelled', owner: null, lease_until: null, updated_at: new Date() });
      if (moved !== 1)
        throw conflict(
          await find(documentId),
          'Only a running, previewed or applying re-scan can be cancelled.'
        );
      return { id: documentId, status: 'cancelled' as RescanStatus };
    },

    /** Runs the worker now; a call during a run makes it go round once more. */
    tick(): Promise<void> {
      again = true;
      if (!running) {
        running = (async () => {
          while (again && !stopped) {
            again = false;
            try {
              await round();
            } catch (error) {
              strapi.log.error(`[brand-community] re-scan worker: ${(error as Error).message}`);
            }
          }
        })().finally(() => {
          running = null;
        });
      }
      return running;
    },

    kick() {
      if (stopped) return;
      setImmediate(() => {
        if (!stopped) self.tick();
      });
    },

    /** Resumes jobs left by a stopped node now, and looks for abandoned ones every `rescans.pollIntervalMs`. */
    startWorker() {
      stopped = false;
      const { pollIntervalMs } = options();
      if (pollIntervalMs > 0 && !timer) {
        timer = setInterval(() => self.tick(), pollIntervalMs);
        timer.unref();
      }
      self.kick();
    },

    async stopWorker() {
      stopped = true;
      pauses.wakeAll();
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running;
    },
  };

  const conflict = (job: Row, sentence: string) =>
    new ConflictError(`This re-scan is ${job.status}. ${sentence}`, {
      code: CODES.rescanState,
      status: job.status,
    });

  return self;
};
