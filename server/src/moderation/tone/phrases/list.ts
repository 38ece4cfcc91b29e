import type { PhraseGroup } from '../types';

/** A phrase list written as `a | b | c` (one string keeps the data compact and readable). */
export const list = (phrases: string): readonly string[] =>
  phrases
    .split('|')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/**
 * A feature family: a framing `lead` and a content `core` within `window` folded chars in one
 * sentence flag `rule` (or feed the bribe rule as `removal`); a `guard` between them cancels.
 */
export function family(
  lang: PhraseGroup['lang'],
  rule: string,
  window: number,
  lead: string,
  core: string,
  options: { guard?: string; unlessAdmission?: boolean; name?: string } = {}
): PhraseGroup[] {
  const id = `${rule}#${options.name ?? lang}`;
  const groups: PhraseGroup[] = [
    { id, role: 'lead', lang, family: id, window, unlessAdmission: options.unlessAdmission, phrases: list(lead) },
    { id, role: 'core', lang, family: id, phrases: list(core) },
  ];
  if (options.guard) groups.push({ id, role: 'guard', lang, family: id, phrases: list(options.guard) });
  return groups;
}
