/**
 * The base view of a text, with a map back to the original offsets.
 *
 * `normalizeForMatch(text)` / `normalizeInto(text, buf)` fold each code point with
 * ./codepoint (invisible characters dropped, NFKC, lower case, marks removed, look-alikes of
 * other scripts and symbols). `map[i]` is the UTF-16 index in the original text of the code
 * point that produced normalized char `i`. Linear time; idempotent.
 */
import * as codepoint from './codepoint';

// Bound once: a call through a module's export object costs a property read per call.
const { foldCodePoint } = codepoint;

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** `map[i]` = index in the original text of the code point that produced `text[i]`. */
  map: Int32Array;
}

/** Scratch result of {@link normalizeInto}; buffers are reused between calls. */
export interface NormBuffer {
  codes: Uint16Array;
  map: Int32Array;
  length: number;
}

/** Fast table for the BMP: -1 = not computed; -2 = multi-char/empty (see cache); else the single output code unit. */
const single = new Int32Array(0x10000).fill(-1);
for (let c = 0; c < 0x80; c++) single[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;

/**
 * Symbols used as masks: in this view every one of them is `*` (sh%t, с§ка, f‡ck, fu™ck is
 * NFKC'd first), so the matcher reads the whole class as it reads * and #. Separators stay:
 * emoji and pictographs (fu🔥ck, S🙈h🙈i🙈t), dashes, dots, slashes, quotes, brackets,
 * currency signs (leetspeak letters) and sentence stops.
 */
const MASK_CODE = 0x2a;
const MASK_ASCII = '%&^~=\\';
for (const ch of MASK_ASCII) single[ch.charCodeAt(0)] = MASK_CODE;
const RE_MASKLIKE = /^[\p{S}\p{Po}]$/u;
// emoji and pictographs stay separators (S🙈h🙈i🙈t is spelled out, not masked)
const RE_NOT_MASK = /^[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Sc}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pc}·•・‧∙⋅。．、，：；？！]$/u;
function isMaskLike(ch: string): boolean {
  return ch.charCodeAt(0) < 0x80 ? MASK_ASCII.includes(ch) : RE_MASKLIKE.test(ch) && !RE_NOT_MASK.test(ch);
}

const viewCache = new Map<number, string>();
/** The fold of a code point in this view: the shared fold, mask-like symbols as `*` (cached). */
function baseFold(cp: number): string {
  let v = viewCache.get(cp);
  if (v === undefined) {
    v = '';
    for (const ch of foldCodePoint(cp)) v += isMaskLike(ch) ? '*' : ch;
    if (viewCache.size < 200_000) viewCache.set(cp, v);
  }
  return v;
}

function grow(buf: NormBuffer, need: number): void {
  if (need <= buf.codes.length) return;
  let cap = buf.codes.length * 2 || 64;
  while (cap < need) cap *= 2;
  const codes = new Uint16Array(cap);
  codes.set(buf.codes.subarray(0, buf.length));
  const map = new Int32Array(cap);
  map.set(buf.map.subarray(0, buf.length));
  buf.codes = codes;
  buf.map = map;
}

export function createNormBuffer(capacity = 256): NormBuffer {
  return { codes: new Uint16Array(capacity), map: new Int32Array(capacity), length: 0 };
}

/** Normalize `text` into a reusable buffer (no string is built). Linear time. */
export function normalizeInto(text: string, buf: NormBuffer): NormBuffer {
  const n = text.length;
  buf.length = 0;
  grow(buf, n + 16);
  let codes = buf.codes;
  let map = buf.map;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) {
      let s = single[c];
      if (s === -1) {
        const f = baseFold(c);
        s = f.length === 1 ? f.charCodeAt(0) : -2;
        single[c] = s;
      }
      if (s >= 0) {
        if (len >= codes.length) {
          buf.length = len;
          grow(buf, len + 1);
          codes = buf.codes;
          map = buf.map;
        }
        codes[len] = s;
        map[len++] = i;
        continue;
      }
      const f = baseFold(c);
      if (len + f.length > codes.length) {
        buf.length = len;
        grow(buf, len + f.length + 16);
        codes = buf.codes;
        map = buf.map;
      }
      for (let k = 0; k < f.length; k++) {
        codes[len] = f.charCodeAt(k);
        map[len++] = i;
      }
      continue;
    }
    // surrogates
    let cp = 0xfffd;
    let width = 1;
    if (c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = width === 2 ? baseFold(cp) : '\ufffd';
    if (len + f.length > codes.length) {
      buf.length = len;
      grow(buf, len + f.length + 16);
      codes = buf.codes;
      map = buf.map;
    }
    for (let k = 0; k < f.length; k++) {
      codes[len] = f.charCodeAt(k);
      map[len++] = i;
    }
    i += width - 1;
  }
  buf.length = len;
  return buf;
}

function codesToString(codes: Uint16Array, len: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * The base normalized view used for matching: NFKC, lower case, diacritics and invisible
 * characters removed. `map[i]` is the original UTF-16 index of normalized char `i`.
 */
export function normalizeForMatch(text: string): NormalizedText {
  const buf = normalizeInto(typeof text === 'string' ? text : String(text ?? ''), createNormBuffer(text?.length ?? 0));
  return { text: codesToString(buf.codes, buf.length), map: buf.map.slice(0, buf.length) };
}

/** UTF-16 end offset (exclusive) in `original` of the code point starting at `index`. */
export function codePointEnd(original: string, index: number): number {
  const c = original.charCodeAt(index);
  if (c >= 0xd800 && c <= 0xdbff && index + 1 < original.length) {
    const d = original.charCodeAt(index + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return index + 2;
  }
  return Math.min(index + 1, original.length);
}

