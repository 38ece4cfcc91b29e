/** The `tone` and `tone:eval` CLIs, run the way a user runs them (node + tsx). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const run = (script: string, args: string[], input?: string) => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/src/cli', script), ...args],
    {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      timeout: 60_000,
    }
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tone-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tone CLI', () => {
  it('writes {"id","flags"} per line with exact offsets; reports unreadable lines by number and exits 1', () => {
    const lines = [
      JSON.stringify({ id: 'r1', text: 'As we already wrote, the store opens at 9 lol' }),
      '{broken',
      JSON.stringify({ id: 'r2', text: 'Thank you, the replacement ships today.' }),
      JSON.stringify({ id: 'r3' }),
      JSON.stringify(['not', 'an', 'object']),
      '',
      JSON.stringify({ id: 'r4', text: '如果您删除差评，我们给您红包。' }),
      JSON.stringify({ id: 5, text: 'x' }),
    ];
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = run('tone.ts', [file]);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      {
        id: 'r1',
        flags: [
          { kind: 'condescension', start: 0, end: 19 },
          { kind: 'humor', start: 42, end: 45 },
        ],
      },
      { id: 'r2', flags: [] },
      { id: 'r4', flags: [{ kind: 'bribe', start: 3, end: 14 }] },
    ]);
    expect(r.stderr).toMatch(/^line 2: invalid JSON/m);
    expect(r.stderr).toMatch(/^line 4: "text" must be a string/m);
    expect(r.stderr).toMatch(/^line 5: expected a JSON object/m);
    expect(r.stderr).toMatch(/^line 8: "id" must be a string/m);
    expect(r.stderr).not.toMatch(/line 6/);
  });

  it('reads stdin with "-", exits 0 when every line was read, 2 on usage errors', () => {
    const ok = run(
      'tone.ts',
      ['-', '--lang', 'ru'],
      JSON.stringify({ id: 'a', text: 'Как мы уже писали' }) + '\n'
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      id: 'a',
      flags: [{ kind: 'condescension', start: 0, end: 17 }],
    });
    expect(run('tone.ts', []).code).toBe(2);
    expect(run('tone.ts', ['x', '--lang', 'fr']).code).toBe(2);
    expect(run('tone.ts', [join(dir, 'missing.jsonl')]).code).toBe(2);
  });
});

describe('tone:eval CLI', () => {
  it('prints precision and recall per kind and language for the labeled set', () => {
    const r = run('tone-eval.ts', []);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/replies\.jsonl: \d+ replies/);
    expect(r.stdout).toMatch(/^condescension\s+100\.0%\s+100\.0%/m);
    expect(r.stdout).toMatch(/heldout\.jsonl: 32 replies/);
    const json = JSON.parse(
      run('tone-eval.ts', ['--json', join(ROOT, 'tests/data/tone/replies.jsonl')]).stdout
    );
    const report = Object.values(json)[0] as {
      perKindLang: Record<string, Record<string, { recall: number }>>;
    };
    expect(report.perKindLang.bribe.zh.recall).toBe(1);
  });
});
