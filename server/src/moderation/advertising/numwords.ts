/**
 * Numbers written in words — "plus seven nine one six …", "восемь девятьсот шестнадцать …",
 * "一三八一二三四五六七八", "壹叁捌…" — read as digit strings, so that a phone number spelled out
 * to get past a filter is still a phone number. Works on the folded text (./normalize
 * foldText: lower case); one linear pass over its tokens.
 *
 * Groups compose the way numbers are dictated: "девятьсот шестнадцать" → 916, "сорок пять" →
 * 45, "eight hundred" → 800, "twenty one" → 21, "double five" → 55; single digits stay single.
 */
import { isTokenChar } from './phrases';

export interface SpelledNumber {
  /** Folded range of the whole run. */
  from: number;
  to: number;
  digits: string;
  /** Written with a leading "plus" / "плюс" / "+" / "加". */
  plus: boolean;
}

const UNIT = 1;
const TEEN = 2;
const TENS = 3;
const HUNDREDS = 4;
const HUNDRED = 5;
const PLUS = 6;
const REPEAT = 7;

const WORDS = new Map<string, [kind: number, value: number]>();
function words(kind: number, list: string, step = 1, first = 0): void {
  list.split(' ').forEach((w, k) => {
    for (const form of w.split('/')) WORDS.set(form, [kind, first + k * step]);
  });
}
// English
words(UNIT, 'zero/oh one two three four five six seven eight nine');
words(TEEN, 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 1, 10);
words(TENS, 'twenty thirty forty fifty sixty seventy eighty ninety', 10, 20);
words(HUNDRED, 'hundred', 0, 100);
words(PLUS, 'plus');
words(REPEAT, 'double triple', 1, 2);
// Russian
words(UNIT, 'ноль/нуль один/одна/одну два/две три четыре пять шесть семь восемь девять');
words(TEEN, 'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать', 1, 10);
words(TENS, 'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', 10, 20);
words(HUNDREDS, 'сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот', 100, 100);
words(PLUS, 'плюс');

/** Chinese numerals read digit by digit (daily and financial forms, traditional too). */
const CJK_DIGIT = new Map<number, number>();
for (const [chars, value] of [
  ['〇零', 0], ['一幺壹', 1], ['二两兩贰貳', 2], ['三叁參', 3], ['四肆', 4], ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
] as const) {
  for (const ch of chars) CJK_DIGIT.set(ch.charCodeAt(0), value);
}

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const MAX_GAP = 3;

function isGap(c: number): boolean {
  return c === 0x20 || c === 0x2c || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29 || c === 0xa0 || c === 0x3001 || c === 0xff0c || c === 0x09;
}

/** Digit strings of dictated groups. */
class Composer {
  out = '';
  private val = 0;
  private width = 0;
  private h = false;
  private t = false;
  private u = false;
  private repeat = 1;
  words = 0;

  /** More digits than any phone number: the run is kept short (linear time on any input). */
  overflow = false;

  private append(d: string): void {
    if (this.out.length + d.length > MAX_DIGITS) this.overflow = true;
    else this.out += d;
  }

  flush(): void {
    if (this.width > 0) this.append(String(this.val).padStart(this.width, '0'));
    this.width = 0;
    this.val = 0;
    this.h = this.t = this.u = false;
  }
  private open(val: number, width: number): void {
    this.flush();
    this.val = val;
    this.width = width;
  }

  /** false when the word cannot continue the number. */
  add(kind: number, value: number): boolean {
    this.words++;
    const composable = this.width > 0;
    switch (kind) {
      case UNIT:
        if (this.repeat > 1) {
          this.flush();
          this.append(String(value).repeat(this.repeat));
          this.repeat = 1;
        } else if (composable && (this.t || this.h) && !this.u) {
          this.val += value;
          this.u = true;
          this.flush();
        } else {
          this.open(value, 1);
          this.u = true;
        }
        return true;
      case TEEN:
        if (composable && this.h && !this.t && !this.u) this.val += value;
        else this.open(value, 2);
        this.flush();
        return true;
      case TENS:
        if (composable && this.h && !this.t && !this.u) this.val += value;
        else this.open(value, 2);
        this.t = true;
        return true;
      case HUNDREDS:
        this.open(value, 3);
        this.h = true;
        return true;
      case HUNDRED:
        // English dictation: "one eight hundred five five five …" is 1 800 555 …
        if (this.width === 1 && this.u) {
          this.val *= 100;
          this.width = 3;
        } else this.open(100, 3);
        this.flush();
        return true;
      case REPEAT:
        this.flush();
        this.repeat = value;
        return true;
      default:
        return false;
    }
  }
  digits(d: string): void {
    this.flush();
    this.append(d);
  }
}

/** Runs of number words (and digits) with at least 7 digits, at most 15, at least two words. */
export function findSpelledNumbers(s: string, cjk: boolean): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  const n = s.length;
  let i = 0;
  let run: Composer | null = null;
  let runFrom = 0;
  let runTo = 0;
  let plus = false;
  const end = () => {
    if (run) {
      run.flush();
      const d = run.out;
      if (!run.overflow && run.words >= 2 && d.length >= MIN_DIGITS && d.length <= MAX_DIGITS) found.push({ from: runFrom, to: runTo, digits: d, plus });
    }
    run = null;
    plus = false;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    // gaps between the words of a run
    if (run && isGap(c)) {
      let g = i;
      while (g < n && g - i <= MAX_GAP && isGap(s.charCodeAt(g))) g++;
      if (g - i > MAX_GAP) end();
      i = g;
      continue;
    }
    if (cjk && CJK_DIGIT.has(c)) {
      if (!run) {
        run = new Composer();
        runFrom = i;
        plus = i > 0 && (s.charCodeAt(i - 1) === 0x52a0 /* 加 */ || s.charCodeAt(i - 1) === 0x2b);
      }
      run.words++;
      run.digits(String(CJK_DIGIT.get(c)));
      runTo = ++i;
      continue;
    }
    if (c === 0x2b /* + */) {
      end();
      run = new Composer();
      runFrom = i;
      plus = true;
      runTo = ++i;
      continue;
    }
    if (!isTokenChar(c)) {
      end();
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenChar(s.charCodeAt(j))) j++;
    const tok = s.slice(i, j);
    if (/^\d+$/.test(tok)) {
      if (!run) {
        run = new Composer();
        runFrom = i;
      }
      run.digits(tok);
      runTo = j;
    } else {
      const w = j - i <= 14 ? WORDS.get(tok) : undefined;
      if (w && w[0] === PLUS) {
        end();
        run = new Composer();
        runFrom = i;
        runTo = j;
        plus = true;
      } else if (w && (run || w[0] !== UNIT || tok !== 'oh')) {
        if (!run) {
          run = new Composer();
          runFrom = i;
        }
        run.add(w[0], w[1]);
        runTo = j;
      } else end();
    }
    i = j;
  }
  end();
  return found;
}

/** Number words, for the phrase index (its hits tell whether the scan can find anything). */
export const NUMBER_WORDS: string[] = Array.from(WORDS.keys()).filter((w) => w !== 'oh');

/** Whether `c` is a Chinese numeral. */
export function isCjkDigit(c: number): boolean {
  return CJK_DIGIT.has(c);
}
