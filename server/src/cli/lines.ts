/** JSON-lines input of the tone CLIs: a file (or `-` for stdin), line by line, 1-based numbers. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* jsonLines(file: string): AsyncGenerator<{ lineNo: number; line: string }> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() !== '') yield { lineNo, line };
  }
}

/** Writes to stdout, waiting when the pipe is full (huge inputs are not buffered). */
export function writeOut(chunk: string): Promise<void> | void {
  if (!process.stdout.write(chunk))
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Runs `main` as a CLI: its number is the exit code; a crash is exit 2. Quiet on a closed pipe. */
export function runCli(name: string, main: (argv: string[]) => Promise<number>): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    }
  );
}
