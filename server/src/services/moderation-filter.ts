import type { Core } from '@strapi/strapi';

import { createModerator } from '../moderation';
import type { Moderator } from '../moderation/types';
import { getConfig, getService, pluginService } from '../utils/plugin';
import { filterTerms } from './settings-terms';

/**
 * The filter a node screens comments with, built from the saved settings, the learned exceptions
 * and the published rules' custom terms, and rebuilt when any of them changed (on any node).
 */
export const createFilterHolder = (strapi: Core.Strapi) => {
  let moderator: Moderator | null = null;
  let building: Promise<Moderator> | null = null;
  /** Latest change of any rule when the filter was built, and when that was last compared. */
  let rulesStamp: string | null = null;
  let checkedAt = 0;
  /** The saved settings (and learned exceptions) the filter was built from. */
  let builtFrom: string | null = null;

  /** A stamp of the rules table; another node's edit of a rule changes it. */
  const readRulesStamp = async (): Promise<string> => {
    const row = (await strapi.db
      .connection('brand_community_rules')
      .max({ at: 'updated_at' })
      .count({ n: 'id' })
      .first()) as { at: unknown; n: unknown } | undefined;
    return `${row?.at ? new Date(row.at as string).getTime() : 0}:${row?.n ?? 0}`;
  };

  const self = {
    /** Builds the filter from the effective settings and the published rules' custom terms. */
    async refresh(): Promise<Moderator> {
      const settings = pluginService(strapi, 'settings');
      const config = await settings.config();
      const learned = await pluginService(strapi, 'learning').current();
      const from = `${settings.version()}|${learned.stamp}`;
      const stamp = await readRulesStamp();
      const ruleTerms: string[] = await getService(strapi, 'rules').customTerms();
      const terms = filterTerms(config, learned);
      const built = createModerator({
        allow: terms.allow,
        extraTerms: [...terms.extraTerms, ...ruleTerms.map((term) => ({ term }))],
        extraExceptions: terms.extraExceptions,
        defaultPhoneRegion: config.defaultPhoneRegion,
        duplicate: config.duplicate,
        // A failed filter stage fails open (the comment is decided without it) and is logged once, here.
        logger: { error: (message: string) => strapi.log.error(message) },
      });
      moderator = built;
      builtFrom = from;
      rulesStamp = stamp;
      checkedAt = Date.now();
      return built;
    },

    invalidate() {
      moderator = null;
    },

    async moderator(): Promise<Moderator> {
      // Saved settings are compared with the database by the settings service (every refreshMs).
      const settings = pluginService(strapi, 'settings');
      await settings.config();
      const learned = await pluginService(strapi, 'learning').current();
      if (moderator && `${settings.version()}|${learned.stamp}` !== builtFrom) moderator = null;
      if (moderator && Date.now() - checkedAt > getConfig(strapi).refreshMs) {
        // Rules may have been edited on another node: rebuild when the table changed.
        checkedAt = Date.now();
        if ((await readRulesStamp()) !== rulesStamp) moderator = null;
      }
      if (moderator) return moderator;
      if (!building) building = self.refresh().finally(() => (building = null));
      return building;
    },
  };
  return self;
};
