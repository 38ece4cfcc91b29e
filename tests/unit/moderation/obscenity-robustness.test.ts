/**
 * The obscenity detector on hostile input: arbitrary code units and tricky pieces (properties),
 * 1 MB inputs of pathological shapes, and work proportional to the input length. What it finds
 * and what it leaves clean: obscenity.test.ts.
 */
import fc from 'fast-check';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';
import type { Evidence } from '../../../server/src/moderation/types';

const detector = createObscenityDetector();

describe('robustness', () => {
  const spansOk = (text: string, ev: Evidence[]) => {
    const bad = ev.filter((e) => !(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end));
    expect(bad).toEqual([]);
  };

  it('never throws and keeps spans in range on arbitrary code units (lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        spansOk(s, detector.detect(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on strings built from tricky pieces', () => {
    const piece = fc.constantFrom('f', 'u', 'c', 'k', '*', '#', '@', '1', '3', ' ', '.', '\u200b', '🔥', 'х', 'у', 'й', '傻', '逼', 'ё', '\ud800', '\udc00', 'ｓ', 'b', '!', 'sb', 'бля', '妈的');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        spansOk(s, detector.detect(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns nothing for non-strings and empty input', () => {
    expect(detector.detect('')).toEqual([]);
    expect(detector.detect(undefined as unknown as string)).toEqual([]);
    expect(detector.detect(42 as unknown as string)).toEqual([]);
  });

  it('handles 1 MB inputs of pathological shapes and still finds what is there', () => {
    const M = 1 << 20;
    const shapes: Array<[string, string, number | null]> = [
      ['a', 'a'.repeat(M), 0],
      ['stars', '*'.repeat(M), 0],
      ['spaces', ' '.repeat(M), 0],
      ['dots', '.'.repeat(M), 0],
      ['emoji', '🔥'.repeat(M / 2), 0],
      ['a-space', 'a '.repeat(M / 2), 0],
      ['a*', 'a*'.repeat(M / 2), 0],
      ['lone surrogates', '\ud800'.repeat(M), 0],
      ['zero-width', '\u200b'.repeat(M), 0],
      ['clean words', 'hello world order delivery '.repeat(M / 27), 0],
      ['spaced letters', 'f u c k '.repeat(M / 8), null],
      ['one word at the end', 'x'.repeat(M) + ' fuck', 1],
      ['masked words', 'f**k '.repeat(M / 5), null],
      ['leet words', 'sh1t '.repeat(200_000), 200_000],
      ['mixed scripts', 'fuсk хуй 傻逼 '.repeat(80_000), 3 * 80_000],
    ];
    for (const [name, text, expected] of shapes) {
      const t0 = Date.now();
      const ev = detector.detect(text);
      if (process.env.OBSCENITY_TIMING) console.log(name, Date.now() - t0);
      spansOk(text, ev);
      if (expected !== null) expect(ev.length).toBe(expected);
      else expect(ev.length).toBeGreaterThan(0);
    }
  });

  it('does work proportional to the input length (counted, not timed)', () => {
    const d = createObscenityDetector();
    const shapes: Array<(k: number) => string> = [
      (k) => 'a'.repeat(k),
      (k) => 'a '.repeat(k / 2),
      (k) => 'f u c k '.repeat(k / 8),
      (k) => 'f**k '.repeat(k / 5),
      (k) => '*a'.repeat(k / 2),
      (k) => 'a*a '.repeat(k / 4),
      (k) => 'sh1t '.repeat(k / 5),
      (k) => 'х.у.й.'.repeat(k / 6),
      (k) => 'fuсk хуй 傻逼 妈妈的 '.repeat(k / 16),
      (k) => '🔥f'.repeat(k / 3),
      (k) => 'ab.'.repeat(k / 3),
      (k) => '\ud800x'.repeat(k / 2),
    ];
    for (const shape of shapes) {
      const small = shape(1 << 15);
      const big = shape(1 << 17);
      d.detect(small);
      const w1 = d.lastWork ?? 0;
      d.detect(big);
      const w2 = d.lastWork ?? 0;
      expect(w1).toBeGreaterThan(0);
      // 4× the input → about 4× the work (never quadratic), and a bounded cost per character
      expect(w2 / w1).toBeLessThan(4.5);
      expect(w2 / big.length).toBeLessThan(60);
    }
  });
});
