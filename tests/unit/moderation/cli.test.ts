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

  it('prints obscenity recall per language and the caught lines per lexicon family and rule category', () => {
    const file = join(dir, 'langs.jsonl');
    writeFileSync(
      file,
      [
        line({ id: 'e1', author: 'u1', thread: 'p1', text: 'What the fuck is this', expect: 'obscenity', lang: 'en' }),
        line({ id: 'e2', author: 'u2', thread: 'p1', text: 'What a lovely day', expect: 'obscenity', lang: 'en' }),
        line({ id: 'e3', author: 'u3', thread: 'p1', text: 'Ну ты и мудак', expect: 'obscenity', lang: 'ru' }),
        line({ id: 'e4', author: 'u4', thread: 'p1', text: '你这个傻逼', expect: 'obscenity', lang: 'zh' }),
        line({ id: 'e5', author: 'u5', thread: 'p1', text: 'shit happens', expect: 'obscenity' }),
        line({ id: 'e6', author: 'u6', thread: 'p1', text: 'Fine, thanks', expect: 'allow', lang: 'en' }),
      ].join('\n'),
    );
    const r = run(EVAL, [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/obscenity recall per language/);
    expect(r.stdout).toMatch(/\n\s+en\s+50\.00 %\s+\(1\/2\)/); // the allow line is not counted
    expect(r.stdout).toMatch(/\n\s+ru\s+100\.00 %\s+\(1\/1\)/);
    expect(r.stdout).toMatch(/\n\s+zh\s+100\.00 %\s+\(1\/1\)/);
    expect(r.stdout).toMatch(/\n\s+unknown\s+100\.00 %\s+\(1\/1\)/); // no lang on the line
    expect(r.stdout).toMatch(/caught obscenity lines per lexicon family/);
    expect(r.stdout).toMatch(/caught obscenity lines per rule category/);

    const rep = JSON.parse(run(EVAL, [file, '--json']).stdout);
    expect(rep.obscenity.perLanguage.en).toEqual({ support: 2, caught: 1, recall: 0.5 });
    expect(rep.obscenity.perLanguage.ru.recall).toBe(1);
    const families = rep.obscenity.perFamily as Record<string, { caught: number; support: number }>;
    // every caught line counted once under its family; shares are of the 4 caught lines
    expect(Object.values(families).reduce((n, f) => n + f.caught, 0)).toBe(4);
    for (const f of Object.values(families)) expect(f.support).toBe(4);
    expect(families.hanzi?.caught).toBeGreaterThanOrEqual(1);
  });
});
