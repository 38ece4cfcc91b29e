/**
 * npm run --silent tone:eval -- [FILE...] [--with-lang] [--misses] [--json]
 *
 * Runs the tone check over labeled replies (JSON lines {"id","lang","text","kinds"}; default:
 * tests/data/tone/replies.jsonl and heldout.jsonl, the sets the lists and families were tuned on,
 * then heldout-b.jsonl and heldout-c.jsonl, never tuned on; each scored on its own) and prints precision and recall per kind, overall and per language, and how many
 * clean replies were flagged. `--with-lang` passes each reply's language to the check (as the
 * console does); `--misses` lists the wrong replies. Exit 1 if a line could not be read, 2 on
 * usage or I/O errors.
 */
import path from 'node:path';

import {
  evaluate,
  parseLabeled,
  type LabeledReply,
  type Score,
  type ToneReport,
} from '../moderation/tone/evaluate';
import { TONE_KINDS, TONE_LANGS } from '../moderation/tone/types';
import { jsonLines, runCli } from './lines';

const USAGE = 'usage: tone:eval [FILE...] [--with-lang] [--misses] [--json]';
const DATA = path.resolve(__dirname, '../../../tests/data/tone');

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
/** Precision without any flag of the kind, or recall without any labeled reply, is shown as —. */
const cell = (s: Score) =>
  `${s.tp + s.fp ? pct(s.precision) : '     —'}  ${s.tp + s.fn ? pct(s.recall) : '     —'} (${s.tp + s.fn})`;

function print(file: string, r: ToneReport, misses: boolean, replies: LabeledReply[]) {
  const out: string[] = [`${path.relative(process.cwd(), file)}: ${r.total} replies`];
  out.push(
    `${'kind'.padEnd(14)} ${['all', ...TONE_LANGS].map((l) => `${l}: precision recall (n)`.padEnd(32)).join('')}`
  );
  for (const k of TONE_KINDS) {
    const cols = [r.perKind[k], ...TONE_LANGS.map((l) => r.perKindLang[k][l])].map((s) =>
      cell(s).padEnd(32)
    );
    out.push(`${k.padEnd(14)} ${cols.join('')}`);
  }
  out.push(`clean replies flagged: ${r.clean.flagged} of ${r.clean.total}`);
  if (misses) {
    const text = new Map(replies.map((x) => [x.id, x.text]));
    for (const m of r.misses)
      out.push(`  miss ${m.id}: expected [${m.expected}] got [${m.got}]  ${text.get(m.id)}`);
  }
  process.stdout.write(`${out.join('\n')}\n\n`);
}

export async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && a !== '--'));
  for (const f of flags) {
    if (!['--with-lang', '--misses', '--json'].includes(f)) {
      process.stderr.write(`unknown option ${f}\n${USAGE}\n`);
      return 2;
    }
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    for (const name of ['replies.jsonl', 'heldout.jsonl', 'heldout-b.jsonl', 'heldout-c.jsonl'])
      files.push(path.join(DATA, name));
  }
  let bad = 0;
  const reports: Record<string, ToneReport> = {};
  for (const file of files) {
    const replies: LabeledReply[] = [];
    try {
      for await (const { lineNo, line } of jsonLines(file)) {
        const parsed = parseLabeled(line);
        if (typeof parsed === 'string') {
          bad++;
          process.stderr.write(`${file} line ${lineNo}: ${parsed}; skipped\n`);
        } else replies.push(parsed);
      }
    } catch (e) {
      process.stderr.write(`tone:eval: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    const report = evaluate(replies, flags.has('--with-lang'));
    reports[file] = report;
    if (!flags.has('--json')) print(file, report, flags.has('--misses'), replies);
  }
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(reports)}\n`);
  return bad > 0 ? 1 : 0;
}

if (require.main === module) runCli('tone:eval', main);
