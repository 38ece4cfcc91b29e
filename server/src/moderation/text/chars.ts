/** Small character tests and helpers shared by the text views. */

export function codesToString(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
/** Characters of a link, a handle or a number that a glued symbol may sit between. */
export function isLinkChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x2f || c === 0x40 || c === 0x5f || c === 0x2d || c === 0x3a || c === 0x2b;
}

export function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
export function isCyrGreek(c: number): boolean {
  return c >= 0x370 && c <= 0x52f;
}
