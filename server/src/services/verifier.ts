import type { Core } from '@strapi/strapi';

/** The comment a suspected-fake request is about, as the verifier sees it. */
export interface VerifyComment {
  targetUid: string;
  commentId: string;
  authorKey: string;
  authorName: string | null;
  /** The author's e-mail address, when the target has one. */
  email: string | null;
  text: string | null;
}

export interface VerifyInput {
  comment: VerifyComment;
  /** What the author answered: field name → text (order number, purchase date, the site's fields). */
  answer: Record<string, string>;
}

/** `genuine` with a reason for the moderator; `null` when it cannot tell (a moderator decides). */
export type VerifyResult = { genuine: boolean; reason?: string } | null;

/**
 * Checks an author's answer against the site's own records (orders, customers). The plugin has no
 * such records, so by default it cannot tell and a moderator decides. A site replaces `verify`
 * in its own `register` (see the README, "Suspected fakes"):
 *
 *   strapi.plugin('brand-community').service('verifier').verify = async ({ comment, answer }) => …
 */
export default (_: { strapi: Core.Strapi }) => ({
  async verify(_input: VerifyInput): Promise<VerifyResult> {
    return null;
  },
});
