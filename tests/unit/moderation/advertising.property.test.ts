import fc from 'fast-check';
import { createAdvertisingDetector } from '../../../server/src/moderation/advertising';
import { foldText, originalSpan } from '../../../server/src/moderation/normalize';
import { possibleNumber } from '../../../server/src/moderation/advertising/possible-phone';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max';

const detector = createAdvertisingDetector({ allow: ['example-shop.com', '+1 800 555 0100', '@brand'] });

/** Characters that exercise the interesting paths: links, handles, digits, scripts, invisibles. */
const interesting = fc.constantFrom(
  '.', '@', '/', ':', '+', ' ', '-', '(', ')', '。', '：', 'dot', ' at ', 't.me/', 'wa.me/', 'www.',
  'https://', 'hxxps://', '.com', '.win', '1', '7', '9', '0', '555', 'QQ', '微信', '加', 'vx', 'wx',
  'а', 'е', 'о', 'с', 'Т', 'һ', 'ѕ', 'і', 'a', 'e', 'telegram', 'casino', 'казино', '\u200b', '\u200d',
  '\ufeff', '\u00ad', 'ｔ', 'ｍ', '．', '\ud83d', '\ude00', '😀', '\ud800', '\udfff', 'İ', 'ß', 'ﬁ', '㎏',
  '\u0301', '\n', '#', '№', '₽', '$',
);
const anyUnit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), // incl. lone surrogates
  interesting,
);
const texts = fc.array(anyUnit, { maxLength: 60 }).map((parts) => parts.join(''));

describe('advertising detector: properties', () => {
  it('never throws and returns spans inside the original text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ev = detector.detect(text).evidence;
        expect(Array.isArray(ev)).toBe(true);
        for (const e of ev) {
          expect(e.detector).toBe('advertising');
          expect(typeof e.term).toBe('string');
          expect(Number.isInteger(e.start)).toBe(true);
          expect(Number.isInteger(e.end)).toBe(true);
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary full-unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const ev = detector.detect(text).evidence;
        for (const e of ev) expect(e.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('a URL found in a clean sentence keeps being found whatever surrounds it', () => {
    // Exhaustive: the default detector stops at the first contact it finds (e.g. "vX0000" after the URL).
    const all = createAdvertisingDetector({ allow: ['example-shop.com', '+1 800 555 0100', '@brand'], exhaustive: true });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (pre, post) => {
        const text = `${pre} https://spam-site.xyz/x ${post}`;
        const at = pre.length + 1;
        const ev = all.detect(text).evidence;
        const u = ev.find((e) => e.term === 'spam-site.xyz');
        // always the link itself: "+v https…", "t.me/ https…" or "tg: https…" before it are no contact ids
        expect([text, u && text.slice(u.start, u.end)]).toEqual([text, expect.stringContaining('spam-site.xyz')]);
        expect(u!.start).toBeGreaterThanOrEqual(at);
      }),
      { numRuns: 2000 },
    );
  });

  it('fold maps every folded range back into the original text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const f = foldText(text);
        for (let i = 0; i < f.s.length; i++) {
          const span = originalSpan(f, i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('possible phone numbers (../advertising/possible-phone; the full comparison: ./phones.property.test)', () => {
  const codes = Object.keys(metadata.country_calling_codes);
  const regions = ['US', 'RU', 'CN', 'GB', 'DE', 'FR', 'IT', 'AU', 'NO', 'FI', 'MA', 'KZ', 'CA', 'DO', 'JE', 'VA', 'AX'] as const;
  const full = (digits: string, region?: CountryCode) => {
    const p = region ? parsePhoneNumberFromString(digits, region) : parsePhoneNumberFromString('+' + digits);
    return p && p.isPossible() ? p.number : undefined;
  };
  const rest = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 14 }).map((d) => d.join(''));

  it('agrees with the full parse on international numbers of every calling code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), rest, (code, tail) => {
        const digits = (code + tail).slice(0, 15);
        expect(possibleNumber(digits)).toBe(full(digits));
      }),
      { numRuns: 8000 },
    );
  });

  it('agrees with the full parse on national numbers, also in regions that share a calling code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), rest, fc.constantFrom('', '0', '1', '8', '7', '9'), (region, tail, lead) => {
        const digits = (lead + tail).slice(0, 15);
        expect(possibleNumber(digits, region)).toBe(full(digits, region));
      }),
      { numRuns: 8000 },
    );
  });

  it('keeps what the passes rely on: North American and Russian numbers possible, too short or long ones not', () => {
    expect(possibleNumber('7224864626', 'US')).toBe('+17224864626'); // no US area code: only possible
    expect(possibleNumber('89746530377', 'RU')).toBe('+79746530377'); // national prefix 8 stripped
    expect(possibleNumber('79161234567')).toBe('+79161234567');
    expect(possibleNumber('4155550', 'US')).toBeUndefined();
    expect(possibleNumber('1415555012345678')).toBeUndefined();
  });
});
