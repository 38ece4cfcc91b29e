/**
 * npm run --silent tone -- FILE [--lang en|ru|zh]
 *
 * Reads JSON lines {"id","text"} from FILE (`-` = stdin) and writes one line
 * {"id","flags":[{"kind","start","end"}]} per valid input line, in order; `start`/`end` are
 * UTF-16 offsets into `text`. A line that is not such an object is reported on stderr as
 * `line N: reason` and skipped; the others are still processed, and the exit code is then 1.
 * Exit 2 on usage or I/O errors, 0 when every line was read.
 */
import { checkTone, TONE_LANGS, type ToneLang } from '../moderation/tone/check';
import { jsonLines, runCli, writeOut } from './lines';

const USAGE = 'usage: tone FILE [--lang en|ru|zh]   (FILE "-" reads stdin)';

export function parseLine(line: string): { id: string; text: string } | string {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!o || typeof o !== 'object' || Array.isArray(o))
    return 'expected a JSON object {"id","text"}';
  const r = o as Record<string, unknown>;
  if (typeof r.id !== 'string') return '"id" must be a string';
  if (typeof r.text !== 'string') return '"text" must be a string';
  return { id: r.id, text: r.text };
}

export async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let lang: ToneLang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (a === '--') continue;
    if (a === '--lang') {
      const v = argv[++i];
      if (!(TONE_LANGS as readonly string[]).includes(v)) {
        process.stderr.write(`--lang must be one of ${TONE_LANGS.join(', ')}\n${USAGE}\n`);
        return 2;
      }
      lang = v as ToneLang;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      process.stderr.write(`unexpected argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (file === undefined) {
    process.stderr.write(`missing FILE\n${USAGE}\n`);
    return 2;
  }
  let bad = 0;
  try {
    for await (const { lineNo, line } of jsonLines(file)) {
      const parsed = parseLine(line);
      if (typeof parsed === 'string') {
        bad++;
        process.stderr.write(`line ${lineNo}: ${parsed}; skipped\n`);
        continue;
      }
      const flags = checkTone(parsed.text, { lang }).flags.map(({ kind, start, end }) => ({
        kind,
        start,
        end,
      }));
      const w = writeOut(`${JSON.stringify({ id: parsed.id, flags })}\n`);
      if (w) await w;
    }
  } catch (e) {
    process.stderr.write(`tone: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  return bad > 0 ? 1 : 0;
}

if (require.main === module) runCli('tone', main);
