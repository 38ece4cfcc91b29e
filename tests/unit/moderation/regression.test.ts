/**
 * Regression set: 9,790 lines of real clean text in EN / RU / ZH that nobody on the team wrote
 * (Strapi's admin translations and Unicode CLDR display names, see tests/data/clean/README.md).
 * Not one line may be flagged as obscenity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';

const dir = join(__dirname, '../../data/clean');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('clean regression text (EN / RU / ZH)', () => {
  const detector = createObscenityDetector();
  let total = 0;

  it.each(files)('%s: no line is flagged', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
    total += lines.length;
    expect(lines.length).toBeGreaterThan(1000);
    const flagged = lines
      .map((line) => ({ line, ev: detector.detect(line) }))
      .filter((x) => x.ev.length > 0)
      .map((x) => `${x.line} → ${x.ev.map((e) => x.line.slice(e.start, e.end)).join(', ')}`);
    expect(flagged).toEqual([]);
  });

  it('has at least 5,000 lines in the three languages', () => {
    expect(total).toBeGreaterThanOrEqual(5000);
    for (const lang of ['en', 'ru', 'zh']) expect(files.some((f) => f.endsWith(`-${lang}.txt`))).toBe(true);
  });
});
