/**
 * Properties of the tone check: invisible characters, case and extra white space never hide a
 * flag, and every offset stays inside the text, whatever the text.
 */
import fc from 'fast-check';

import { checkTone, type ToneKind } from '../../../server/src/moderation/tone/check';

/** Replies with one flag each; the flag must survive any disguise below. */
const FLAGGED: Array<[string, ToneKind]> = [
  ['As we already wrote, the store opens at 9.', 'condescension'],
  ['You should have read the size chart.', 'condescension'],
  ['Just kidding, we will replace it.', 'humor'],
  ["We'll give you a discount if you delete your review.", 'bribe'],
  ['Please forgive us, we beg your forgiveness.', 'overapology'],
  ['Как мы уже писали, доставка в понедельник.', 'condescension'],
  ['Дадим скидку, если удалите отзыв.', 'bribe'],
  ['Шучу, конечно, заменим.', 'humor'],
  ['Умоляем простить нас.', 'overapology'],
  ['你应该先看说明书。', 'condescension'],
  ['如果您删除差评，我们给您红包。', 'bribe'],
  ['开个玩笑，我们会换。', 'humor'],
  ['万分抱歉，马上发货。', 'overapology'],
];

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e'];
const SPACES = ['  ', '\u00a0', ' \t ', '\u3000', '   '];

/** One disguise per character: maybe an invisible character after it, maybe another case, more space. */
const disguise = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(INVISIBLE.length * 3), fc.boolean(), fc.nat(SPACES.length - 1)), {
      minLength: text.length,
      maxLength: text.length,
    })
    .map((choices) => {
      let out = '';
      Array.from(text).forEach((ch, i) => {
        const [inv, upper, sp] = choices[i] ?? [99, false, 0];
        out += ch === ' ' ? SPACES[sp] : upper ? ch.toUpperCase() : ch.toLowerCase();
        if (inv < INVISIBLE.length) out += INVISIBLE[inv];
      });
      return out;
    });

describe('tone check properties', () => {
  it.each(FLAGGED)(
    '%s keeps its flag under invisible characters, case and extra space',
    (text, kind) => {
      expect(checkTone(text).flags.map((f) => f.kind)).toContain(kind);
      fc.assert(
        fc.property(disguise(text), (disguised) => {
          const flags = checkTone(disguised).flags;
          return flags.some((f) => f.kind === kind);
        }),
        { numRuns: 150 }
      );
    }
  );

  it('keeps every flag inside the text, in order, on any input', () => {
    const pieces = fc.constantFrom(
      'sorry',
      'obviously',
      ' ',
      'lol',
      ')))',
      '(',
      '😂',
      '\u200b',
      '\ud83d',
      'discount',
      'delete your review',
      'как мы уже писали',
      'скидк',
      '哈哈',
      '删除差评',
      '红包',
      '显然',
      '/s',
      '\n\n',
      '.'
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))
    );
    fc.assert(
      fc.property(text, (t) => {
        const flags = checkTone(t).flags;
        return flags.every(
          (f, i) =>
            Number.isInteger(f.start) &&
            f.start >= 0 &&
            f.start < f.end &&
            f.end <= t.length &&
            (i === 0 || flags[i - 1].start <= f.start) &&
            f.explanation.length > 0
        );
      }),
      { numRuns: 2000 }
    );
  });
});
