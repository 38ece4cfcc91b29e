import type { Core } from '@strapi/strapi';

import { ANNOUNCEMENT_LIMITS, REVIEW_ACTIONS, type LogCategory, type Reaction, type ReviewAction } from '../../../shared/contracts';
import { negativityOf } from '../moderation/negativity';
import { announcementField, announcementThread } from '../utils/announcement-thread';
import { pluginService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

const HOUR = 3_600_000;
/** Longest trend shown: two weeks of hours. */
const MAX_HOURS = 24 * 14;

const hourOf = (v: unknown) => Math.floor(new Date(v as string).getTime() / HOUR) * HOUR;

/**
 * How users reacted to an announcement: the comments posted under it (every moderated collection
 * with a relation to announcements), what moderation removed, held or flagged in its thread and
 * why, clean-but-negative comments counted apart, and the trend per hour since publication.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forAnnouncement(documentId: string): Promise<Reaction | null> {
    const row = (await strapi.db.query(UIDS.announcement).findOne({
      where: { documentId },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    })) as Row | null;
    if (!row) return null;

    const comments: Reaction['comments'] = [];
    // The moderated collections in force: saved settings override the file config.
    for (const target of (await pluginService(strapi, 'settings').config()).targets) {
      const field = announcementField(strapi, target.uid);
      if (!field) continue;
      const rows = (await strapi.documents(target.uid as any).findMany({
        filters: { [field]: { documentId } },
        sort: ['createdAt:desc'],
        limit: ANNOUNCEMENT_LIMITS.reactionComments,
      } as any)) as Row[];
      for (const c of rows) {
        const text = typeof c[target.textField] === 'string' ? c[target.textField] : '';
        const name = target.authorNameField ? c[target.authorNameField] : null;
        comments.push({
          documentId: c.documentId,
          text,
          authorName: typeof name === 'string' ? name : null,
          createdAt: new Date(c.createdAt).toISOString(),
          negative: negativityOf(text).negative,
        });
      }
    }
    comments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

    const logs = (await strapi.db.query(UIDS.log).findMany({
      where: { thread: announcementThread(documentId), action: { $in: [...REVIEW_ACTIONS] }, dryRun: { $ne: true } },
      select: ['action', 'category', 'createdAt'],
      limit: 10_000,
    })) as Row[];
    const moderated = new Map<string, { action: ReviewAction; category: LogCategory; count: number }>();
    for (const l of logs) {
      const key = `${l.action}:${l.category}`;
      const have = moderated.get(key) ?? { action: l.action, category: l.category, count: 0 };
      have.count += 1;
      moderated.set(key, have);
    }
    const count = (action: ReviewAction) => logs.filter((l) => l.action === action).length;
    const negative = comments.filter((c) => c.negative).length;

    const trend: Reaction['trend'] = [];
    if (row.announcedAt) {
      const start = hourOf(row.announcedAt);
      const end = Math.min(hourOf(pluginService(strapi, 'clock').now()), start + (MAX_HOURS - 1) * HOUR);
      const buckets = new Map<number, Reaction['trend'][number]>();
      for (let h = start; h <= end; h += HOUR) {
        const bucket = { hour: new Date(h).toISOString(), clean: 0, negative: 0, moderated: 0 };
        buckets.set(h, bucket);
        trend.push(bucket);
      }
      for (const c of comments) {
        const b = buckets.get(hourOf(c.createdAt));
        if (b) b[c.negative ? 'negative' : 'clean'] += 1;
      }
      for (const l of logs) {
        const b = buckets.get(hourOf(l.createdAt));
        if (b) b.moderated += 1;
      }
    }

    return {
      announcement: { documentId, title: row.title, announcedAt: row.announcedAt ? new Date(row.announcedAt).toISOString() : null },
      comments,
      totals: {
        comments: comments.length,
        clean: comments.length - negative,
        negative,
        removed: count('removed'),
        held: count('held'),
        flagged: count('flagged'),
      },
      moderated: [...moderated.values()].sort((a, b) => b.count - a.count),
      trend,
    };
  },
});
