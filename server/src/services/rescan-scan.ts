import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { PluginConfig } from '../config';
import { pluginService } from '../utils/plugin';
import { authorsWithHistory, judge, readPage, scope } from './rescan-comments';

type Row = Record<string, any>;

const JOBS = 'brand_community_rescans';
const ITEMS = 'brand_community_rescan_items';

/** A Strapi-like documentId for rows written with the query builder. */
const newDocumentId = () => randomBytes(12).toString('hex');

/**
 * One page of a re-scan: the next comments after the job's cursor are judged with today's filter,
 * and the findings (preview rows), the cursor and the counters are written in one transaction,
 * only while this node holds the job. A page cut off by a stop or a crash is done again whole.
 */
export const createScanner = (
  strapi: Core.Strapi,
  node: string,
  leaseMs: () => number,
  effective: () => Promise<PluginConfig>,
  pageSizeOf: () => number
) => {
  /** Checks one page; returns false once the target has no more comments after the cursor. */
  return async (job: Row): Promise<boolean> => {
    const config = await effective();
    const target = config.targets.find((t) => t.uid === job.target_uid);
    if (!target) throw new Error(`${job.target_uid} is no longer a moderated target.`);
    const pageSize = pageSizeOf();
    const where = scope(
      strapi,
      target.uid,
      job.from_date ? new Date(job.from_date) : null,
      job.to_date ? new Date(job.to_date) : null
    );
    const comments = await readPage(strapi, target, where, Number(job.cursor ?? 0), pageSize);
    const filter = await pluginService(strapi, 'moderation').moderator();
    const rows: Row[] = [];
    const found = { obscenity: 0, advertising: 0, duplicate: 0 };
    const withHistory = await authorsWithHistory(strapi, comments);
    for (const comment of comments) {
      const verdict = await judge(strapi, filter, config, target, comment, withHistory);
      if (!verdict) continue;
      found[verdict.category] += 1;
      const now = new Date();
      rows.push({
        document_id: newDocumentId(),
        job: job.document_id,
        comment_id: comment.row.id,
        comment_document_id: comment.documentId,
        category: verdict.category,
        contact: verdict.contact,
        action: verdict.action,
        evidence: JSON.stringify(verdict.evidence),
        text: comment.text,
        author_key: comment.authorKey,
        author_name: comment.authorName,
        state: 'pending',
        created_at: now,
        updated_at: now,
      });
    }
    const last = comments.length ? comments[comments.length - 1].row.id : Number(job.cursor ?? 0);
    const kept = await strapi.db.transaction(async ({ trx }) => {
      const moved = await trx(JOBS)
        .where({ id: job.id, owner: node, status: 'running', cursor: job.cursor ?? 0 })
        .update({
          cursor: last,
          checked: trx.raw('checked + ?', [comments.length]),
          found_obscenity: trx.raw('found_obscenity + ?', [found.obscenity]),
          found_advertising: trx.raw('found_advertising + ?', [found.advertising]),
          found_duplicate: trx.raw('found_duplicate + ?', [found.duplicate]),
          lease_until: Date.now() + leaseMs(),
          updated_at: new Date(),
        });
      // Cancelled, or another node took the job over: this page counts for nothing.
      if (moved !== 1) return false;
      for (let i = 0; i < rows.length; i += 100) {
        await trx(ITEMS)
          .insert(rows.slice(i, i + 100))
          .onConflict(['job', 'comment_id'])
          .ignore();
      }
      return true;
    });
    if (!kept) return false;
    job.cursor = last;
    return comments.length === pageSize;
  };
};
