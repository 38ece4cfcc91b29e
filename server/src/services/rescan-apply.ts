import type { Core, UID } from '@strapi/strapi';

import type { RescanAction } from '../../../shared/contracts';
import type { PluginConfig, TargetConfig } from '../config';
import { pluginService, type PluginServices } from '../utils/plugin';
import { parseJson } from '../utils/rescan-views';
import { toComment } from './rescan-comments';
import type { CitedRule } from './rules';

type Row = Record<string, any>;

const JOBS = 'brand_community_rescans';
const ITEMS = 'brand_community_rescan_items';

const LOGGED: Record<RescanAction, 'removed' | 'held' | 'flagged'> = {
  remove: 'removed',
  hold: 'held',
  flag: 'flagged',
};

/**
 * Applying a re-scan's preview: each row acts once. In one transaction the row moves
 * `pending → applied` by a conditional UPDATE (a second node or a second run finds nothing to
 * move), the comment is logged like any removal (its full data, so a restore brings it back
 * exactly), removed or held comments are deleted, and the job's counter moves — only while this
 * node still holds the job. A node that dies mid-row rolls the row back for the next one.
 */
export const createApplier = (strapi: Core.Strapi, node: string) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  const applyItem = async (
    job: Row,
    config: PluginConfig,
    target: TargetConfig,
    item: Row,
    rule: CitedRule | null
  ) => {
    const uid = target.uid as UID.ContentType;
    const outcome = await strapi.db.transaction(async ({ trx }) => {
      const moved = await trx(ITEMS)
        .where({ id: item.id, state: 'pending' })
        .update({ state: 'applied', updated_at: new Date() });
      if (moved !== 1) return null;
      const counted = await trx(JOBS)
        .where({ id: job.id, owner: node, status: 'applying' })
        .update({
          applied: trx.raw('applied + 1'),
          lease_until: Date.now() + config.leaseMs,
          updated_at: new Date(),
        });
      if (counted !== 1) throw new LostJob();
      const row = (await strapi.db.query(uid).findOne({
        where: { id: item.comment_id },
        populate: Object.fromEntries(
          Object.entries(strapi.contentType(uid).attributes as Record<string, { type: string }>)
            .filter(
              ([name, a]) =>
                a.type === 'relation' && !['createdBy', 'updatedBy', 'localizations'].includes(name)
            )
            .map(([name]) => [name, { select: ['id', 'documentId'] }])
        ),
      })) as Row | null;
      const comment = row ? toComment(strapi, target, row) : null;
      // Gone, or edited since the preview: the moderator approved something else; leave it alone.
      if (!comment || comment.text !== item.text) {
        await trx(ITEMS).where({ id: item.id }).update({ state: 'skipped' });
        return null;
      }
      const action = item.action as RescanAction;
      const entry = await service('log').append({
        action: LOGGED[action],
        category: item.category,
        dryRun: config.dryRun,
        rule,
        evidence: parseJson(item.evidence) ?? [],
        originalText: comment.text,
        originalData: comment.data,
        targetUid: target.uid,
        targetDocumentId: comment.documentId,
        thread: comment.thread,
        authorKey: comment.authorKey,
        authorName: comment.authorName,
        locale: null,
        reason: `Re-scan ${job.document_id}: ${
          config.dryRun
            ? `dry run, the comment would have been ${LOGGED[action]}`
            : `the comment was ${LOGGED[action]}`
        } by today's filter.`,
        actor: job.actor ? { id: Number(job.actor), email: job.requested_by ?? undefined } : null,
      });
      await trx(ITEMS).where({ id: item.id }).update({ log_entry: entry.documentId });
      if (action !== 'flag' && !config.dryRun)
        await strapi.documents(uid).delete({ documentId: comment.documentId });
      return { entry, comment, action };
    });
    if (!outcome || outcome.action === 'flag' || config.dryRun) return;
    const key = item.contact ? 'contact' : item.category;
    if (!config.explain[key as keyof typeof config.explain] || !outcome.comment.authorKey) return;
    // After the commit: an explanation for a rolled-back removal would tell the author something false.
    await service('notifications').queue({
      kind: outcome.action === 'hold' ? 'held' : 'removed',
      authorKey: outcome.comment.authorKey,
      recipient: outcome.comment.recipient,
      locale: null,
      rule,
      excerpt: outcome.comment.text,
      logEntry: { id: Number(outcome.entry.id), documentId: outcome.entry.documentId },
    });
  };

  return {
    /** Applies one page of pending rows; false when none is left. */
    async applyPage(job: Row, pageSize: number): Promise<boolean> {
      const config = await service('settings').config();
      const target = config.targets.find((t) => t.uid === job.target_uid);
      if (!target) throw new Error(`${job.target_uid} is no longer a moderated target.`);
      const items = (await strapi.db
        .connection(ITEMS)
        .where({ job: job.document_id, state: 'pending' })
        .orderBy('id')
        .limit(pageSize)) as Row[];
      const rules = new Map<string, CitedRule | null>();
      for (const item of items) {
        if (!rules.has(item.category))
          rules.set(item.category, await service('rules').forCategory(item.category, null));
        try {
          await applyItem(job, config, target, item, rules.get(item.category) ?? null);
        } catch (error) {
          if (error instanceof LostJob) return false;
          throw error;
        }
      }
      return items.length === pageSize;
    },
  };
};

/** The job was cancelled or taken over while this node applied it: stop without acting. */
class LostJob extends Error {
  constructor() {
    super('The re-scan is no longer held by this node.');
  }
}
