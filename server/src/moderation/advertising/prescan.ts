/**
 * One linear pass over the folded text: which (more expensive) passes can find anything.
 */
import * as phrases from './phrases';
import * as numwords from './numwords';
import { AMBIGUOUS_TLDS, STRONG_TLDS } from './data';

// Bound once: a call through a module's export object costs a property read per character.
const { isCjk } = phrases;
const { isCjkDigit } = numwords;

export const PS_LINK = 1;
export const PS_AT = 2;
export const PS_COLON = 4;
export const PS_DIGITS7 = 8;
export const PS_CJK = 16;
export const PS_SPACED_DOT = 32;
export const PS_SLASH = 64;
/** Seven Chinese numerals in a row (一三八一二三四…). */
export const PS_CJK_DIGITS = 128;

export const MIN_PHONE_DIGITS = 7;
export const MAX_PHONE_DIGITS = 15;

export function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x430 && c <= 0x44f);
}

/** The TLDs linkify is given (../index): a fuzzy link or e-mail ends in one of them. */
const TLDS = new Set([...STRONG_TLDS, ...AMBIGUOUS_TLDS]);
const MAX_TLD = 24;

function isTldLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

/**
 * Whether the letters at `j` (after a '.') are one of linkify's TLDs, or a punycode label:
 * without one, linkify finds no fuzzy link or e-mail there ("e.g.", "Mr.Smith", "done.Great").
 */
function tldAt(s: string, j: number): boolean {
  if (s.startsWith('xn--', j)) return true;
  let k = j;
  while (k < s.length && k - j <= MAX_TLD && isTldLetter(s.charCodeAt(k))) k++;
  return k > j && k - j <= MAX_TLD && TLDS.has(s.slice(j, k));
}

/** What the pre-scan looks at in a code unit (one table read; most units are T_NONE). */
const T_NONE = 0;
const T_DIGIT = 1;
const T_DOT = 2;
const T_AT = 3;
const T_COLON = 4;
const T_SLASH = 5;
const T_CJK = 6;
const T_CJK_DIGIT = 7;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0x30 && c <= 0x39) KIND[c] = T_DIGIT;
  else if (c === 0x2e /* . */ || c === 0x3002 /* 。 */) KIND[c] = T_DOT;
  else if (c === 0x40 /* @ */) KIND[c] = T_AT;
  else if (c === 0x3a /* : */ || c === 0xff1a) KIND[c] = T_COLON;
  else if (c === 0x2f /* / */) KIND[c] = T_SLASH;
  else if (c >= 0x2e80 && (isCjk(c) || c === 0x3007 /* 〇 */)) KIND[c] = isCjkDigit(c) ? T_CJK_DIGIT : T_CJK;
}

/** One linear pass: which (more expensive) passes can find anything at all. */
export function prescan(s: string): number {
  let flags = 0;
  let digits = 0;
  let cjkDigits = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const t = KIND[c];
    if (t === T_NONE) {
      if (c !== 0x20) cjkDigits = 0;
      continue;
    }
    if (t === T_DIGIT) {
      if (++digits >= MIN_PHONE_DIGITS) flags |= PS_DIGITS7;
    } else if (t === T_DOT) {
      const p = i > 0 ? s.charCodeAt(i - 1) : 0;
      const q = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      // a link needs a known TLD after one of its dots (or a scheme's "//", below)
      if (c === 0x2e && q > 0x39 && !isAlnum(p) && tldAt(s, i + 1)) flags |= PS_LINK;
      if (isAlnum(p) && isAlnum(q) && q > 0x39) {
        if (c === 0x3002 || tldAt(s, i + 1)) flags |= PS_LINK;
      } else if (p === 0x20 && q === 0x20) flags |= PS_SPACED_DOT;
      else if (p === 0x28 || p === 0x5b || p === 0x7b || q === 0x29 || q === 0x5d || q === 0x7d) flags |= PS_SPACED_DOT;
      else if (c === 0x3002 && (q === 0x20 || isAlnum(q)) && isAlnum(p)) flags |= PS_SPACED_DOT;
    } else if (t === T_AT) {
      flags |= PS_AT;
      // e-mail shape: "x@y.z" (an @mention alone does not need linkify)
      if (i > 0 && isAlnum(s.charCodeAt(i - 1))) flags |= PS_LINK;
    }
    else if (t === T_COLON) {
      flags |= PS_COLON;
      if (s.charCodeAt(i + 1) === 0x2f && s.charCodeAt(i + 2) === 0x2f) flags |= PS_LINK;
    } else if (t === T_SLASH) {
      flags |= PS_SLASH;
      // "//host": linkify's scheme-relative links take any host
      if (s.charCodeAt(i + 1) === 0x2f) flags |= PS_LINK;
    }
    else {
      // a CJK character
      flags |= PS_CJK;
      if (c === 0x70b9 /* 点 */) flags |= PS_SPACED_DOT;
      if (t === T_CJK_DIGIT) {
        if (++cjkDigits >= MIN_PHONE_DIGITS) flags |= PS_CJK_DIGITS;
        continue;
      }
    }
    if (c !== 0x20) cjkDigits = 0;
  }
  return flags;
}

/** URL schemes (also defanged) that are no id when they follow "+v", "wx", "t.me/", "tg:". */
const SCHEMES = new Set(['http', 'https', 'hxxp', 'hxxps', 'www', 'ftp']);

/**
 * Whether an id candidate ending at `end` is really the start of a link or an e-mail address
 * ("+v https://…", "t.me/ https://…", "wx site.com/…", "qq123@qq.com"): the link passes read those.
 */
export function continuesAsLink(s: string, end: number, id: string): boolean {
  const next = s.charCodeAt(end);
  return SCHEMES.has(id) || next === 0x40 || s.startsWith('://', end) || (next === 0x2e && isAlnum(s.charCodeAt(end + 1)));
}
