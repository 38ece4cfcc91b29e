/**
 * The fold of one code point, shared by every view of the text:
 * invisible characters (./ignorable) → nothing; NFKC (fullwidth, circled, mathematical,
 * ligatures) → lower case → combining marks removed (fück → fuck, й → и, keycap 1️⃣ → 1)
 * → look-alikes of other scripts and symbols (./lookalike). Iterated to a fixpoint, so
 * folding is idempotent. Lone surrogates become U+FFFD.
 *
 * `foldCodePointKeepCyrillic` is the same except that Cyrillic letters keep their marks
 * (й, ё, ї stay as written): the advertising word lists are spelled that way.
 */
import { isIgnorable } from './ignorable';
import { baseLookalike } from './lookalike';

const RE_MARK = /\p{M}/gu;
const RE_ASCII_ALNUM = /^[a-z0-9]+$/;

function foldStep(cp: number): string {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd';
  if (isIgnorable(cp)) return '';
  let s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  if (s === 'ß') s = 'ss';
  s = s.normalize('NFD').replace(RE_MARK, '');
  if (RE_ASCII_ALNUM.test(s)) return s; // fullwidth, circled, mathematical forms: NFKC says it
  // a look-alike of the character as written (ͺ is an i, though NFKC makes it a space)
  const direct = baseLookalike(cp);
  if (direct !== undefined) return direct;
  let out = '';
  for (const c of s) {
    const p = c.codePointAt(0)!;
    if (isIgnorable(p)) continue;
    out += baseLookalike(p) ?? c;
  }
  return out;
}

const cache = new Map<number, string>();

/** The fold of one code point (see module doc); cached. */
export function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let cur = foldStep(cp);
  for (let iter = 0; iter < 4; iter++) {
    let next = '';
    for (const c of cur) next += foldStep(c.codePointAt(0)!);
    if (next === cur) break;
    cur = next;
  }
  if (cache.size < 200_000) cache.set(cp, cur);
  return cur;
}

const RE_CYR_LETTER = /^\p{Script=Cyrillic}$/u;
const keepCache = new Map<number, string>();

/** {@link foldCodePoint}, except that Cyrillic letters keep their marks (й, ё). */
export function foldCodePointKeepCyrillic(cp: number): string {
  const hit = keepCache.get(cp);
  if (hit !== undefined) return hit;
  let out = foldCodePoint(cp);
  if (cp >= 0x400 && cp <= 0x52f) {
    const s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    if (RE_CYR_LETTER.test(s)) out = s;
  }
  if (keepCache.size < 200_000) keepCache.set(cp, out);
  return out;
}
