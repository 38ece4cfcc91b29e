import type { Core, UID } from '@strapi/strapi';

import type { RescanAction, RescanCategory } from '../../../shared/contracts';
import type { ModeratedCategory, PluginConfig, TargetConfig } from '../config';
import type { DuplicateStore, Evidence, FingerprintRecord, Moderator } from '../moderation/types';
import { isEmail } from '../utils/input';

/**
 * Reading a target's stored comments for a re-scan, one page at a time (by id), and judging
 * each with the same filter and settings as a new comment, without remembering anything.
 */

type Row = Record<string, any>;

/** Attributes Strapi manages itself: never part of a comment as submitted. */
const SYSTEM = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

export interface Verdict {
  category: RescanCategory;
  contact: boolean;
  action: RescanAction;
  evidence: Array<Evidence & { field: string }>;
  key: ModeratedCategory;
}

export interface ScannedComment {
  row: Row;
  documentId: string;
  text: string | null;
  authorKey: string | null;
  authorName: string | null;
  thread: string;
  recipient: string | null;
  /** The comment as it would be submitted (relations as documentIds): what a restore re-creates. */
  data: Record<string, unknown>;
}

const attributesOf = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentType(uid as UID.ContentType).attributes ?? {}) as Record<
    string,
    { type: string; relation?: string }
  >;

const relationFields = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([name, a]) => a.type === 'relation' && !SYSTEM.has(name))
    .map(([name]) => name);

const refOf = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => (v as Row)?.documentId ?? null).filter(Boolean);
  if (value && typeof value === 'object') return (value as Row).documentId ?? null;
  return value ?? null;
};

/** Where the scan works: rows of the target within the dates (drafts only where draft & publish is on: one per document). */
export const scope = (strapi: Core.Strapi, uid: string, from: Date | null, to: Date | null) => {
  const where: Row = {};
  if (from || to)
    where.createdAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
  const contentType = strapi.contentType(uid as UID.ContentType) as {
    options?: { draftAndPublish?: boolean };
  };
  if (contentType.options?.draftAndPublish) where.publishedAt = null;
  return where;
};

/** One page of comments after `cursor` (ids ascending), with relations as documentIds. */
export const readPage = async (
  strapi: Core.Strapi,
  target: TargetConfig,
  where: Row,
  cursor: number,
  limit: number
): Promise<ScannedComment[]> => {
  const relations = relationFields(strapi, target.uid);
  const rows = (await strapi.db.query(target.uid as UID.ContentType).findMany({
    where: { ...where, id: { $gt: cursor } },
    orderBy: { id: 'asc' },
    limit,
    populate: Object.fromEntries(relations.map((r) => [r, { select: ['id', 'documentId'] }])),
  })) as Row[];
  return rows.map((row) => toComment(strapi, target, row));
};

export const toComment = (strapi: Core.Strapi, target: TargetConfig, row: Row): ScannedComment => {
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, target.uid))) {
    if (SYSTEM.has(name) || !(name in row)) continue;
    data[name] = attribute.type === 'relation' ? refOf(row[name]) : row[name];
  }
  const rawAuthor = row[target.authorField];
  let authorKey: string | null = null;
  if (typeof rawAuthor === 'string' && rawAuthor.trim()) {
    const trimmed = rawAuthor.trim();
    authorKey = isEmail(trimmed) ? trimmed.toLowerCase() : trimmed;
  } else if (typeof rawAuthor === 'number') {
    authorKey = `id:${rawAuthor}`;
  } else {
    const ref = refOf(rawAuthor);
    if (typeof ref === 'string') authorKey = `${target.authorField}:${ref}`;
  }
  const thread = target.threadField ? refOf(row[target.threadField]) : null;
  const name = target.authorNameField ? row[target.authorNameField] : null;
  const email = row[target.emailField ?? target.authorField];
  const text = row[target.textField];
  return {
    row,
    documentId: row.documentId,
    text: typeof text === 'string' ? text : null,
    authorKey,
    authorName: typeof name === 'string' && name.trim() ? name : null,
    thread: typeof thread === 'string' || typeof thread === 'number' ? String(thread) : '',
    recipient: typeof email === 'string' && isEmail(email.trim()) ? email.trim() : null,
    data,
  };
};

/**
 * The author's fingerprints from before this comment (never its own): a re-scan asks whether the
 * comment repeated an EARLIER one, as it would have been asked when it was posted.
 */
const historyStore = (strapi: Core.Strapi, comment: ScannedComment): DuplicateStore => ({
  async recent(author: string, limit: number): Promise<FingerprintRecord[]> {
    const rows = (await strapi.db.query('plugin::brand-community.comment-fingerprint').findMany({
      where: {
        authorKey: author,
        createdAt: { $lte: comment.row.createdAt },
        $or: [{ commentId: null }, { commentId: { $ne: comment.documentId } }],
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit,
    })) as Row[];
    return rows.map((r) => ({
      author: r.authorKey,
      thread: r.thread ?? '',
      fingerprint: r.fingerprint,
      commentId: r.commentId ?? undefined,
      createdAt: new Date(r.createdAt).getTime(),
    }));
  },
  add() {
    // A re-scan only looks: nothing is remembered.
  },
});

/** Authors of a page who have any fingerprint at all: only their comments can repeat an earlier one. */
export const authorsWithHistory = async (strapi: Core.Strapi, comments: ScannedComment[]) => {
  const keys = [...new Set(comments.map((c) => c.authorKey).filter((k): k is string => !!k))];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = (await strapi.db
      .connection('brand_community_fingerprints')
      .distinct('author_key')
      .whereIn('author_key', keys.slice(i, i + 500))) as Array<{ author_key: string }>;
    for (const row of rows) found.add(row.author_key);
  }
  return found;
};

const ACTING: Record<string, RescanAction | undefined> = {
  remove: 'remove',
  hold: 'hold',
  flag: 'flag',
};

/** What the filter says about one stored comment today, or null when it would be allowed. */
export const judge = async (
  strapi: Core.Strapi,
  filter: Moderator,
  config: PluginConfig,
  target: TargetConfig,
  comment: ScannedComment,
  withHistory: Set<string>
): Promise<Verdict | null> => {
  let decision = comment.authorName
    ? filter.classifyText(comment.authorName)
    : { category: 'allow' as const, evidence: [] };
  let field = target.authorNameField ?? target.textField;
  if (decision.category === 'allow' && comment.text) {
    decision = await filter.classify(
      { author: comment.authorKey ?? '', thread: comment.thread, text: comment.text },
      comment.authorKey && withHistory.has(comment.authorKey)
        ? { store: historyStore(strapi, comment), remember: false }
        : { remember: false }
    );
    field = target.textField;
  }
  if (decision.category === 'allow') return null;
  const contact = decision.category === 'advertising' && decision.promotion === false;
  const key: ModeratedCategory = contact ? 'contact' : (decision.category as ModeratedCategory);
  const action = ACTING[config.actions[key]];
  if (!action) return null;
  return {
    category: decision.category as RescanCategory,
    contact,
    action,
    key,
    evidence: decision.evidence.map((e) => ({ ...e, field })),
  };
};
