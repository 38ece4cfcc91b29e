import type { Core } from '@strapi/strapi';

import type { TargetConfig } from '../config';
import { badInput, CODES, notFound } from '../utils/errors';
import { getConfig, getService } from '../utils/plugin';
import { extractComment } from './comment-input';

/** Longest comment id accepted from a request (documentIds are 24 characters). */
export const MAX_COMMENT_ID = 100;

export interface CommentRef {
  target: TargetConfig;
  targetUid: string;
  commentId: string;
  /** `uid:documentId`: what unique indexes of the workflows key on. */
  commentKey: string;
  text: string | null;
  authorKey: string;
  authorName: string | null;
  recipient: string | null;
  thread: string;
}

/**
 * Comments of the moderated collections as the answering workflows see them (a suspected fake,
 * a case, a comment repeating a claim), and the brand's public reply posted under one.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The moderated collections in force (saved settings override the file config). */
  const targets = async (): Promise<TargetConfig[]> => (await getService(strapi, 'settings').config()).targets;

  const targetOf = async (uid?: string): Promise<TargetConfig> => {
    const list = await targets();
    const target = uid === undefined ? list[0] : list.find((t) => t.uid === uid);
    if (!target) {
      throw badInput(CODES.badRequest, uid ? `\`target\` "${uid.slice(0, 100)}" is not a moderated collection.` : 'No moderated collection is configured.', {
        field: 'target',
      });
    }
    return target;
  };

  const self = {
    targetOf,

    /** The comment `commentId` of `uid` (default: the first target); 404 when there is none. */
    async load(uid: string | undefined, commentId: string): Promise<CommentRef> {
      const target = await targetOf(uid);
      const exists = await strapi.documents(target.uid as any).findOne({ documentId: commentId, fields: ['id'] } as any);
      if (!exists) throw notFound(`No comment ${commentId} in ${target.uid}.`);
      const input = await extractComment(strapi, {}, target, 'clone', commentId);
      return {
        target,
        targetUid: target.uid,
        commentId,
        commentKey: `${target.uid}:${commentId}`,
        text: input.text ?? null,
        authorKey: input.authorKey,
        authorName: input.authorName,
        recipient: input.recipient,
        thread: input.thread,
      };
    },

    /** The text of a stored comment, or null when it is gone. */
    async textOf(uid: string, commentId: string): Promise<string | null> {
      const target = (await targets()).find((t) => t.uid === uid);
      if (!target) return null;
      const row = (await strapi.documents(uid as any).findOne({ documentId: commentId, fields: [target.textField] } as any)) as any;
      const text = row?.[target.textField];
      return typeof text === 'string' ? text : null;
    },

    /**
     * Posts the brand's public reply as a new comment in the same thread (the target's
     * `threadField`), written as `replies.author` / `replies.authorName`, without screening (it is
     * the brand speaking). A target without a thread field, or a site without `replies.author`,
     * keeps the reply on the record only: the answer is null then.
     */
    async postReply(ref: { targetUid: string; thread: string | null }, text: string): Promise<string | null> {
      const { author, authorName } = getConfig(strapi).replies;
      const target = (await targets()).find((t) => t.uid === ref.targetUid);
      if (!target?.threadField || !ref.thread || !author) return null;
      const attributes = (strapi.contentType(target.uid as any).attributes ?? {}) as Record<string, { type: string }>;
      if (attributes[target.authorField]?.type === 'relation') return null;
      const data: Record<string, unknown> = { [target.textField]: text, [target.authorField]: author, [target.threadField]: ref.thread };
      if (target.authorNameField && authorName) data[target.authorNameField] = authorName;
      const created = await getService(strapi, 'guard').runBypassed(() =>
        strapi.documents(target.uid as any).create({ data } as any)
      );
      return (created as { documentId?: string } | null)?.documentId ?? null;
    },
  };
  return self;
};
