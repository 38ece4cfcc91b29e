import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import { getConfig, getService, UIDS } from '../utils/plugin';

const bypass = new AsyncLocalStorage<boolean>();

/** Every action that writes a comment's text: the Content Manager's "duplicate" is a clone. */
const SCREENED = new Set(['create', 'update', 'clone']);

const RULE_CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * The document-service middleware: every create or edit of a configured target,
 * from any route (REST, GraphQL, content manager, `strapi.documents()`), is screened.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  register() {
    const targets = new Map(getConfig(strapi).targets.map((t) => [t.uid, t]));

    strapi.documents.use(async (context, next) => {
      if (context.uid === UIDS.rule && RULE_CHANGES.has(context.action)) {
        const result = await next();
        // Rules carry custom terms: rebuild the filter on next use.
        getService(strapi, 'moderation').invalidate();
        return result;
      }
      const target = targets.get(context.uid);
      if (!target || bypass.getStore()) return next();
      if (SCREENED.has(context.action)) {
        return getService(strapi, 'moderation').screen(context, target, next);
      }
      return next();
    });
  },

  /** Runs `fn` with moderation switched off (restoring what a moderator approved). */
  runBypassed<T>(fn: () => Promise<T>): Promise<T> {
    return bypass.run(true, fn);
  },
});
