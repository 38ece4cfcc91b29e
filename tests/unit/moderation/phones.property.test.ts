import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max';
import { possibleNumber, validNumber } from '../../../server/src/moderation/advertising/possible-phone';
import { parseDigits } from '../../../server/src/moderation/advertising/phone-metadata';

/**
 * The fast phone parse (../advertising/phone-metadata) against libphonenumber's own parse:
 * possibleNumber / validNumber must give exactly what parsePhoneNumberFromString(...) with
 * .isPossible() / .isValid() / .number gives, on the shapes the fast parse covers and on the
 * ones where it has to follow every turn of the library (national prefixes and their transform
 * rules, IDD prefixes, the region's calling code written without '+', shared calling codes).
 */
const json = metadata as unknown as {
  countries: Record<string, unknown[]>;
  country_calling_codes: Record<string, string[]>;
  nonGeographic: Record<string, unknown>;
};
const regions = Object.keys(json.countries).filter((c) => c !== '001') as CountryCode[];
const codes = [...Object.keys(json.country_calling_codes), ...Object.keys(json.nonGeographic)];

const library = (digits: string, region?: CountryCode) => {
  const p = region === undefined ? parsePhoneNumberFromString('+' + digits) : parsePhoneNumberFromString(digits, region);
  return { possible: p && p.isPossible() ? p.number : undefined, valid: p && p.isValid() ? p.number : undefined };
};
const fast = (digits: string, region?: CountryCode) => ({ possible: possibleNumber(digits, region), valid: validNumber(digits, region) });

/** Digit strings a region's metadata starts numbers with: calling code, IDD, national prefix (for parsing), leading digits. */
function prefixesOf(country: string): string[] {
  const raw = json.countries[country];
  const out = [raw[0] as string];
  // the literal digits of each alternative of a pattern ("8~10" → "810", "1|0" → "1", "0")
  const literal = (v: unknown) => (typeof v === 'string' && v ? v.split('|').map((alt) => alt.replace(/\[(\d)[^\]]*\]/g, '$1').replace(/[^0-9]/g, '')) : []);
  out.push(...literal(raw[1]), ...literal(raw[5]), ...literal(raw[7]), ...literal(raw[10]));
  return [...new Set(out.filter((p) => p.length > 0 && p.length < 6))];
}
const tail = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const clip = (digits: string) => digits.slice(0, 17);

describe('fast phone parse = libphonenumber parse (possibleNumber, validNumber)', () => {
  it('international numbers of every calling code, also with a national or IDD prefix after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(), tail(3, 13), (code, pick, rest) => {
        const main = json.country_calling_codes[code]?.[0];
        const leads = main ? ['', ...prefixesOf(main)] : [''];
        const digits = clip(code + leads[pick % leads.length] + rest);
        expect([digits, fast(digits)]).toEqual([digits, library(digits)]);
      }),
      { numRuns: 6000 },
    );
  });

  it('national numbers in every region of the metadata, led by its own prefixes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.nat(), tail(4, 14), (region, pick, rest) => {
        const leads = ['', ...prefixesOf(region)];
        const digits = clip(leads[pick % leads.length] + rest);
        expect([digits, region, fast(digits, region)]).toEqual([digits, region, library(digits, region)]);
      }),
      { numRuns: 6000 },
    );
  });

  it('the shapes the filter meets most: North American, Russian/Kazakh and Chinese numbers', () => {
    const shapes = fc.oneof(
      tail(10, 10).map((d) => ['2' + d.slice(1), ['US', 'CA', 'RU', 'CN', 'DO', 'JM']] as const), // NANP 10 digits
      tail(10, 10).map((d) => ['1' + d, ['US', 'CA', 'PR', 'CN']] as const), // NANP with the 1
      tail(10, 10).map((d) => ['7' + d, ['RU', 'KZ', 'US']] as const), // +7 without '+'
      tail(10, 10).map((d) => ['8' + d.replace(/^10/, '90'), ['RU', 'KZ', 'US', 'CN']] as const), // RU national prefix 8 (not the IDD 810)
      tail(9, 9).map((d) => ['1' + '3456789'[d.charCodeAt(0) % 7] + d, ['CN', 'US']] as const), // CN mobiles
      tail(9, 11).map((d) => ['86' + d, ['CN']] as const), // CN calling code without '+'
    );
    fc.assert(
      fc.property(shapes, fc.nat(), ([digits, rs], pick) => {
        const region = rs[pick % rs.length] as CountryCode;
        expect([digits, region, fast(digits, region)]).toEqual([digits, region, library(digits, region)]);
        expect([digits, fast(digits)]).toEqual([digits, library(digits)]);
        // and the fast parse answers these itself (no fallback to the library)
        expect([digits, region, parseDigits(digits, region) === undefined]).toEqual([digits, region, false]);
        if (!digits.startsWith('8') || digits.startsWith('86')) expect([digits, parseDigits(digits) === undefined]).toEqual([digits, false]); // (+8xx: non-geographic)
      }),
      { numRuns: 6000 },
    );
  });

  it('any digits, any length, any region', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...regions), { nil: undefined }), tail(1, 19), (region, digits) => {
        expect([digits, region, fast(digits, region)]).toEqual([digits, region, library(digits, region)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the answers the passes rely on, and falls back where it does not follow the library', () => {
    expect(possibleNumber('5738421804', 'US')).toBe('+15738421804');
    expect(possibleNumber('13352993618', 'US')).toBe('+13352993618');
    expect(validNumber('13352993618', 'US')).toBeUndefined(); // an unassigned NANP number
    expect(validNumber('6135550123', 'US')).toBe('+16135550123'); // Canada, by its type patterns
    expect(validNumber('2684641234', 'US')).toBe('+12684641234'); // Antigua, by its leading digits
    expect(validNumber('89161234567', 'RU')).toBe('+79161234567'); // national prefix 8
    expect(validNumber('77012345678', 'RU')).toBe('+77012345678'); // 7 written without '+': Kazakhstan
    expect(validNumber('13730577566', 'CN')).toBe('+8613730577566');
    expect(validNumber('8613730577566', 'CN')).toBe('+8613730577566');
    expect(parseDigits('81012025550143', 'RU')).toBeUndefined(); // IDD prefix: the library answers
    expect(possibleNumber('81012025550143', 'RU')).toBe(library('81012025550143', 'RU').possible);
    expect(parseDigits('80012345678')).toBeUndefined(); // +800: non-geographic
    expect(validNumber('80012345678')).toBe(library('80012345678').valid);
    expect(parseDigits('5738421804', 'XX')).toBeUndefined(); // unknown region
    expect(parseDigits('05738421804')).toBeNull(); // '+0…': no number
  });
});
