import type { Core } from '@strapi/strapi';

import type { Check, ModeratedCategory, ModerationAction } from '../../../shared/contracts';
import type { DuplicateStore, Moderator } from '../moderation/types';
import { isEmail } from '../utils/input';
import { buildMessage, type MessageKind } from '../utils/messages';
import { pluginService, type PluginServices } from '../utils/plugin';
import { citedCategory, type CitedRule } from './rules';
import type { Standing } from './standings';

/**
 * "Test a comment": the verdict the comment filter would give, with the rule it would cite
 * and the explanation its author would get. Nothing is stored and nobody is warned: the
 * duplicate check reads the author's fingerprints through a store whose `add` does nothing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  /** What the middleware would tell the author (see `screen`), or null when it tells nothing. */
  const explanationKind = (
    moderatedAs: ModeratedCategory,
    action: ModerationAction,
    standing: Standing | null,
    maxWarnings: number
  ): MessageKind | null => {
    if (action === 'hold') return 'held';
    if (action !== 'remove' || moderatedAs === 'advertising') return null;
    if (moderatedAs === 'duplicate') return (standing?.warnings ?? 0) >= maxWarnings ? 'banned' : 'warned';
    return 'removed';
  };

  return {
    async run(input: Check.Request): Promise<Check.Response['data']> {
      const config = await pluginService(strapi, 'settings').config();
      const author = input.author?.trim() ? input.author.trim() : null;
      const authorKey = author && isEmail(author) ? author.toLowerCase() : author;
      const fingerprints = service('fingerprints');
      const readOnly: DuplicateStore = {
        recent: (key, limit) => fingerprints.recent(key, limit),
        add: () => undefined,
      };

      const filter: Moderator = await service('moderation').moderator();
      const decision = await filter.classify(
        { author: authorKey ?? '', thread: input.thread ?? '', text: input.text },
        { store: authorKey ? readOnly : undefined, remember: false }
      );
      const category = decision.category;
      const moderatedAs: ModeratedCategory | null =
        category === 'allow'
          ? null
          : category === 'advertising' && decision.promotion === false
            ? 'contact'
            : category;
      const action: ModerationAction = moderatedAs ? config.actions[moderatedAs] : 'allow';

      const rule: CitedRule | null = moderatedAs ? await service('rules').forCategory(citedCategory(decision), input.locale) : null;
      const standing: Standing | null = authorKey ? await service('standings').get(authorKey) : null;
      const kind =
        moderatedAs && config.explain[moderatedAs]
          ? explanationKind(moderatedAs, action, standing, config.maxWarnings)
          : null;
      const warnings = (standing?.warnings ?? 0) + 1;
      const explanationLocale = input.locale ?? rule?.locale ?? null;
      const explanation = kind
        ? buildMessage(
            {
              kind,
              rule,
              excerpt: input.text,
              ...(kind === 'warned' ? { warnings, maxWarnings: config.maxWarnings } : {}),
            },
            explanationLocale,
            await service('explanations').forLocale(explanationLocale)
          )
        : null;

      return {
        category,
        moderatedAs,
        action,
        evidence: decision.evidence,
        promotion: category === 'advertising' ? decision.promotion ?? true : null,
        rule: rule
          ? {
              documentId: rule.documentId,
              number: rule.number,
              title: rule.title,
              explanation: rule.explanation,
              locale: rule.locale,
            }
          : null,
        explanation: explanation ? { subject: explanation.subject, body: explanation.body } : null,
        dryRun: config.dryRun,
        authorBanned: standing ? service('standings').isBanned(standing) : false,
      };
    },
  };
};
