/**
 * Recall of the obscenity category per language and per lexicon family, for the `eval` CLI
 * (pure; the CLI feeds it one row per labeled line).
 * - per language: lines labeled `obscenity` in that language (the corpus' `lang`) and how many
 *   the filter caught;
 * - per family: caught lines by the family (Evidence.kind: root, word, sexual, slur, insult,
 *   translit, pinyin, hanzi, custom) and rule category of their first obscenity evidence.
 */
import type { Decision } from '../types';

export interface BreakdownRow {
  expect: string;
  lang?: string;
  decision: Decision;
}

export interface Recall {
  support: number;
  caught: number;
  recall: number;
}

export interface ObscenityBreakdown {
  perLanguage: Record<string, Recall>;
  /** Caught obscenity lines per lexicon family (share of all caught lines in `recall`). */
  perFamily: Record<string, Recall>;
  perRule: Record<string, Recall>;
}

export function obscenityBreakdown(rows: Iterable<BreakdownRow>): ObscenityBreakdown {
  const perLanguage: Record<string, Recall> = {};
  const perFamily: Record<string, Recall> = {};
  const perRule: Record<string, Recall> = {};
  let caughtTotal = 0;
  for (const row of rows) {
    if (row.expect !== 'obscenity') continue;
    const lang = row.lang || 'unknown';
    const l = (perLanguage[lang] ??= { support: 0, caught: 0, recall: 0 });
    l.support++;
    if (row.decision.category !== 'obscenity') continue;
    l.caught++;
    caughtTotal++;
    const ev = row.decision.evidence.find((e) => e.detector === 'obscenity' || e.detector === 'custom');
    const family = ev?.kind ?? 'unknown';
    const rule = ev?.rule ?? 'obscenity';
    (perFamily[family] ??= { support: 0, caught: 0, recall: 0 }).caught++;
    (perRule[rule] ??= { support: 0, caught: 0, recall: 0 }).caught++;
  }
  for (const r of Object.values(perLanguage)) r.recall = r.support ? r.caught / r.support : 0;
  for (const r of [...Object.values(perFamily), ...Object.values(perRule)]) {
    r.support = caughtTotal;
    r.recall = caughtTotal ? r.caught / caughtTotal : 0;
  }
  return { perLanguage, perFamily, perRule };
}

export function formatBreakdown(b: ObscenityBreakdown): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const lines = ['obscenity recall per language'];
  for (const [k, r] of Object.entries(b.perLanguage).sort()) lines.push(`  ${k.padEnd(10)} ${pct(r.recall).padStart(9)}  (${r.caught}/${r.support})`);
  lines.push('caught obscenity lines per lexicon family');
  for (const [k, r] of Object.entries(b.perFamily).sort((x, y) => y[1].caught - x[1].caught)) lines.push(`  ${k.padEnd(10)} ${String(r.caught).padStart(6)}  (${pct(r.recall)} of caught)`);
  lines.push('caught obscenity lines per rule category');
  for (const [k, r] of Object.entries(b.perRule).sort()) lines.push(`  ${k.padEnd(10)} ${String(r.caught).padStart(6)}  (${pct(r.recall)} of caught)`);
  return lines.join('\n') + '\n';
}
