/**
 * npm run --silent classify -- FILE [--allow VALUE]... [--region CC]
 *
 * Reads JSON lines {"id","author","thread","text"} from FILE (`-` = stdin) in order and
 * writes one JSON line {"id","category","evidence"} per valid input line to stdout.
 * category ∈ allow | obscenity | advertising | duplicate. Duplicates are tracked with an
 * in-memory store, in stream order.
 *
 * A bad line (invalid JSON, not an object, missing or non-string field) produces NO output
 * line and a message on stderr `line N: <reason>`; the run continues. Exit code: 0 when
 * the run completed (skipped lines are only reported), 2 on usage / I/O errors.
 * The input is streamed line by line (readline), so huge files are fine.
 */
import { openInput, parseCommentLine, readLines, startCli, writeOut } from './filter-cli';

const USAGE = 'usage: classify FILE [--allow VALUE]... [--region CC]   (FILE "-" reads stdin)';

export async function main(argv: string[]): Promise<number> {
  const started = startCli(argv, USAGE);
  if (typeof started === 'number') return started;
  const { args, moderator, store, at } = started;
  try {
    const input = openInput(args.file);
    for await (const { lineNo, line } of readLines(input)) {
      const parsed = parseCommentLine(line);
      if (!parsed.ok || !parsed.value) {
        process.stderr.write(`line ${lineNo}: ${parsed.error}; skipped\n`);
        continue;
      }
      const c = parsed.value;
      at.line = lineNo;
      const d = await moderator.classify(c, { store });
      const w = writeOut(JSON.stringify({ id: c.id, category: d.category, evidence: d.evidence }) + '\n');
      if (w) await w;
    }
  } catch (e) {
    process.stderr.write(`classify: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  // Skipped lines were reported on stderr; the run itself completed.
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`classify: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
