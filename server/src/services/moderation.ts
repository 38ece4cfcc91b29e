import type { Core } from '@strapi/strapi';

import type { ModeratedCategory, TargetConfig } from '../config';
import type { Category, Decision, Evidence, Moderator } from '../moderation/types';
import { badInput, CODES, refused } from '../utils/errors';
import { tooDeep } from '../utils/input';
import { getService, pluginService } from '../utils/plugin';
import { extractComment, type Extracted, MAX_DEPTH, type Mode, jsonClone } from './comment-input';
import { createFilterHolder } from './moderation-filter';
import { requestLocale as requestLocaleOf } from './request-locale';
import { citedCategory, type CitedRule } from './rules';

type Next = () => Promise<any>;
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const filterHolder = createFilterHolder(strapi);
  const service = <T = any>(name: string) => getService<T>(strapi, name);
  const requestLocale = () => requestLocaleOf(strapi);

  const self = {
    /** Builds the filter from the effective settings and the published rules' custom terms. */
    refresh: (): Promise<Moderator> => filterHolder.refresh(),
    invalidate: () => filterHolder.invalidate(),
    /** The current filter, rebuilt first when the settings, learned exceptions or rules changed. */
    moderator: (): Promise<Moderator> => filterHolder.moderator(),

    /** Screens one create or edit of a target; calls `next` when the comment may be saved. */
    async screen(context: any, target: TargetConfig, next: Next) {
      // A clone (the Content Manager's "duplicate") makes a new comment from an existing one.
      const mode: Mode =
        context.action === 'clone' ? 'clone' : context.action === 'create' ? 'create' : 'update';
      const isCreate = mode !== 'update';
      const params = context.params ?? {};
      const data = (params.data ?? {}) as Record<string, unknown>;
      if (tooDeep(data, MAX_DEPTH)) {
        throw badInput(CODES.invalid, `The comment's data nests deeper than ${MAX_DEPTH} levels.`);
      }
      const nameChanged = !!target.authorNameField && target.authorNameField in data;
      if (!isCreate && !(target.textField in data) && !nameChanged) return next();

      const input = await extractComment(strapi, data, target, mode, params.documentId);
      // One author's comments are decided one at a time, on every node: the duplicate check, the
      // warning count and the ban read what the previous comment of that author wrote.
      return service('locks').withLock(`author:${input.authorKey}`, () =>
        self.decide(context, target, next, input, mode)
      );
    },

    /** The decision for one comment and everything it entails; runs holding the author's lease. */
    async decide(context: any, target: TargetConfig, next: Next, input: Extracted, mode: Mode) {
      const isCreate = mode !== 'update';
      const params = context.params ?? {};
      const data = (params.data ?? {}) as Record<string, unknown>;
      const config = await pluginService(strapi, 'settings').config();
      const standings = service('standings');
      const rules = service('rules');
      const log = service('log');
      const filter = await self.moderator();
      const fingerprints = service('fingerprints').deferred(target.uid);

      const base = {
        originalText: input.text ?? null,
        originalData: jsonClone({ ...input.inherited, ...data }),
        targetUid: target.uid,
        targetDocumentId: isCreate ? null : (params.documentId ?? null),
        thread: input.thread,
        authorKey: input.authorKey,
        authorName: input.authorName,
      };

      // 1. A banned author's comments are refused.
      const standing = await standings.get(input.authorKey);
      if (standings.isBanned(standing)) {
        const locale = await requestLocale();
        const rule: CitedRule | null = await rules.forCategory('banned', locale);
        await log.append({
          ...base,
          action: 'refused',
          category: 'banned',
          dryRun: config.dryRun,
          rule,
          locale,
          reason: 'The author is banned.',
        });
        if (!config.dryRun) {
          throw refused(CODES.banned, 'You can no longer comment here: your account is banned.');
        }
        return next();
      }

      // 2. The filter: display name (content only), then the text (content and duplicates).
      let decision: Decision = { category: 'allow', evidence: [] };
      let field = target.textField;
      if (input.authorName) {
        decision = filter.classifyText(input.authorName);
        field = target.authorNameField as string;
      }
      if (decision.category === 'allow' && input.text !== undefined) {
        decision = await filter.classify(
          { author: input.authorKey, thread: input.thread, text: input.text },
          { store: fingerprints.store }
        );
        field = target.textField;
      }
      const category: Category = decision.category;
      const evidence = decision.evidence.map((e: Evidence) => ({ ...e, field }));

      // The comment and its fingerprint are written in one transaction: one commit, and never one without the other.
      const save = () =>
        strapi.db.transaction(async () => {
          const result = await next();
          await fingerprints.commit(result?.documentId ?? params.documentId ?? null);
          return result;
        });

      if (category === 'allow') return save();

      // What moderators taught by restoring: a trusted author's repeats, a text restored before.
      const exempt = await pluginService(strapi, 'learning').exempt({
        authorKey: input.authorKey,
        text: input.text,
        category,
      });
      if (exempt) {
        const result = await save();
        await log.append({
          ...base,
          action: 'allowed',
          category,
          evidence,
          targetDocumentId: result?.documentId ?? base.targetDocumentId,
          reason: exempt,
        });
        return result;
      }

      // A bare link, e-mail or phone with no promotion is treated apart from advertising:
      // by default it is held for a moderator and explained, and nobody is banned for it.
      const key: ModeratedCategory =
        category === 'advertising' && decision.promotion === false
          ? 'contact'
          : (category as ModeratedCategory);
      const action = config.actions[key];
      const locale = await requestLocale();
      const rule: CitedRule | null = await rules.forCategory(citedCategory(decision), locale);
      const ruleRef = rule ? { number: rule.number, title: rule.title } : null;
      const logged = {
        ...base,
        category,
        evidence,
        rule,
        locale,
        ...(key === 'contact'
          ? {
              reason:
                "Only a link, e-mail address or phone number, with no promotion: possibly the author's own contact.",
            }
          : {}),
      };

      if (config.dryRun) {
        const result = await save();
        const wouldBe = { remove: 'removed', hold: 'held', flag: 'flagged', allow: 'allowed' }[
          action
        ];
        await log.append({
          ...logged,
          action: wouldBe,
          dryRun: true,
          targetDocumentId: result?.documentId ?? base.targetDocumentId,
          reason: `Dry run: the comment would have been ${wouldBe}; it was saved unchanged.`,
        });
        return result;
      }

      if (action === 'allow' || action === 'flag') {
        const result = await save();
        await log.append({
          ...logged,
          action: action === 'flag' ? 'flagged' : 'allowed',
          targetDocumentId: result?.documentId ?? base.targetDocumentId,
        });
        return result;
      }

      const entry = await log.append({ ...logged, action: action === 'hold' ? 'held' : 'removed' });
      const explain = config.explain[key];
      const notify = (
        kind: 'removed' | 'held' | 'warned' | 'banned',
        extra: Record<string, unknown> = {}
      ) =>
        explain
          ? service('notifications').queue({
              kind,
              authorKey: input.authorKey,
              recipient: input.recipient,
              locale,
              rule,
              excerpt: input.text,
              logEntry: entry,
              ...extra,
            })
          : null;

      if (action === 'hold') {
        await notify('held');
        throw refused(
          CODES.held,
          'Your comment is waiting for a moderator. You will be told when it is reviewed.',
          ruleRef
        );
      }

      // action === 'remove'
      if (key === 'advertising') {
        if (config.banOnAdvertising) {
          await standings.ban(
            input.authorKey,
            'Unauthorized advertising.',
            config.banDays,
            input.authorName
          );
          await log.append({
            ...logged,
            action: 'banned',
            relatedEntry: entry.documentId,
            reason: 'Unauthorized advertising.',
          });
        }
        throw refused(CODES.removed, 'Your comment was not accepted.');
      }

      if (category === 'duplicate') {
        const warnings = standing?.warnings ?? 0;
        if (warnings >= config.maxWarnings) {
          const reason = `Repeated the same comment after ${warnings} warning(s).`;
          await standings.ban(input.authorKey, reason, config.banDays, input.authorName);
          await log.append({ ...logged, action: 'banned', relatedEntry: entry.documentId, reason });
          await notify('banned');
        } else {
          const count = await standings.warn(input.authorKey, input.authorName);
          // A repeated complaint counts on the author's open case, so its cause gets the attention.
          const openCase = await service('cases').onRepeat(input.authorKey);
          await log.append({
            ...logged,
            action: 'warned',
            relatedEntry: entry.documentId,
            reason:
              `Warning ${count} of ${config.maxWarnings} for a repeated comment.` +
              (openCase
                ? ` The author has an open case (#${openCase.id}): the repeat is counted on it.`
                : ''),
          });
          await notify('warned', { warnings: count, maxWarnings: config.maxWarnings });
        }
      } else {
        await notify('removed');
      }

      throw refused(
        CODES.removed,
        rule
          ? `Your comment was removed: it breaks rule ${rule.number} (${rule.title}). The reason was sent to you privately.`
          : 'Your comment was removed: it breaks the community rules.',
        ruleRef
      );
    },
  };
  return self;
};
