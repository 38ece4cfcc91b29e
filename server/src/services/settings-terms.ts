import type { TermEntry } from '../../../shared/contracts';
import type { PluginConfig } from '../config';
import type { Lang } from '../moderation/types';

/** Settings' languages → the filter core's (the same codes today; kept apart on purpose). */
const LANG: Record<string, Lang> = { en: 'en', ru: 'ru', zh: 'zh' };

const termOf = (entry: TermEntry) => (typeof entry === 'string' ? { term: entry } : { term: entry.term, lang: LANG[entry.lang] });

/**
 * The filter's inputs from the effective settings: the brand allowlist, extra blocked terms (each
 * limited to its language when it has one) and extra clean words, plus what moderators taught
 * by restoring (learned exceptions). Passed to the core through its
 * existing options (`allow`, `extraTerms`, `extraExceptions`).
 */
export const filterTerms = (
  config: Pick<PluginConfig, 'allowlist' | 'extraTerms' | 'extraExceptions'>,
  learned: { terms: string[]; allow: string[] } = { terms: [], allow: [] }
) => ({
  allow: [...config.allowlist, ...learned.allow],
  extraTerms: config.extraTerms.map(termOf),
  extraExceptions: [...config.extraExceptions.map((e) => termOf(e).term), ...learned.terms],
});
