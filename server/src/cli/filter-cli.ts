/**
 * Shared helpers of the filter's `classify` and `eval` CLIs (outside the pure core, which they
 * use): argument parsing and streaming JSON lines.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import { createMemoryStore, createModerator } from '../moderation';
import type { DuplicateStore, Moderator } from '../moderation/types';

export interface CliArgs {
  file: string;
  allow: string[];
  region?: string;
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], usage: string): CliArgs {
  const allow: string[] = [];
  let file: string | undefined;
  let region: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--allow') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`--allow needs a value\n${usage}`);
      allow.push(v);
    } else if (a.startsWith('--allow=')) allow.push(a.slice('--allow='.length));
    else if (a === '--region') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`--region needs a value\n${usage}`);
      region = v;
    } else if (a.startsWith('--region=')) region = a.slice('--region='.length);
    else if (a === '--') continue;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${usage}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument ${a}\n${usage}`);
  }
  if (help) return { file: file ?? '-', allow, region, help };
  if (file === undefined) throw new UsageError(`missing FILE\n${usage}`);
  return { file, allow, region, help };
}

export function openInput(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
}

export interface InputComment {
  id: string;
  author: string;
  thread: string;
  text: string;
}

export interface LineResult<T> {
  ok: boolean;
  value?: T;
  raw?: Record<string, unknown>;
  error?: string;
}

const FIELDS = ['id', 'author', 'thread', 'text'] as const;

/** Validate one JSON line as `{id, author, thread, text}` (all strings). */
export function parseCommentLine(line: string): LineResult<InputComment> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { ok: false, error: 'expected a JSON object {"id","author","thread","text"}' };
  }
  const rec = obj as Record<string, unknown>;
  const missing = FIELDS.filter((k) => !(k in rec));
  if (missing.length) return { ok: false, error: `missing field(s): ${missing.join(', ')}` };
  const bad = FIELDS.filter((k) => typeof rec[k] !== 'string');
  if (bad.length) return { ok: false, error: `field(s) must be strings: ${bad.join(', ')}` };
  return {
    ok: true,
    value: { id: rec.id as string, author: rec.author as string, thread: rec.thread as string, text: rec.text as string },
    raw: rec,
  };
}

/** Iterate over the lines of a stream with 1-based line numbers (blank lines are skipped). */
export async function* readLines(input: Readable): AsyncGenerator<{ lineNo: number; line: string }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    const l = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (l.trim() === '') continue;
    yield { lineNo, line: l };
  }
}

/** Write to stdout respecting back-pressure (huge inputs must not buffer everything). */
export function writeOut(chunk: string): Promise<void> | void {
  if (!process.stdout.write(chunk)) {
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

/** Exit quietly when stdout is closed early (e.g. `| head`). */
export function handleEpipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

/**
 * Common start of both CLIs: parses the arguments, answers --help and usage
 * errors (returns the exit code then), and builds the moderator and an in-memory store.
 */
export function startCli(
  argv: string[],
  usage: string
): number | { args: CliArgs; moderator: Moderator; store: DuplicateStore; at: { line: number } } {
  let args: CliArgs;
  try {
    args = parseArgs(argv, usage);
  } catch (e) {
    process.stderr.write(`${e instanceof UsageError ? e.message : String(e)}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  handleEpipe();
  // A filter stage that fails open is reported on stderr with the number of the input line.
  const at = { line: 0 };
  const logger = { error: (message: string) => void process.stderr.write(`line ${at.line}: ${message}\n`) };
  return {
    args,
    moderator: createModerator({ allow: args.allow, defaultPhoneRegion: args.region, logger }),
    store: createMemoryStore(),
    at,
  };
}
