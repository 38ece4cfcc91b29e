import fc from 'fast-check';
import {
  CYR_FOLD,
  LAT_FOLD,
  codePointEnd,
  collapseRuns,
  foldCodePointKeepCyrillic,
  foldText,
  foldWord,
  normalizeForMatch,
} from '../../../server/src/moderation/normalize';

describe('normalizeForMatch', () => {
  it('lower-cases and maps fullwidth forms to ASCII (NFKC)', () => {
    expect(normalizeForMatch('ＦＵＣＫ ｓｂ').text).toBe('fuck sb');
  });

  it('strips diacritics (fück, shiţ, ё → е, й → и)', () => {
    expect(normalizeForMatch('fück shiţ ёж й').text).toBe('fuck shit еж и');
  });

  it('removes zero-width and format characters and keeps the offset map', () => {
    const input = 'f\u200bu\u200cc\u200dk\u2060!\ufeff\u00ad';
    const { text, map } = normalizeForMatch(input);
    expect(text).toBe('fuck!');
    expect(Array.from(map)).toEqual([0, 2, 4, 6, 8]);
  });

  it('maps every normalized char of an NFKC expansion to the same original index', () => {
    const { text, map } = normalizeForMatch('aﬁb'); // ﬁ ligature → "fi"
    expect(text).toBe('afib');
    expect(Array.from(map)).toEqual([0, 1, 1, 2]);
  });

  it('keeps astral characters (emoji) and points both code units at the code point start', () => {
    const { text, map } = normalizeForMatch('a🔥b');
    expect(text).toBe('a🔥b');
    expect(Array.from(map)).toEqual([0, 1, 1, 3]);
    expect(codePointEnd('a🔥b', 1)).toBe(3);
  });

  it('replaces lone surrogates with U+FFFD instead of throwing', () => {
    expect(normalizeForMatch('a\ud800b\udc00').text).toBe('a\ufffdb\ufffd');
  });

  it('is idempotent on arbitrary strings (including lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        const once = normalizeForMatch(s).text;
        expect(normalizeForMatch(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('has a map of the same length as the text, non-decreasing and within the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        const { text, map } = normalizeForMatch(s);
        expect(map.length).toBe(text.length);
        for (let i = 0; i < map.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThan(s.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB input in one linear pass', () => {
    const big = 'Ａб\u200b🔥'.repeat(200_000);
    const { text, map } = normalizeForMatch(big);
    expect(text.length).toBe(4 * 200_000);
    expect(map[map.length - 1]).toBe(big.length - 2);
  });
});

describe('script folds', () => {
  it('folds Cyrillic look-alikes toward Latin in the Latin view', () => {
    expect(foldWord('fuсk ѕһіt', 'lat')).toBe('fuck shit'); // Cyrillic с, ѕ, һ, і
  });

  it('folds Latin look-alikes toward Cyrillic in the Cyrillic view', () => {
    expect(foldWord('xyй сyкa', 'cyr')).toBe('хуи сука'); // й folds to и
  });

  it('has leet symbols in both views', () => {
    expect(String.fromCharCode(LAT_FOLD['@'.charCodeAt(0)])).toBe('a');
    expect(String.fromCharCode(CYR_FOLD['@'.charCodeAt(0)])).toBe('а');
  });

  it('collapses repeated letters but never masks', () => {
    expect(collapseRuns('fuuuck')).toEqual({ text: 'fuck', runs: [1, 3, 1, 1] });
    expect(collapseRuns('f**k').text).toBe('f**k');
  });
});

describe('advertising view fast path', () => {
  it('every character of the fast-path set (ASCII, Russian letters, CJK ideographs and punctuation) folds to its own lower case', () => {
    const re = /^[\x01-\x7f\u0401\u0410-\u044f\u0451\u3001-\u301f\u4e00-\u9fff]$/;
    const bad: string[] = [];
    for (let c = 1; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (re.test(ch) && foldCodePointKeepCyrillic(c) !== ch.toLowerCase()) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('gives the same view as the full fold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', 'Я', 'ё', 'Й', '中', '国', '。', '「', ' ', '.', '/', '@', '1', 'т', 'м', 'е'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        // a trailing emoji forces the full fold; its two units map to themselves
        const full = foldText(text + '😀');
        expect(foldText(text).s).toBe(full.s.slice(0, -2));
      }),
      { numRuns: 500 },
    );
  });

  it('with scratch offsets, gives the same fold and the same offsets as with copied ones', () => {
    const units = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom('a', 'Z', 'ｃ', '，', '😡', '\u200b', '\u200d', 'ё', 'Ж', 'ѕ', '·', '★', '.', '@', '/', '7', 'ﬁ', 'ß', 'İ', 'Σ', '\ud800'), { maxLength: 30 }).map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(units, (text) => {
        const copied = foldText(text);
        const scratch = foldText(text, true);
        expect(scratch.s).toBe(copied.s);
        expect(scratch.mixedWords).toEqual(copied.mixedWords);
        const n = copied.s.length;
        expect(scratch.start === null ? null : Array.from(scratch.start.subarray(0, n))).toEqual(copied.start === null ? null : Array.from(copied.start));
        expect(scratch.end === null ? null : Array.from(scratch.end.subarray(0, n))).toEqual(copied.end === null ? null : Array.from(copied.end));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the code-point fold of every character, whichever way the string is built', () => {
    // the fold keeps the engine's lower case only when every unit is its own fold or ASCII
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        let expected = '';
        for (const ch of text) expected += foldCodePointKeepCyrillic(ch.codePointAt(0)!);
        const { s, mixedWords } = foldText(text);
        if (mixedWords.length === 0 && !/[\p{So}\p{Extended_Pictographic}\u00b7\u2022\u2219\u22c5\u30fb]/u.test(text)) expect(s).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
