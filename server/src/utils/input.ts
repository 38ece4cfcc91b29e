/**
 * Checks on untrusted input that run in linear time and bound lengths before any work.
 * No backtracking regular expression ever sees user data here.
 */

/** RFC 5321 limits: a path of at most 254 characters, a local part of at most 64. */
export const MAX_EMAIL = 254;
const MAX_LOCAL = 64;

const isSpace = (code: number) =>
  code <= 0x20 || code === 0x7f || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 ||
  code === 0xfeff;

/**
 * Whether `value` looks like an e-mail address: one `@`, a non-empty local part, a domain
 * with a dot that neither starts nor ends it and no empty label, no white space. One pass.
 */
export const isEmail = (value: string): boolean => {
  if (value.length < 3 || value.length > MAX_EMAIL) return false;
  let at = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isSpace(c)) return false;
    if (c === 0x40 /* @ */) {
      if (at !== -1) return false;
      at = i;
    }
  }
  if (at < 1 || at > MAX_LOCAL) return false;
  const domain = value.slice(at + 1);
  if (domain.length < 3 || domain[0] === '.' || domain[domain.length - 1] === '.') return false;
  return domain.includes('.') && !domain.includes('..');
};

/** Whether the text has U+0000 (PostgreSQL cannot store it in text or JSON). */
export const hasNul = (value: string): boolean => value.includes('\u0000');

/**
 * Whether the text has U+FFFD, the character a decoder puts where bytes were not valid UTF-8:
 * what the author wrote is already lost, so it is refused rather than stored damaged.
 */
export const hasReplacement = (value: string): boolean => value.includes('\ufffd');

/** Whether the text has a UTF-16 surrogate without its pair (not valid Unicode; invalid UTF-8 decodes to U+FFFD). */
export const hasLoneSurrogate = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
};

/**
 * Whether the text shows nothing: only white space, format characters (zero-width space and
 * joiners, word joiner, BOM, bidi marks…) and blank look-alikes (Braille blank, Hangul fillers).
 */
const BLANK = /^[\s\p{Cf}\p{Zs}\u2800\u115f\u1160\u3164\uffa0\u034f\u180e]*$/u;
export const isBlank = (value: string): boolean => BLANK.test(value);

/**
 * Whether a JSON-like value nests deeper than `max` (objects and arrays), checked without
 * recursion so a hostile body cannot overflow the stack; stops at the first level too deep.
 */
export const tooDeep = (value: unknown, max: number): boolean => {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
};
