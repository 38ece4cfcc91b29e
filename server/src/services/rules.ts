import type { Core } from '@strapi/strapi';

import { UIDS } from '../utils/plugin';

export type RuleCategory = 'obscenity' | 'insults' | 'spam' | 'advertising' | 'off-topic' | 'other';

export interface CitedRule {
  id: number;
  documentId: string;
  number: number;
  title: string;
  explanation: string;
  locale: string;
}

/** Which rule categories a detector's category cites, best first. */
const CITES: Record<string, RuleCategory[]> = {
  obscenity: ['obscenity', 'insults', 'other'],
  /** Obscenity whose every term is an insult or a slur (the lexicons' `insults` rule category). */
  insults: ['insults', 'obscenity', 'other'],
  advertising: ['advertising', 'spam', 'other'],
  duplicate: ['spam', 'other'],
  banned: ['spam', 'advertising', 'other'],
};

/**
 * The key a decision cites a rule by: its category, except that obscenity found only through
 * insult or slur terms (Evidence.rule === 'insults') cites an `insults` rule first.
 */
export function citedCategory(decision: { category: string; evidence?: Array<{ detector?: string; rule?: string }> }): string {
  if (decision.category !== 'obscenity') return decision.category;
  const terms = (decision.evidence ?? []).filter((e) => e.detector === 'obscenity');
  return terms.length > 0 && terms.every((e) => e.rule === 'insults') ? 'insults' : 'obscenity';
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The published rule a moderation action of `category` cites, in `locale`
   * when a translation is published, else in the default locale, else any.
   */
  async forCategory(category: string, locale?: string | null): Promise<CitedRule | null> {
    const wanted = CITES[category] ?? ['other'];
    const defaultLocale: string =
      (await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.()) ?? 'en';
    const locales = [...new Set([locale, defaultLocale].filter(Boolean))] as string[];

    for (const cat of wanted) {
      for (const loc of [...locales, '*']) {
        const [rule] = (await strapi.documents(UIDS.rule).findMany({
          filters: { category: cat },
          status: 'published',
          locale: loc,
          sort: ['number:asc'],
          limit: 1,
          fields: ['number', 'title', 'explanation', 'locale'],
        } as any)) as any[];
        if (rule) {
          return {
            id: rule.id,
            documentId: rule.documentId,
            number: rule.number,
            title: rule.title,
            explanation: rule.explanation,
            locale: rule.locale,
          };
        }
      }
    }
    return null;
  },

  /** Custom terms of all published rules (extend the filter's lexicon). */
  async customTerms(): Promise<string[]> {
    const rules = (await strapi.documents(UIDS.rule).findMany({
      status: 'published',
      locale: '*',
      fields: ['customTerms'],
    } as any)) as Array<{ customTerms?: unknown }>;
    const terms = new Set<string>();
    for (const rule of rules) {
      if (Array.isArray(rule.customTerms)) {
        for (const t of rule.customTerms) if (typeof t === 'string' && t.trim()) terms.add(t.trim());
      }
    }
    return [...terms];
  },

  /** Available locales of the site (for picking the author's language). */
  async locales(): Promise<string[]> {
    const list = (await strapi.plugin('i18n')?.service('locales')?.find?.()) as Array<{ code: string }> | undefined;
    return (list ?? []).map((l) => l.code);
  },
});
