/**
 * libphonenumber-js's parse of a number written with digits only, step for step, on its max
 * metadata compiled once.
 *
 * The library builds a `new RegExp` for every pattern it reads, on every call, and a Metadata
 * object per helper: a parse costs 15–110 µs, nearly all of it that, for a few dozen regular
 * expression tests that cost well under a microsecond once compiled. The steps below are those
 * of its `parse` (source/parse.js and source/helpers/ of v1.13.16) for input that is digits
 * only; each function names the library function it follows and keeps its order of tests, so
 * that the answers are the same by construction. Where the input leaves that narrow road, the
 * parse answers `undefined` and the caller takes the library itself:
 *  - anything but 7–17 ASCII digits, the metadata in another layout than v4;
 *  - a region unknown to the metadata;
 *  - a national number that starts with the region's IDD prefix (RU 810…, US 011…);
 *  - a non-geographic calling code (+800, +882 …).
 * tests/unit/moderation/phones.property.test.ts compares it with the library on random numbers
 * of every calling code and every region. package.json takes patch releases of 1.13 only
 * (~1.13.16: new metadata, the same parse steps); moving to a newer minor version means reading
 * its parse again, and the property tests tell where it differs.
 */
import metadata from 'libphonenumber-js/metadata.max';

/** One country's numbering plan (the v4 layout of source/metadata.js, regular expressions compiled). */
export interface Plan {
  country: string;
  cc: string;
  /** IDDPrefix(), searched at the start (stripIddPrefix). */
  idd: RegExp | undefined;
  /** nationalNumberPattern(), matched entirely (matchesEntirely). */
  nat: RegExp;
  lengths: number[];
  /** nationalPrefixForParsing() (else the national prefix), at the start. */
  prefix: RegExp | undefined;
  transform: string | undefined;
  leading: RegExp | undefined;
  /** hasTypes(); then the types with a pattern, each with its possible lengths (the plan's when it has none). */
  hasTypes: boolean;
  types: { re: RegExp; lengths: number[] }[];
}

type Raw = unknown[];
const json = metadata as unknown as {
  version: unknown;
  countries: Record<string, Raw>;
  country_calling_codes: Record<string, string[]>;
  nonGeographic?: Record<string, unknown>;
};
/** The layout these positions read; another one (a future metadata) makes every parse fall back. */
const SUPPORTED = json.version === 4;
const whole = (pattern: string) => new RegExp('^(?:' + pattern + ')$');

// Compiled on first use: some 3,000 patterns, of which a comment filter uses a few dozen.
const plans = new Map<string, Plan | null>();
export function planOf(country: string): Plan | undefined {
  let plan = plans.get(country);
  if (plan === undefined) {
    plan = compile(country, json.countries[country]);
    plans.set(country, plan);
  }
  return plan ?? undefined;
}

function compile(country: string, raw: Raw | undefined): Plan | null {
  if (!raw || typeof raw[0] !== 'string' || typeof raw[2] !== 'string' || !Array.isArray(raw[3])) return null;
  const lengths = raw[3] as number[];
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const prefix = str(raw[7]) ?? str(raw[5]);
  const leading = str(raw[10]);
  const rawTypes = raw[11] as Raw[] | undefined;
  const hasTypes = Array.isArray(rawTypes) ? rawTypes.length > 0 : !!rawTypes;
  const types: Plan['types'] = [];
  // the ten types getType reads (source/metadata.js), in getNumberType's order: whether one
  // matches is all that is used, so the order only has to cover the same ones
  for (let i = 0; hasTypes && i < 10; i++) {
    const t = rawTypes![i];
    if (!Array.isArray(t) || !str(t[0])) continue;
    types.push({ re: whole(t[0] as string), lengths: (t[1] as number[] | undefined) || lengths });
  }
  return {
    country,
    cc: raw[0] as string,
    idd: str(raw[1]) === undefined ? undefined : new RegExp(raw[1] as string),
    nat: whole(raw[2] as string),
    lengths,
    prefix: prefix === undefined ? undefined : new RegExp('^(?:' + prefix + ')'),
    transform: str(raw[8]),
    leading: leading === undefined ? undefined : new RegExp(leading),
    hasTypes,
    types,
  };
}

// checkNumberLength's answers
export const IS_POSSIBLE = 0;
const TOO_SHORT = 1;
const TOO_LONG = 2;
const INVALID_LENGTH = 3;

/** checkNumberLength (helpers/checkNumberLength.js) without a type. */
export function checkLength(nn: string, plan: Plan): number {
  const lengths = plan.lengths;
  const len = nn.length;
  if (lengths[0] === len) return IS_POSSIBLE;
  if (lengths[0] > len) return TOO_SHORT;
  if (lengths[lengths.length - 1] < len) return TOO_LONG;
  return lengths.indexOf(len, 1) >= 0 ? IS_POSSIBLE : INVALID_LENGTH;
}

/** Whether getNumberType (helpers/getNumberType.js) finds a type. */
function hasType(nn: string, plan: Plan): boolean {
  if (!plan.nat.test(nn)) return false;
  for (const t of plan.types) if (t.lengths.indexOf(nn.length) >= 0 && t.re.test(nn)) return true;
  return false;
}

/** isValidNumber (source/isValid.js) in the plan the number was parsed to. */
export function isValidIn(nn: string, plan: Plan): boolean {
  return plan.hasTypes ? hasType(nn, plan) : plan.nat.test(nn);
}

/** getCountryByCallingCode + getCountryByNationalNumber: the exact country of a shared calling code. */
function countryOf(cc: string, nn: string): string | undefined {
  const countries = json.country_calling_codes[cc];
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  // a parse asks this up to three times for the same number (the national prefix, the calling
  // code without '+', the country), each time over the type patterns of a few countries
  for (let k = 0; k < 2; k++) if (seen[k].cc === cc && seen[k].nn === nn) return seen[k].country;
  let found: string | undefined;
  for (const country of countries) {
    const plan = planOf(country)!;
    if (plan.leading) {
      if (nn && nn.search(plan.leading) === 0) {
        found = country;
        break;
      }
    } else if (hasType(nn, plan)) {
      found = country;
      break;
    }
  }
  const slot = seen[(next = 1 - next)];
  slot.cc = cc;
  slot.nn = nn;
  slot.country = found;
  return found;
}
const seen: { cc: string; nn: string; country: string | undefined }[] = [
  { cc: '', nn: '', country: undefined },
  { cc: '', nn: '', country: undefined },
];
let next = 0;

/** extractNationalNumber (helpers/extractNationalNumber.js): the national prefix taken off when it should be. */
function nationalNumber(number: string, plan: Plan): string {
  // extractNationalNumberFromPossiblyIncompleteNumber
  const m = number && plan.prefix ? plan.prefix.exec(number) : null;
  if (!m) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && m[groups];
  const nn = plan.transform && captured ? number.replace(plan.prefix!, plan.transform) : number.slice(m[0].length);
  if (nn === number) return number;
  // shouldHaveExtractedNationalPrefix
  if (plan.nat.test(number) && !plan.nat.test(nn)) return number;
  const country = countryOf(plan.cc, nn);
  const length = checkLength(nn, country ? planOf(country)! : plan);
  return length === TOO_SHORT || length === INVALID_LENGTH ? number : nn;
}

/** A parsed number: its E.164 form, national number and the plan isPossible / isValid read. */
export interface Parsed {
  number: string;
  nn: string;
  plan: Plan;
}

/**
 * parsePhoneNumberFromString(digits, region) — or of '+' + digits without a region — for
 * digits only: the parsed number, null where the library finds none, undefined where this
 * port does not follow it (the caller then asks the library).
 */
export function parseDigits(digits: string, region?: string): Parsed | null | undefined {
  if (!SUPPORTED || digits.length < 7 || digits.length > 17 || !/^[0-9]+$/.test(digits)) return undefined;
  if (region === undefined) {
    // extractCountryCallingCode: '+0…' has none; else the first 1–3 digits that are a calling code
    if (digits.charCodeAt(0) === 0x30) return null;
    for (let k = 1; k <= 3; k++) {
      const cc = digits.slice(0, k);
      if (json.country_calling_codes[cc]) return finish(digits.slice(k), cc, undefined, planOf(json.country_calling_codes[cc][0]));
      if (json.nonGeographic?.[cc]) return undefined;
    }
    return null;
  }
  const plan = planOf(region);
  if (!plan) return undefined;
  // stripIddPrefix: an IDD prefix makes the rest an international number (or not, before a 0)
  if (plan.idd && digits.search(plan.idd) === 0) return undefined;
  // extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: the region's calling code
  // written without '+', when the number is not a national one without it
  const cc = plan.cc;
  if (digits.startsWith(cc)) {
    const shorter = digits.slice(cc.length);
    const a = nationalNumber(shorter, plan);
    const b = nationalNumber(digits, plan);
    if ((!plan.nat.test(b) && plan.nat.test(a)) || checkLength(b, plan) === TOO_LONG) {
      const main = json.country_calling_codes[cc];
      return main ? finish(shorter, cc, undefined, planOf(main[0])) : undefined;
    }
  }
  return finish(digits, cc, region, plan);
}

/** The rest of parsePhoneNumber and parse (source/parse.js) once the calling code is known. */
function finish(number: string, cc: string, country: string | undefined, plan: Plan | undefined): Parsed | null | undefined {
  if (!plan) return undefined;
  if (!number) return null;
  const nn = nationalNumber(number, plan);
  const exact = countryOf(cc, nn) ?? country;
  if (nn.length < 2 || nn.length > 17) return null;
  const final = exact ? planOf(exact) : planOf(json.country_calling_codes[cc][0]);
  return final ? { number: '+' + cc + nn, nn, plan: final } : undefined;
}
