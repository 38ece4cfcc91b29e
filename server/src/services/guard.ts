import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import { getService, PLUGIN_ID, pluginService, UIDS } from '../utils/plugin';

const bypass = new AsyncLocalStorage<boolean>();

/** Every action that writes a comment's text: the Content Manager's "duplicate" is a clone. */
const SCREENED = new Set(['create', 'update', 'clone']);

const RULE_CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

const OWN = `plugin::${PLUGIN_ID}.`;

/**
 * The document-service middleware: every create or edit of a configured target,
 * from any route (REST, GraphQL, content manager, `strapi.documents()`), is screened.
 * Targets are the effective settings' (file config, or as saved from the console).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  register() {
    strapi.documents.use(async (context, next) => {
      if (context.uid === UIDS.rule && RULE_CHANGES.has(context.action)) {
        const result = await next();
        // Rules carry custom terms: rebuild the filter on next use.
        getService(strapi, 'moderation').invalidate();
        return result;
      }
      if (!SCREENED.has(context.action) || bypass.getStore() || context.uid.startsWith(OWN)) return next();
      const { targets } = await pluginService(strapi, 'settings').config();
      const target = targets.find((t) => t.uid === context.uid);
      if (!target) return next();
      return getService(strapi, 'moderation').screen(context, target, next);
    });
  },

  /** Runs `fn` with moderation switched off (restoring what a moderator approved). */
  runBypassed<T>(fn: () => Promise<T>): Promise<T> {
    return bypass.run(true, fn);
  },
});
