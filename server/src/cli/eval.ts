/**
 * npm run --silent eval -- FILE [--allow VALUE]... [--region CC] [--misses] [--json]
 *
 * Runs the classifier over a labeled corpus (JSON lines with `expect`, as dev.jsonl) in
 * stream order, giving it ONLY id/author/thread/text, and prints per-category precision and
 * recall, the false-positive rate on `allow` lines (predicted anything but allow), overall
 * accuracy and the confusion matrix, then the recall of the obscenity category per language
 * (the lines' `lang`) and the caught lines per lexicon family and rule category
 * (../moderation/obscenity/breakdown). `--misses` also lists every wrong line (to stderr).
 * Exit code 0 normally (also when scores are low); 2 on usage / I/O errors.
 */
import { CATEGORIES, type Category } from '../moderation';
import { formatBreakdown, obscenityBreakdown, type BreakdownRow, type ObscenityBreakdown } from '../moderation/obscenity/breakdown';
import { openInput, parseCommentLine, readLines, startCli } from './filter-cli';

const USAGE = 'usage: eval FILE [--allow VALUE]... [--region CC] [--misses] [--json]';

export interface EvalReport {
  total: number;
  skipped: number;
  accuracy: number;
  allowFalsePositiveRate: number;
  perCategory: Record<Category, { precision: number; recall: number; support: number; predicted: number }>;
  /** confusion[expected][predicted] */
  confusion: Record<Category, Record<Category, number>>;
  /** Obscenity recall per language, caught lines per lexicon family and rule category. */
  obscenity: ObscenityBreakdown;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export async function main(argvIn: string[]): Promise<number> {
  const argv = [...argvIn];
  const showMisses = takeFlag(argv, '--misses');
  const asJson = takeFlag(argv, '--json');
  const started = startCli(argv, USAGE);
  if (typeof started === 'number') return started;
  const { args, moderator, store, at } = started;
  const confusion = {} as Record<Category, Record<Category, number>>;
  for (const e of CATEGORIES) {
    confusion[e] = {} as Record<Category, number>;
    for (const p of CATEGORIES) confusion[e][p] = 0;
  }
  let total = 0;
  let skipped = 0;
  const rows: BreakdownRow[] = [];
  try {
    for await (const { lineNo, line } of readLines(openInput(args.file))) {
      const parsed = parseCommentLine(line);
      if (!parsed.ok || !parsed.value) {
        skipped++;
        process.stderr.write(`line ${lineNo}: ${parsed.error}; skipped\n`);
        continue;
      }
      const expect = parsed.raw?.expect;
      if (typeof expect !== 'string' || !(CATEGORIES as readonly string[]).includes(expect)) {
        skipped++;
        process.stderr.write(`line ${lineNo}: missing or unknown "expect" label; skipped\n`);
        continue;
      }
      // Only the four input fields reach the classifier.
      const { id, author, thread, text } = parsed.value;
      at.line = lineNo;
      const d = await moderator.classify({ id, author, thread, text }, { store });
      const exp = expect as Category;
      confusion[exp][d.category]++;
      if (exp === 'obscenity') {
        const lang = parsed.raw?.lang;
        rows.push({ expect: exp, lang: typeof lang === 'string' ? lang : undefined, decision: d });
      }
      total++;
      if (showMisses && d.category !== exp) {
        const ev = d.evidence.map((e) => `${e.kind ?? e.detector}:${e.term}`).join(' ');
        process.stderr.write(`MISS ${id} expect=${exp} got=${d.category} ${JSON.stringify(text)} ${ev}\n`);
      }
    }
  } catch (e) {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }

  const perCategory = {} as EvalReport['perCategory'];
  let correct = 0;
  for (const c of CATEGORIES) {
    const tp = confusion[c][c];
    correct += tp;
    let support = 0;
    let predicted = 0;
    for (const o of CATEGORIES) {
      support += confusion[c][o];
      predicted += confusion[o][c];
    }
    perCategory[c] = { precision: ratio(tp, predicted), recall: ratio(tp, support), support, predicted };
  }
  const allowTotal = perCategory.allow.support;
  const report: EvalReport = {
    total,
    skipped,
    accuracy: ratio(correct, total),
    allowFalsePositiveRate: ratio(allowTotal - confusion.allow.allow, allowTotal),
    perCategory,
    confusion,
    obscenity: obscenityBreakdown(rows),
  };
  process.stdout.write(asJson ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

function takeFlag(argv: string[], flag: string): boolean {
  const i = argv.indexOf(flag);
  if (i < 0) return false;
  argv.splice(i, 1);
  return true;
}

const pct = (x: number) => (x * 100).toFixed(2).padStart(6) + ' %';

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`lines evaluated: ${r.total}${r.skipped ? ` (skipped ${r.skipped})` : ''}`);
  lines.push('');
  lines.push('category      precision     recall   support  predicted');
  for (const c of CATEGORIES) {
    const p = r.perCategory[c];
    lines.push(`${c.padEnd(12)} ${pct(p.precision)}  ${pct(p.recall)}  ${String(p.support).padStart(8)}  ${String(p.predicted).padStart(9)}`);
  }
  lines.push('');
  lines.push(`false-positive rate on allow: ${pct(r.allowFalsePositiveRate).trim()} (${r.perCategory.allow.support - r.confusion.allow.allow}/${r.perCategory.allow.support})`);
  lines.push(`accuracy: ${pct(r.accuracy).trim()}`);
  lines.push('');
  lines.push('confusion matrix (rows = expected, columns = predicted)');
  lines.push(`${''.padEnd(12)}${CATEGORIES.map((c) => c.padStart(12)).join('')}`);
  for (const e of CATEGORIES) {
    lines.push(`${e.padEnd(12)}${CATEGORIES.map((p) => String(r.confusion[e][p]).padStart(12)).join('')}`);
  }
  lines.push('');
  return lines.join('\n') + '\n' + formatBreakdown(r.obscenity);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`eval: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
