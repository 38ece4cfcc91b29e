/**
 * Whether digits are a possible phone number (its length fits the numbering plan), with its
 * E.164 form, for the passes that need no more than that.
 *
 * libphonenumber's parse also finds the exact country of a calling code that several countries
 * share (1: the US, Canada and 23 others; 7: Russia and Kazakhstan; 44 …). It does so by trying
 * every type pattern of every one of those countries on the number: for an unassigned North
 * American number, some 250 large expressions, 10–70 µs a parse, far more when they are not hot.
 * A possible number mostly needs none of that: it depends on the lengths of the numbering plan,
 * and the countries of a shared calling code mostly have the same ones. So these parses run on
 * the same metadata with one country per calling code (its main one, which libphonenumber lists
 * first), and the answer is kept when it cannot depend on the exact country:
 *  - every country of the calling code has the same possible lengths (1 country, or RU/KZ,
 *    IT/VA, NO/SJ …): every step of the parse that reads the country reads lengths, so both
 *    parses agree;
 *  - or the number is possible and its length is possible in every country of the code (a
 *    ten-digit North American number: Canada also allows seven).
 * Anything else (a seven-digit North American number, +290 …) takes the full parse, as does a
 * region that is not a main country (CA, JE …). Validity (isValid) does depend on the exact
 * country: those checks keep the full parse (./passes/phones).
 * tests/unit/moderation/advertising.property.test.ts compares both parses on random numbers of
 * every calling code and on national numbers of main and shared regions.
 */
import { Metadata, parsePhoneNumberFromString as parseWith, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max';

const codes = metadata.country_calling_codes as Record<string, CountryCode[]>;
/** The max metadata, each calling code with its main country only. */
const MAIN_ONLY: MetadataJson = {
  ...metadata,
  country_calling_codes: Object.fromEntries(Object.entries(codes).map(([code, countries]) => [code, countries.slice(0, 1)])),
};
const MAIN = new Set<string>(Object.values(codes).map((countries) => countries[0]));

/** Per calling code: the national lengths possible in every one of its countries, and whether all its countries have the same lengths. */
const LENGTHS = new Map<string, { every: Set<number>; uniform: boolean }>();
{
  const plans = new Metadata(metadata);
  for (const [code, countries] of Object.entries(codes)) {
    const lists = countries.map((country) => {
      plans.selectNumberingPlan(country);
      return plans.numberingPlan?.possibleLengths() ?? [];
    });
    const every = new Set(lists[0].filter((len) => lists.every((list) => list.includes(len))));
    const uniform = lists.every((list) => list.length === every.size);
    LENGTHS.set(code, { every, uniform });
  }
}

const full = (digits: string, region?: CountryCode) => {
  const p = region === undefined ? parsePhoneNumberFromString('+' + digits) : parsePhoneNumberFromString(digits, region);
  return p && p.isPossible() ? p.number : undefined;
};

/**
 * The E.164 form of `digits` when they are a possible number: written internationally (no
 * region: the calling code comes first) or nationally in `region`. Else undefined.
 */
export function possibleNumber(digits: string, region?: CountryCode): string | undefined {
  if (region !== undefined && !MAIN.has(region)) return full(digits, region);
  const p = region === undefined ? parseWith('+' + digits, MAIN_ONLY) : parseWith(digits, region, MAIN_ONLY);
  if (!p) return full(digits, region); // (no calling code, or too short to parse: cheap either way)
  const lengths = LENGTHS.get(p.countryCallingCode);
  const possible = p.isPossible();
  if (lengths?.uniform || (possible && lengths?.every.has(p.nationalNumber.length))) return possible ? p.number : undefined;
  return full(digits, region);
}
