import { TERM_LANGS, type Settings, type TermEntry, type TermLang } from '../../../../shared/contracts';

/** Lists are edited one item a line; terms per language ('' = every language). */
export type TermGroups = Record<'' | TermLang, string>;

export const LANG_GROUPS: Array<'' | TermLang> = ['', ...TERM_LANGS];

export const toLines = (items: string[]) => items.join('\n');
export const fromLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const groupTerms = (entries: TermEntry[]): TermGroups => {
  const groups: Record<string, string[]> = { '': [], en: [], ru: [], zh: [] };
  for (const e of entries) (typeof e === 'string' ? groups[''] : groups[e.lang]).push(typeof e === 'string' ? e : e.term);
  return Object.fromEntries(LANG_GROUPS.map((l) => [l, toLines(groups[l])])) as TermGroups;
};

export const ungroupTerms = (groups: TermGroups): TermEntry[] =>
  LANG_GROUPS.flatMap((lang) => fromLines(groups[lang]).map((term): TermEntry => (lang ? { term, lang } : term)));

/** The form: the settings with the lists as text. */
export interface FormState {
  settings: Settings;
  allowlist: string;
  extraTerms: TermGroups;
  extraExceptions: TermGroups;
}

export const toForm = (settings: Settings): FormState => ({
  settings,
  allowlist: toLines(settings.allowlist),
  extraTerms: groupTerms(settings.extraTerms),
  extraExceptions: groupTerms(settings.extraExceptions),
});

export const fromForm = (form: FormState): Settings => ({
  ...form.settings,
  allowlist: fromLines(form.allowlist),
  extraTerms: ungroupTerms(form.extraTerms),
  extraExceptions: ungroupTerms(form.extraExceptions),
});

/** Only what changed is saved (a setting left alone keeps following the file config). */
export const changes = (before: Settings, after: Settings) =>
  Object.fromEntries(
    (Object.keys(after) as Array<keyof Settings>)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => [k, after[k]])
  ) as Partial<Settings>;

/** The top-level setting a server error names (`allowlist[2]` → `allowlist`, `targets[0].uid` stays whole). */
export const errorKey = (field: string | undefined) => (field ?? '').replace(/\[\d+\].*$|\..*$/, '');
