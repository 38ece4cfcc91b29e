/**
 * The one set of invisible characters, dropped by every view of the text.
 *
 * = Unicode's Default_Ignorable_Code_Point (soft hyphen, U+034F, U+061C, Hangul fillers,
 * U+17B4–17B5, U+180B–180F, U+200B–200F, U+202A–202E, U+2060–206F, U+3164, variation
 * selectors U+FE00–FE0F and U+E0100–E01EF, U+FEFF, U+FFA0, U+1BCA0–1BCA3, U+1D173–1D17A,
 * tag characters U+E0000–E007F and the rest of U+E0000–E0FFF) plus every other format
 * character (\p{Cf}: Arabic number signs, interlinear annotation marks), taken from the
 * JavaScript engine's own Unicode tables, so the set follows the Unicode version of Node.
 */

/** Matches one invisible character (use with `test`, no `g` flag). */
export const IGNORABLE_RE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;

/** Lazily filled BMP table: 0 = unknown, 1 = visible, 2 = invisible. */
const BMP = new Uint8Array(0x10000);

/** Whether code point `cp` is invisible (see module doc). */
export function isIgnorable(cp: number): boolean {
  if (cp < 0xad) return false;
  if (cp <= 0xffff) {
    let v = BMP[cp];
    if (v === 0) {
      v = cp >= 0xd800 && cp <= 0xdfff ? 1 : IGNORABLE_RE.test(String.fromCharCode(cp)) ? 2 : 1;
      BMP[cp] = v;
    }
    return v === 2;
  }
  if (cp >= 0xe0000 && cp <= 0xe0fff) return true;
  if (cp < 0x110bd) return false;
  return IGNORABLE_RE.test(String.fromCodePoint(cp));
}
