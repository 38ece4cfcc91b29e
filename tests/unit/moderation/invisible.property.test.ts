/**
 * One invisible character must not hide an ad or an obscene word: every Default_Ignorable
 * code point (and every other format character), inserted anywhere, is dropped by the one
 * text module that every detector reads through.
 */
import fc from 'fast-check';
import { createModerator } from '../../../server/src/moderation';
import { foldText, isIgnorable, normalizeForMatch } from '../../../server/src/moderation/normalize';

const IGNORABLE: number[] = [];
{
  const re = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (re.test(String.fromCodePoint(cp))) IGNORABLE.push(cp);
  }
}

const m = createModerator({ allow: ['example-shop.com', '+1 800 555 0100'] });

const ADS = [
  'Join t.me/spam_channel',
  'Call +7 916 123-45-67 for cheap loans',
  'write to spammer@gmail.com for crypto signals',
  'best casino-win.xyz/bonus free spins',
  '加微信vip17861 兼职日赚',
  'buy followers at https://cheap-likes.top/offer',
];
const OBSCENE = ['fuck you', 'this is shit', 'сука', 'пизда', '你是傻逼', 'motherfucker'];

function insert(text: string, at: number, cp: number): string {
  return text.slice(0, at) + String.fromCodePoint(cp) + text.slice(at);
}

describe('the set of invisible characters', () => {
  it('covers U+FE0F, variation selectors, tag characters, U+200B–200F, U+2060–206F, U+180E, soft hyphen', () => {
    const must = [0xfe0f, 0xfe00, 0xe0100, 0xe01ef, 0xe0000, 0xe0041, 0xe007f, 0x200b, 0x200f, 0x2060, 0x206f, 0x180e, 0xad, 0xfeff, 0x3164];
    for (const cp of must) expect([cp.toString(16), isIgnorable(cp)]).toEqual([cp.toString(16), true]);
    expect(IGNORABLE.length).toBeGreaterThan(4000);
    for (const cp of [0x20, 0x61, 0x430, 0x4e00, 0x1f600, 0x2d, 0x2e]) expect(isIgnorable(cp)).toBe(false);
  });

  it('every one of them is dropped by both views of the text', () => {
    for (const cp of IGNORABLE) {
      const s = `t${String.fromCodePoint(cp)}.me`;
      expect([cp.toString(16), normalizeForMatch(s).text, foldText(s).s]).toEqual([cp.toString(16), 't.me', 't.me']);
    }
  });
});

describe('one invisible character hides nothing', () => {
  it('Join t\\uFE0F.me/spam_channel is advertising (was allowed)', () => {
    const d = m.classifyText('Join t\uFE0F.me/spam_channel');
    expect(d.category).toBe('advertising');
    expect(d.evidence[0]).toMatchObject({ term: 't.me/spam_channel', start: 5, end: 23 });
  });

  it('every invisible code point inside a link and inside an obscene word (exhaustive)', () => {
    for (const cp of IGNORABLE) {
      expect([cp.toString(16), m.classifyText(insert('Join t.me/spam_channel', 6, cp)).category]).toEqual([cp.toString(16), 'advertising']);
      expect([cp.toString(16), m.classifyText(insert('Call +7 916 123-45-67 for cheap loans', 9, cp)).category]).toEqual([cp.toString(16), 'advertising']);
      expect([cp.toString(16), m.classifyText(insert('fuck you', 2, cp)).category]).toEqual([cp.toString(16), 'obscenity']);
    }
  });

  it('any invisible code points anywhere in an ad or an obscene word keep the decision, with evidence in the text', () => {
    const cases = [...ADS.map((t) => [t, 'advertising'] as const), ...OBSCENE.map((t) => [t, 'obscenity'] as const)];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...IGNORABLE)), { minLength: 1, maxLength: 4 }),
        ([base, category], inserts) => {
          let text = base;
          for (const [pos, cp] of inserts) {
            // never split a surrogate pair of the text
            let at = pos % (text.length + 1);
            if (at > 0 && at < text.length && text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff) at--;
            text = insert(text, at, cp);
          }
          const d = m.classifyText(text);
          expect(d.category).toBe(category);
          for (const e of d.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.end).toBeGreaterThan(e.start);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
