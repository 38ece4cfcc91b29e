/**
 * Whether digits are a possible phone number (its length fits the numbering plan) or a valid one
 * (a number type of its country matches), with its E.164 form: libphonenumber's answers, fast.
 *
 * libphonenumber-js compiles every pattern it reads on every call: a parse and isPossible cost
 * 15–35 µs, a parse and isValid 20–110 µs (an unassigned North American number reads the type
 * patterns of the US and Canada and the leading digits of 23 other countries). Spam with a phone
 * number spent most of its filter time there. ./phone-metadata follows the same parse step for
 * step on the metadata compiled once (0.3–3 µs); where it does not follow the library (an IDD
 * prefix, a non-geographic calling code, an unknown region …) it says so and the library itself
 * answers. tests/unit/moderation/phones.property.test.ts compares both on random numbers.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { IS_POSSIBLE, checkLength, isValidIn, parseDigits } from './phone-metadata';

const parseFull = (digits: string, region?: CountryCode) =>
  region === undefined ? parsePhoneNumberFromString('+' + digits) : parsePhoneNumberFromString(digits, region);

/**
 * The E.164 form of `digits` when they are a possible number: written internationally (no
 * region: the calling code comes first) or nationally in `region`. Else undefined.
 */
export function possibleNumber(digits: string, region?: CountryCode): string | undefined {
  const p = parseDigits(digits, region);
  if (p === undefined) {
    const full = parseFull(digits, region);
    return full && full.isPossible() ? full.number : undefined;
  }
  return p && checkLength(p.nn, p.plan) === IS_POSSIBLE ? p.number : undefined;
}

/**
 * The E.164 form of `digits` when they are a valid number (as `isValid()` of libphonenumber's
 * parse): written internationally (no region) or nationally in `region`. Else undefined.
 */
export function validNumber(digits: string, region?: CountryCode): string | undefined {
  const p = parseDigits(digits, region);
  if (p === undefined) {
    const full = parseFull(digits, region);
    return full && full.isValid() ? full.number : undefined;
  }
  return p && isValidIn(p.nn, p.plan) ? p.number : undefined;
}
