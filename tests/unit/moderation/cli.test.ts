import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLASSIFY = join(ROOT, 'server/src/cli/classify.ts');
const EVAL = join(ROOT, 'server/src/cli/eval.ts');

/** Run a CLI the way a user would: node with the tsx loader. */
function run(script: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ALLOW = ['--allow', 'example-shop.com', '--allow', '+1 800 555 0100'];
const line = (o: unknown) => JSON.stringify(o);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'moderation-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('classify CLI', () => {
  it('writes one JSON line per input line, in order, with evidence; reports bad lines with their number', () => {
    const input = [
      line({ id: 'a1', author: 'u1', thread: 'p1', text: 'Order #7218-5042 is 16 days late and support ignores me. Refund now!' }),
      '{not json',
      line({ id: 'a2', author: 'u2', thread: 'p1', text: 'Earn $500/day, DM me on Telegram t.me/crypto_master565' }),
      line({ id: 'a3', author: 'u1', thread: 'p2', text: 'order #7218-5042 is 16 days late and support ignores me. refund now! 😡' }),
      line({ id: 'a4', author: 'u3', thread: 'p3' }),
      line({ id: 'a5', author: 'u3', thread: 'p3', text: 'Called +1 800 555 0100, waited 40 minutes on hold.' }),
      line({ id: 'a6', author: 7, thread: 'p3', text: 'x' }),
      '',
      line({ id: 'a7', author: 'u4', thread: 'p3', text: 'This fucking app logged me out again' }),
    ].join('\n');
    const r = run(CLASSIFY, ['-', ...ALLOW], input + '\n');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.category])).toEqual([
      ['a1', 'allow'],
      ['a2', 'advertising'],
      ['a3', 'duplicate'],
      ['a5', 'allow'],
      ['a7', 'obscenity'],
    ]);
    for (const o of out) expect(Object.keys(o).sort()).toEqual(['category', 'evidence', 'id']);
    expect(out[1].evidence[0]).toMatchObject({ detector: 'advertising', kind: 'messenger', term: 't.me/crypto_master565' });
    expect(out[2].evidence[0]).toMatchObject({ detector: 'duplicate', firstId: 'a1' });
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
    expect(r.stderr).toMatch(/line 5: missing field\(s\): text/);
    expect(r.stderr).toMatch(/line 7: field\(s\) must be strings: author/);
    expect(r.stderr).not.toMatch(/line 8/); // blank lines are ignored
    expect(r.code).toBe(0); // skipped lines are reported on stderr; the run completes
  });

  it('reads a file argument and exits 0 when all lines are valid', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [line({ id: 'b1', author: 'u1', thread: 'p1', text: 'thanks!' }), line({ id: 'b2', author: 'u1', thread: 'p2', text: 'thanks!' })].join('\n'));
    const r = run(CLASSIFY, [file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).category)).toEqual(['allow', 'allow']);
  });

  it('without --allow the brand contacts are advertising', () => {
    const r = run(CLASSIFY, ['-'], line({ id: 'c1', author: 'u', thread: 'p', text: 'Called +1 800 555 0100' }) + '\n');
    expect(JSON.parse(r.stdout).category).toBe('advertising');
  });

  it('fails with a usage message when FILE is missing or unreadable', () => {
    const r = run(CLASSIFY, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: classify FILE/);
    const r2 = run(CLASSIFY, [join(dir, 'does-not-exist.jsonl')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/ENOENT|no such file/i);
  });
});

describe('eval CLI', () => {
  it('prints precision/recall, FP rate on allow, accuracy and the confusion matrix; exit 0', () => {
    const file = join(dir, 'labeled.jsonl');
    writeFileSync(
      file,
      [
        line({ id: 'd1', author: 'u1', thread: 'p1', text: 'Order #7218-5042 is 16 days late and support ignores me.', expect: 'allow', note: 'secret' }),
        line({ id: 'd2', author: 'u2', thread: 'p1', text: 'Buy followers cheap at t.me/spam_bot', expect: 'advertising' }),
        line({ id: 'd3', author: 'u1', thread: 'p2', text: 'Order #7218-5042 is 16 days late and support ignores me!!', expect: 'duplicate' }),
        line({ id: 'd4', author: 'u3', thread: 'p2', text: 'Do you ship to Cardiff?', expect: 'advertising' }),
        line({ id: 'd5', author: 'u4', thread: 'p2', text: 'What the fuck is this', expect: 'obscenity' }),
      ].join('\n'),
    );
    const r = run(EVAL, [file, ...ALLOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/lines evaluated: 5/);
    expect(r.stdout).toMatch(/advertising\s+100\.00 %\s+50\.00 %/); // precision 1/1, recall 1/2
    expect(r.stdout).toMatch(/duplicate\s+100\.00 %\s+100\.00 %/);
    expect(r.stdout).toMatch(/false-positive rate on allow: 0\.00 % \(0\/1\)/);
    expect(r.stdout).toMatch(/accuracy: 80\.00 %/);
    expect(r.stdout).toMatch(/confusion matrix/);
    expect(r.stdout).toMatch(/advertising\s+1\s+0\s+1\s+0/); // expected advertising: 1 allow, 1 advertising

    const j = run(EVAL, [file, ...ALLOW, '--json']);
    const rep = JSON.parse(j.stdout);
    expect(rep.confusion.advertising.allow).toBe(1);
    expect(rep.perCategory.obscenity.recall).toBe(1);
  });
});
