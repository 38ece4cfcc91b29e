import type { Core } from '@strapi/strapi';

import type { LearnedException, LearnKind, LearnOption } from '../../../shared/contracts';
import { badInput, CODES, isUniqueViolation, notFound } from '../utils/errors';
import { getConfig, uid, UIDS } from '../utils/plugin';
import { actorName, type Actor } from './log';
import { learnOptions } from './learning-options';

type Row = Record<string, any>;

export const LEARNED = uid('learned-exception');
/** Learned exceptions a node holds in memory at most (a site teaches a few hundred at most). */
const MAX_LEARNED = 10_000;

export interface Learned {
  stamp: string;
  /** Clean words (site exceptions). */
  terms: string[];
  /** Contacts added to the brand allowlist. */
  allow: string[];
  /** Author keys whose repeats are not removed. */
  authors: Set<string>;
}

const keyOf = (kind: LearnKind, value: string) => `${kind}:${value.trim().toLowerCase()}`.slice(0, 255);

const view = (row: Row): LearnedException => ({
  id: row.documentId,
  kind: row.kind,
  value: row.value,
  detector: row.detector ?? '',
  evidenceKind: row.evidenceKind ?? null,
  logEntry: row.logEntry ?? null,
  createdBy: row.actorName ?? null,
  createdAt: new Date(row.createdAt).toISOString(),
});

/**
 * Learning from restores: each "don't flag this again" is a row (who, when, from which log
 * entry). Every node rebuilds its filter when the table changes (compared every `refreshMs`),
 * at once on the node that changed it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(LEARNED);
  let cache: Learned | null = null;
  let checkedAt = 0;
  let loading: Promise<Learned> | null = null;

  const readStamp = async () => {
    const [count, last] = await Promise.all([q().count(), q().findOne({ select: ['id'], orderBy: { id: 'desc' } })]);
    return `${count}:${last?.id ?? 0}`;
  };

  const load = async (): Promise<Learned> => {
    const stamp = await readStamp();
    if (!cache || cache.stamp !== stamp) {
      const rows = (await q().findMany({ select: ['kind', 'value'], limit: MAX_LEARNED, orderBy: { id: 'asc' } })) as Row[];
      const pick = (kind: LearnKind) => rows.filter((r) => r.kind === kind).map((r) => String(r.value));
      cache = { stamp, terms: pick('term'), allow: pick('allowlist'), authors: new Set(pick('author')) };
    }
    checkedAt = Date.now();
    return cache;
  };

  const self = {
    /** What the filter learned, read from the database at most every `refreshMs`. */
    async current(): Promise<Learned> {
      if (cache && Date.now() - checkedAt < getConfig(strapi).refreshMs) return cache;
      if (!loading) loading = load().finally(() => (loading = null));
      return loading;
    },

    stamp(): string | null {
      return cache?.stamp ?? null;
    },

    options(entry: Row): LearnOption[] {
      return learnOptions(entry);
    },

    /** The entry's option matching `choice`, or a 400 naming the options. */
    chosen(entry: Row, choice: { kind: LearnKind; value: string }): LearnOption {
      const options = learnOptions(entry);
      const option = options.find((o) => o.kind === choice.kind && o.value === choice.value);
      if (option) return option;
      const offered = options.map((o) => `${o.kind} "${o.value}"`);
      const message = offered.length
        ? `\`learn\` must be one of this entry's options: ${offered.join(', ')}.`
        : 'Nothing can be learned from this entry.';
      throw badInput(CODES.badRequest, message, { field: 'learn' });
    },

    /** Records one of the entry's options; learning the same thing twice keeps the first record. */
    async learn(entry: Row, choice: { kind: LearnKind; value: string }, actor: Actor | null): Promise<LearnedException> {
      const option = self.chosen(entry, choice);
      const key = keyOf(option.kind, option.value);
      let row: Row;
      try {
        row = await q().create({
          data: {
            ...option,
            key,
            logEntry: entry.documentId ?? null,
            actorName: actorName(actor),
            actorId: actor?.id ?? null,
          },
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        row = await q().findOne({ where: { key } });
      }
      cache = null;
      return view(row);
    },

    async list(): Promise<LearnedException[]> {
      const rows = (await q().findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: 1000 })) as Row[];
      return rows.map(view);
    },

    async remove(documentId: string): Promise<{ id: string }> {
      const row = await q().findOne({ where: { documentId } });
      if (!row) throw notFound(`No learned exception ${documentId}.`);
      await q().delete({ where: { id: row.id } });
      cache = null;
      return { id: documentId };
    },

    /**
     * Whether a comment the filter would act on is let through because a moderator said so: the
     * author is trusted with repeats, or this very text of this author was restored before from
     * the same category (looked up by author, an indexed column).
     */
    async exempt(input: { authorKey: string; text: string | undefined; category: string }): Promise<string | null> {
      const learned = await self.current();
      if (input.category === 'duplicate' && learned.authors.has(input.authorKey)) {
        return 'The author is trusted with repeated comments (learned from a restore).';
      }
      if (input.text === undefined) return null;
      const restored = await strapi.db.query(UIDS.log).findOne({
        select: ['id'],
        where: {
          authorKey: input.authorKey,
          action: { $in: ['restored', 'approved'] },
          category: input.category,
          originalText: input.text,
        },
      });
      return restored ? 'A moderator restored this comment of this author before; it is let through unchanged.' : null;
    },
  };
  return self;
};
