/**
 * The fast path (obscenity/fast.ts) may only skip work: with and without it the detector gives
 * the same evidence, on generated disguises, on the dev corpus and on the clean regression text.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';
import { createNormBuffer, normalizeInto } from '../../../server/src/moderation/normalize';
import { screen, SCREEN_CLEAN } from '../../../server/src/moderation/obscenity/fast';
import { compile } from '../../../server/src/moderation/obscenity/build';
import { LEXICONS } from '../../../server/src/moderation/lexicons';

const fast = createObscenityDetector();
const full = createObscenityDetector({ fastPath: false });

function same(texts: string[]): void {
  const diff = texts.filter((t) => JSON.stringify(fast.detect(t)) !== JSON.stringify(full.detect(t)));
  expect(diff).toEqual([]);
}

describe('fast path', () => {
  it('gives the same evidence as the full path on generated disguised text', () => {
    const piece = fc.constantFrom(
      'f', 'u', 'c', 'k', 's', 'h', 'i', 't', 'a', 'b', 'd', 'n', '*', '#', '@', '$', '!', '1', '3', '4', '0', ' ', '.', '-', '_',
      '\u200b', '🔥', 'х', 'у', 'й', 'п', 'з', 'д', 'е', 'ц', 'б', 'л', 'я', 'с', 'к', 'а', '傻', '逼', '操', '你', '妈', 'ё', 'ｓ',
      'glass', 'hit', 'dick', 'brain', 'ass', 'hat', 'class', 'sb', 'cnm', 'coon', 'maine', 'hooker', 'rugby', 'tit', 'for', 'tat',
      'бля', 'хуй', 'сука', 'даун', 'синдром', 'мишка', '妈的', '逼迫', 'Scunthorpe', 'mishit', 'nigger', 'негр',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(JSON.stringify(fast.detect(s))).toBe(JSON.stringify(full.detect(s)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same evidence on the dev corpus and the clean regression text', () => {
    const corpus = join(__dirname, '../../../../shared/corpus/dev.jsonl');
    const texts: string[] = [];
    if (existsSync(corpus)) {
      for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
    }
    const dir = join(__dirname, '../../data/clean');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) texts.push(...readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
    expect(texts.length).toBeGreaterThan(5000);
    same(texts);
  });

  it('proves most clean comments clean and never a dirty one', () => {
    const c = compile([...LEXICONS]);
    const buf = createNormBuffer(64);
    const verdict = (t: string) => {
      const b = normalizeInto(t, buf);
      return screen(c, b.codes, b.length).verdict;
    };
    for (const t of ['Where is my order?', 'Заказ задерживается уже 8 дней', '订单已经13天没发货了', 'Delivery window says 18:00–22:00']) expect([t, verdict(t)]).toEqual([t, SCREEN_CLEAN]);
    for (const t of ['what the fuck', 'f u c k', 'fu🔥ck', 'sh1t', 'f**k', 'хуйня', 'х.у.й', 'xyй', 'п1зд0бол', 'glasshit', 'son of a bitch']) expect([t, verdict(t)]).not.toEqual([t, SCREEN_CLEAN]);
  });
});
