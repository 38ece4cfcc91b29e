import type { Core } from '@strapi/strapi';

import { STARTER_RULES, starterLanguage } from '../defaults/rules';
import { getConfig, getService, UIDS } from '../utils/plugin';

/** What each moderated category cites (see services/rules.ts), named for people. */
const CATEGORY_NAMES: Record<string, string> = {
  obscenity: 'obscenity and insults',
  duplicate: 'repeated comments',
  advertising: 'advertising',
};

/** A site's first hour: starter rules, and warnings about what would make moderation mute. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const self = {
    /**
     * On a site with no rule at all, creates the starter set in every site locale we have text
     * for (the default locale always, in English when we have no text for it), published or as
     * drafts per `starterRules`. Safe when several nodes boot at once.
     */
    async ensureStarterRules(mode = getConfig(strapi).starterRules): Promise<number> {
      if (mode === 'off') return 0;
      return getService(strapi, 'locks').withLock('setup:starter-rules', async () => {
        const documents = strapi.documents(UIDS.rule);
        if ((await documents.count({ locale: '*' } as any)) > 0) return 0;
        const i18n = strapi.plugin('i18n')?.service('locales');
        const defaultLocale: string = (await i18n?.getDefaultLocale?.()) ?? 'en';
        const siteLocales: string[] = ((await i18n?.find?.()) ?? []).map((l: { code: string }) => l.code);
        const others = siteLocales.filter((l) => l !== defaultLocale && starterLanguage(l));
        let created = 0;
        for (const rule of STARTER_RULES) {
          const fields = { number: rule.number, category: rule.category, customTerms: [] };
          const first = await documents.create({
            locale: defaultLocale,
            data: { ...fields, ...rule.texts[starterLanguage(defaultLocale) ?? 'en'] },
          } as any);
          if (mode === 'published') await documents.publish({ documentId: first.documentId, locale: defaultLocale } as any);
          for (const locale of others) {
            await documents.update({
              documentId: first.documentId,
              locale,
              data: { ...fields, ...rule.texts[starterLanguage(locale)!] },
            } as any);
            if (mode === 'published') await documents.publish({ documentId: first.documentId, locale } as any);
          }
          created += 1;
        }
        strapi.log.info(
          `[brand-community] Created ${created} starter community rules (${mode}) in ${[defaultLocale, ...others].join(', ')}. Edit them in Content Manager → Community rule.`
        );
        return created;
      });
    },

    /** Moderated categories that no published rule covers: their removals would cite no rule. */
    async uncoveredCategories(): Promise<string[]> {
      const rules = getService(strapi, 'rules');
      const missing: string[] = [];
      for (const category of Object.keys(CATEGORY_NAMES)) {
        if (!(await rules.forCategory(category))) missing.push(category);
      }
      return missing;
    },

    /** Boot-time warnings: each says what is wrong, what follows, and where to fix it. */
    async warn() {
      const config = getConfig(strapi);
      if (!config.targets.length) {
        strapi.log.warn('[brand-community] No `targets` configured: no comment is moderated. See the README, "Configuration".');
      }
      for (const category of await self.uncoveredCategories()) {
        strapi.log.warn(
          `[brand-community] No published community rule covers ${CATEGORY_NAMES[category]}: such removals cite no rule and their explanations give no reason. Publish one in Content Manager → Community rule.`
        );
      }
      if (config.dryRun) strapi.log.warn('[brand-community] Dry run is on: moderation logs what it would do and changes nothing.');
    },
  };
  return self;
};
