/**
 * Scratch state of the obscenity detector: growable typed arrays reused between calls
 * (detect() is synchronous), the pieces of a text, the per-view symbol streams, and the
 * constants shared by the matching passes.
 */
import { CharClass, CLASS_TABLE, charClass, createNormBuffer, type NormBuffer, BREAK, MASK, SEP } from '../normalize';
import type { Compiled } from './build';

// character classes (plain numbers for the hot path)
export const C_SPACE = CharClass.Space;
export const C_LAT = CharClass.Latin;
export const C_CYR = CharClass.Cyr;
export const C_CYRX = CharClass.CyrX;
export const C_DIGIT = CharClass.Digit;
export const C_LEET = CharClass.Leet;
export const C_MASK = CharClass.Mask;
export const C_CJK = CharClass.Cjk;
export const C_GREEK = CharClass.Greek;
export const C_OTHERL = CharClass.OtherLetter;
export const C_STOP = CharClass.Stop;

/** Stream position flags: a piece starts here / a join (symbols or spaces inside a word) is crossed here. */
export const F_PIECE = 1;
export const F_JOIN = 2;
/** Position holds a mask or a leet symbol: in masked matching it may stand for any letter (f@ck). */
export const F_WILD = 4;

/** Piece flags. */
export const P_LAT = 1;
export const P_CYR = 2;
export const P_MASK = 4;
/** Contains a leet character whose reading is ambiguous in Cyrillic (3 = з/е, 4 = ч/а, @ = а/я). */
export const P_AMBIG = 8;

export const MAX_MASKED_WORDS = 64;
export const MAX_MASKED_LEN = 48;
/** How far a hit inside a joined word is widened to the spaced letters around it. */
export const MAX_EXTEND = 32;
/** Candidate spellings tried in masked matching per text (bounds the worst case to ~1 ms). */
export const MAX_MASKED_STEPS = 60_000;

/** Letter-like symbols trimmed from word edges for whole-word checks: ! | ( < + @ * # */
export function isTrim(c: number): boolean {
  return c === 0x21 || c === 0x7c || c === 0x28 || c === 0x3c || c === 0x2b || c === 0x40 || c === 0x2a || c === 0x23;
}

/**
 * Punctuation that may stand for a letter inside a word (sh.t, f?ck, с-ка, wh_re): one such
 * character between two runs of letters is read both ways, as glue and as a masked letter.
 * (Apostrophes are spaces, and ! | ( @ $ * # are letters or masks already.)
 */
export function isPunctMask(c: number): boolean {
  return (
    c === 0x2e || c === 0x2d || c === 0x5f || c === 0x3f || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x7e ||
    c === 0x5e || c === 0x60 || c === 0x22 || c === 0x2f || c === 0x5c || c === 0x2b || c === 0x3d || c === 0x25 ||
    c === 0x26 || (c >= 0x2010 && c <= 0x2015) || c === 0xb7 || c === 0x2022
  );
}

/** Punctuation that masks a single first letter (d.ck, f?ck, f_ck; not e-mail, x-ray, w/o). */
export function isDotMask(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x5f;
}

/** At most this many punctuation masks in one word (a censored word hides a few letters). */
export const MAX_PUNCT_MASKS = 3;
/** Longest word read with punctuation masks (m.therf.cker: 12). */
export const MAX_PUNCT_WORD = 16;
/** Latin words with a single letter next to a punctuation mask longer than this match only as a whole (n.gger). */
export const MAX_PUNCT_SINGLE_WORD = 5;

type Growable = Int32Array | Uint16Array | Uint8Array;
/** A copy of `a` with room for `cap` items, keeping its first `keep` items. */
export function grow<T extends Growable>(a: T, cap: number, keep = a.length): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a.subarray(0, keep) as ArrayLike<number>);
  return b;
}

export class Stream {
  sym = new Uint16Array(256);
  run = new Uint16Array(256);
  bpos = new Int32Array(256);
  bend = new Int32Array(256);
  flags = new Uint8Array(256);
  tok = new Int32Array(256);
  len = 0;
  // tokens
  tStart = new Int32Array(64);
  tEnd = new Int32Array(64);
  cStart = new Int32Array(64);
  cEnd = new Int32Array(64);
  tJoined = new Uint8Array(64);
  tMixed = new Uint8Array(64);
  tMask = new Uint8Array(64);
  /** Real letters in the word (for masked matches). */
  tReal = new Int32Array(64);
  ntok = 0;
  hasMask = false;

  reset(): void {
    this.len = 0;
    this.ntok = 0;
    this.hasMask = false;
  }

  ensure(extra: number): void {
    const need = this.len + extra;
    if (need <= this.sym.length) return;
    let cap = this.sym.length * 2;
    while (cap < need) cap *= 2;
    this.sym = grow(this.sym, cap, this.len);
    this.run = grow(this.run, cap, this.len);
    this.bpos = grow(this.bpos, cap, this.len);
    this.bend = grow(this.bend, cap, this.len);
    this.tok = grow(this.tok, cap, this.len);
    this.flags = grow(this.flags, cap, this.len);
  }

  newToken(): number {
    if (this.ntok >= this.tStart.length) {
      const cap = this.tStart.length * 2;
      this.tStart = grow(this.tStart, cap);
      this.tEnd = grow(this.tEnd, cap);
      this.cStart = grow(this.cStart, cap);
      this.cEnd = grow(this.cEnd, cap);
      this.tJoined = grow(this.tJoined, cap);
      this.tMixed = grow(this.tMixed, cap);
      this.tMask = grow(this.tMask, cap);
      this.tReal = grow(this.tReal, cap);
    }
    return this.ntok++;
  }

  /** Append a one-symbol separator (SEP or BREAK); never two in a row. */
  sep(symbol: number): void {
    if (this.len === 0) return;
    const last = this.sym[this.len - 1];
    if (last === BREAK || last === SEP) {
      if (symbol === BREAK) this.sym[this.len - 1] = BREAK;
      return;
    }
    this.ensure(1);
    const i = this.len++;
    this.sym[i] = symbol;
    this.run[i] = 1;
    this.bpos[i] = -1;
    this.bend[i] = -1;
    this.flags[i] = 0;
    this.tok[i] = -1;
  }
}

export interface Hit {
  start: number;
  end: number;
  entry: number;
  /** Latin-stream token of a root term found inside a longer word (glasshit), else -1 or absent. */
  tok?: number;
  /** A glued compound (asshat-like name-calling: stem + word): reported as kind 'compound', rule 'insults'. */
  glued?: boolean;
}

export class Pieces {
  start = new Int32Array(64);
  end = new Int32Array(64);
  flags = new Uint8Array(64);
  letters = new Int32Array(64);
  digits = new Int32Array(64);
  /** Leet symbols (@ $ ! …) in the piece. */
  syms = new Int32Array(64);
  /** Gap before this piece: 0 = soft (symbols/emoji only, short), 1 = spaces only (short), 2 = hard. */
  gap = new Uint8Array(64);
  n = 0;

  push(): number {
    if (this.n >= this.start.length) {
      const cap = this.start.length * 2;
      this.start = grow(this.start, cap);
      this.end = grow(this.end, cap);
      this.letters = grow(this.letters, cap);
      this.digits = grow(this.digits, cap);
      this.syms = grow(this.syms, cap);
      this.flags = grow(this.flags, cap);
      this.gap = grow(this.gap, cap);
    }
    return this.n++;
  }
}

/** Everything one detector reuses between calls. */
export class State {
  readonly norm: NormBuffer = createNormBuffer(1024);
  readonly pieces = new Pieces();
  readonly lat = new Stream();
  readonly cyr = new Stream();
  cjkSym = new Uint16Array(256);
  cjkPos = new Int32Array(256);
  hits: Hit[] = [];
  codes: Uint16Array = new Uint16Array(0);
  lastWork = 0;
  /** Glued-word candidates of the Latin stream: pairs (token, entry) of a stem found inside a longer word. */
  cands: number[] = [];
  /** Some hit has `tok` set (a root term inside a longer word). */
  partial = false;
  /** Entries that are compound stems (see lexicons/en-compounds.ts). */
  readonly stemEntry: Uint8Array;

  constructor(
    readonly c: Compiled,
    /** Split glued words (off for the raw detector that vets dictionary words). */
    readonly segment: boolean,
    stems: ReadonlySet<string>,
  ) {
    this.stemEntry = new Uint8Array(c.entries.length);
    c.entries.forEach((e, i) => {
      if (e.view === 'lat' && e.lang === 'en' && e.detector === 'obscenity' && stems.has(e.term)) this.stemEntry[i] = 1;
    });
  }
}

/** Only 0-9 a-f between `from` and `to` (commit hashes, ids): digits there are not leetspeak. */
export function isHexLike(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = codes[k];
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

export function isLetterClass(c: number): boolean {
  const k = CLASS_TABLE[c] || charClass(c);
  return k === C_LAT || k === C_CYR || k === C_CYRX || k === C_GREEK;
}

export function onlyMasks(sym: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sym[k] !== MASK) return false;
  return true;
}

export function isAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
