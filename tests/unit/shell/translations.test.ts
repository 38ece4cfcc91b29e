/**
 * The console's translations: every message the admin code asks for by a literal key exists in
 * English, each group's Russian and Chinese files hold the same keys as its English one, and a
 * translated message names the same placeholders as the English (a placeholder missing from a
 * translation would show as a gap, an unknown one as raw `{name}` text).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../../admin/src');
const dir = join(root, 'translations');
const groups = ['', ...readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory())];
const read = (group: string, lang: string): Record<string, string> => JSON.parse(readFileSync(join(dir, group, `${lang}.json`), 'utf8'));

/** Argument names of an ICU message ({name}, {count, plural, …}), without the plural branches' words. */
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]))].sort();
/** Arguments used only to choose a plural form: a language without plural forms (Chinese) may leave them out. */
const pluralOnly = (message: string) =>
  placeholders(message).filter((p) => !new RegExp(`\\{\\s*${p}\\s*(\\}|,(?!\\s*plural\\b))`).test(message));
/** Whether a translation names the English message's placeholders: all of them, or all but plural selectors; no other. */
const samePlaceholders = (en: string, other: string) => {
  const theirs = placeholders(other);
  const optional = new Set(pluralOnly(en));
  return theirs.every((p) => placeholders(en).includes(p)) && placeholders(en).every((p) => theirs.includes(p) || optional.has(p));
};

const sources = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const full = join(d, f);
    if (statSync(full).isDirectory()) return f === 'translations' ? [] : sources(full);
    return /\.tsx?$/.test(f) ? [full] : [];
  });

describe('admin translations', () => {
  const english = new Map<string, string>();
  for (const g of groups) for (const [k, v] of Object.entries(read(g, 'en'))) english.set(k, v);

  it('reads placeholders as ICU does: a plural selector may be left out, nothing may be added', () => {
    expect(samePlaceholders('{count, plural, one {# item} other {# items}}', '条')).toBe(true);
    expect(samePlaceholders('{count} of {total}', '{count}')).toBe(false);
    expect(samePlaceholders('{count, plural, one {# of {total}} other {# of {total}}}', '{count}')).toBe(false);
    expect(samePlaceholders('At most {max}.', 'Не больше {max}.')).toBe(true);
    expect(samePlaceholders('At most {max}.', 'Не больше {maximum}.')).toBe(false);
  });

  it('has every literal key the admin code asks for', () => {
    const missing: string[] = [];
    let asked = 0;
    for (const file of sources(root)) {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
        .join('\n');
      for (const m of code.matchAll(/(?<![\w.])t\(\s*'([\w.-]+)'/g)) {
        asked++;
        if (!english.has(m[1])) missing.push(`${relative(root, file)}: ${m[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it.each(groups.flatMap((g) => ['ru', 'zh-Hans'].map((lang) => [lang, g || 'main', g])))(
    '%s, %s group: the English keys, each with the same placeholders',
    (lang, _name, group) => {
      const en = read(group as string, 'en');
      const other = read(group as string, lang as string);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      const differ = Object.keys(en)
        .filter((k) => !samePlaceholders(en[k], other[k]))
        .map((k) => `${k}: en {${placeholders(en[k])}} ${lang} {${placeholders(other[k])}}`);
      expect(differ).toEqual([]);
    }
  );
});
