/**
 * The one look-alike table of the filter.
 *
 * - `baseLookalike(cp)`: what a character of ANOTHER script or a symbol stands for in the
 *   base view of every detector — every single-letter or single-digit entry of Unicode's
 *   confusables.txt (the `unhomoglyph` package ships it as data: Ꭺ → a, օ → o, ℓ → l,
 *   ∪ → u), digits of every script (٣ → 3, १ → 1), and the enclosed forms NFKC leaves alone
 *   (❶ ➀ ⓫ 🅐 🅰 🇦, small capitals ᴀ ʙ ꜱ). Latin, Cyrillic, Greek and CJK letters are never
 *   mapped here: those scripts are real text, read by the script-aware views below.
 * - `TO_LATIN` / `TO_CYRILLIC`: look-alikes between Latin, Cyrillic and Greek letters, used
 *   by the Latin/Cyrillic views of the obscenity matcher and by the mixed-script word fold
 *   of the advertising view. Hand pairs (handwriting look-alikes such as и → u, п → n) plus
 *   every Cyrillic/Greek confusable of a Latin letter.
 *
 * Everything is precomputed once at module load into typed arrays.
 */
import CONFUSABLES from 'unhomoglyph/data.json';

const RE_KEEP = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const RE_CYR = /\p{Script=Cyrillic}/u;
const RE_GREEK = /\p{Script=Greek}/u;
const RE_DIGIT = /\p{Nd}/u;

/** Base-view replacements of code points (string: usually one ASCII letter or digit). */
const BASE = new Map<number, string>();

const confusables = CONFUSABLES as Record<string, string>;
const LATE: Array<[number, string]> = [];
const CONFUSABLES_HAS = (cp: number) => BASE.has(cp) || Object.prototype.hasOwnProperty.call(confusables, String.fromCodePoint(cp));
for (const [from, to] of Object.entries(confusables)) {
  const cps = Array.from(from);
  if (cps.length !== 1) continue;
  const cp = cps[0].codePointAt(0)!;
  if (cp < 0x80) continue; // ASCII stays itself (0 → O and 1 → l are leetspeak, read in context)
  const target = to.toLowerCase();
  if (!/^[a-z0-9]$/.test(target)) continue;
  if (!RE_KEEP.test(cps[0])) BASE.set(cp, target);
  // Also keyed by the folded form (NFKC, lower case, no marks) when that has no entry of its
  // own: Cherokee Ꭺ lower-cases to ꭺ.
  const folded = cps[0].normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const fcps = Array.from(folded);
  if (fcps.length === 1 && !RE_KEEP.test(folded)) LATE.push([fcps[0].codePointAt(0)!, target]);
}
for (const [key, target] of LATE) if (key >= 0x80 && !(CONFUSABLES_HAS(key))) BASE.set(key, target);

function range(first: number, values: string): void {
  const list = values.split(' ');
  for (let k = 0; k < list.length; k++) BASE.set(first + k, list[k]);
}
const AZ = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
const ONE_TO_TEN = '1 2 3 4 5 6 7 8 9 10';
range(0x2776, ONE_TO_TEN); // ❶–❿
range(0x2780, ONE_TO_TEN); // ➀–➉
range(0x278a, ONE_TO_TEN); // ➊–➓
range(0x24eb, '11 12 13 14 15 16 17 18 19 20'); // ⓫–⓴
range(0x24f5, ONE_TO_TEN); // ⓵–⓾
range(0x24ff, '0'); // ⓿
range(0x1f10b, '0 0'); // 🄋 🄌
range(0x1f150, AZ); // 🅐–🅩
range(0x1f170, AZ); // 🅰–🆉
range(0x1f1e6, AZ); // regional indicators 🇦–🇿
// Small capitals (Latin script, no NFKC form): read as the letter.
for (const pair of 'ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz'.split(' ')) {
  BASE.set(pair.codePointAt(0)!, pair.slice(-1));
}

/** Zero of the run of ten decimal digits that `cp` belongs to (-1 when not a digit). */
function digitValue(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (!RE_DIGIT.test(ch)) return -1;
  let zero = cp;
  while (cp - zero < 9 && RE_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return cp - zero;
}

/**
 * What a (folded, single) code point of another script or a symbol stands for in the base
 * view, or `undefined` when it stands for itself. Latin/Cyrillic/Greek/CJK letters are kept.
 */
export function baseLookalike(cp: number): string | undefined {
  if (cp < 0x80) return undefined;
  // a digit of any script is its value first (Arabic-Indic ٧ is 7, though it looks like v)
  if (cp >= 0x660) {
    const d = digitValue(cp);
    if (d >= 0) return String.fromCharCode(0x30 + d);
  }
  return BASE.get(cp);
}

// ---------------------------------------------------------------------------
// Latin ↔ Cyrillic / Greek look-alikes
// ---------------------------------------------------------------------------

/** Cyrillic / Greek (and other) letter → Latin a–z look-alike (0 = none). */
export const TO_LATIN = new Uint16Array(0x10000);
/** Latin a–z → Cyrillic look-alike (0 = none). */
export const TO_CYRILLIC = new Uint16Array(0x80);

function pairs(table: Uint16Array, spec: string): void {
  for (const pair of spec.split(/\s+/)) {
    if (!pair) continue;
    const cps = Array.from(pair);
    table[cps[0].codePointAt(0)!] = cps[1].codePointAt(0)!;
  }
}

// Hand pairs first (they win): Cyrillic and Greek letters that read as Latin ones.
pairs(TO_LATIN, 'аa вb сc еe ёe һh іi їi јj кk мm нh оo рp ѕs тt уy хx ԁd ԛq ԝw үy ӏl ьb гr пn иu ѵv ӡz дd ђh ћh ӑa ӓa');
pairs(TO_LATIN, 'αa βb γy εe ζz ηn ιi κk νv οo ρp σo ςs τt υu φf χx ψw ωw μu');
// Every other Cyrillic / Greek confusable of a Latin letter (lower case).
for (const [from, to] of Object.entries(confusables)) {
  const cps = Array.from(from);
  if (cps.length !== 1) continue;
  const lower = cps[0].toLowerCase();
  const cp = lower.codePointAt(0)!;
  if (cp > 0xffff || Array.from(lower).length !== 1 || TO_LATIN[cp]) continue;
  if (!RE_CYR.test(lower) && !RE_GREEK.test(lower)) continue;
  const target = to.toLowerCase();
  if (/^[a-z]$/.test(target)) TO_LATIN[cp] = target.charCodeAt(0);
}

pairs(TO_CYRILLIC, 'aа bв cс eе hн kк mм oо pр tт xх yу uи nп rг');
