import type { Core } from '@strapi/strapi';

import {
  DEFAULT_EXPLANATIONS,
  EXPLANATION_FIELDS,
  explanationLanguage,
  hasExplanationLanguage,
  type ExplanationTexts,
} from '../defaults/explanations';
import { getService, UIDS } from '../utils/plugin';

const pick = (entry: Record<string, unknown> | null | undefined): Partial<ExplanationTexts> | null => {
  if (!entry) return null;
  const out: Partial<ExplanationTexts> = {};
  for (const field of EXPLANATION_FIELDS) if (typeof entry[field] === 'string') out[field] = entry[field] as string;
  return out;
};

/**
 * The explanation texts editors keep in the Content Manager ("Explanation texts", one entry per
 * locale). Read when an explanation is written, so an edit applies to the next one on every node.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UIDS.explanations);
  const i18n = () => strapi.plugin('i18n')?.service('locales');

  const self = {
    /**
     * The editors' texts for `locale`: its own entry, else the entry of a locale of the same
     * language (`zh` finds `zh-Hans`), else, for a language we have no built-in texts in, the
     * default locale's entry; else none (the built-in texts apply).
     */
    async forLocale(locale?: string | null): Promise<Partial<ExplanationTexts> | null> {
      if (locale) {
        const own = await documents().findFirst({ locale } as any);
        if (own) return pick(own as any);
      }
      const codes: string[] = ((await i18n()?.find?.()) ?? []).map((l: { code: string }) => l.code);
      const defaultLocale: string = (await i18n()?.getDefaultLocale?.()) ?? 'en';
      const primary = (code: string) => code.toLowerCase().split('-')[0];
      const candidates = locale ? codes.filter((c) => c !== locale && primary(c) === primary(locale)) : [];
      // A language we have no built-in text for reads the site's default texts.
      if (!locale || !hasExplanationLanguage(locale)) candidates.push(defaultLocale);
      for (const code of candidates) {
        const entry = await documents().findFirst({ locale: code } as any);
        if (entry) return pick(entry as any);
      }
      return null;
    },

    /**
     * Gives every site locale we have built-in texts for (and the default locale, in English when
     * we have none for it) its explanation texts entry when it has none, so editors find them
     * filled in, also for a locale added later. Safe when several nodes boot at once.
     */
    async ensureDefaults(): Promise<number> {
      return getService(strapi, 'locks').withLock('setup:explanation-texts', async () => {
        const defaultLocale: string = (await i18n()?.getDefaultLocale?.()) ?? 'en';
        const codes: string[] = ((await i18n()?.find?.()) ?? []).map((l: { code: string }) => l.code);
        const wanted = [defaultLocale, ...codes.filter((c) => c !== defaultLocale && hasExplanationLanguage(c))];
        // One document holds every locale (a single type); the document service has no "any locale" read for it.
        const existing = await strapi.db.query(UIDS.explanations).findOne({ select: ['documentId'] });
        let documentId: string | undefined = existing?.documentId;
        let created = 0;
        for (const locale of wanted) {
          if (documentId && (await documents().findFirst({ locale } as any))) continue;
          const data = { ...DEFAULT_EXPLANATIONS[explanationLanguage(locale)] };
          if (!documentId) documentId = (await documents().create({ locale, data } as any)).documentId;
          else await documents().update({ documentId, locale, data } as any);
          created += 1;
        }
        return created;
      });
    },
  };
  return self;
};
