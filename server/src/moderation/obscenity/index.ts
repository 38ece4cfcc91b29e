/**
 * Obscenity detector (EN / RU / ZH): lexicon terms matched with disguise folding.
 *
 * Pipeline per text (all linear):
 *  1. base normalization with an offset map (NFKC, lower case, diacritics and invisible
 *     characters removed) — see ../normalize.ts;
 *  2. split into pieces (runs of letters, digits, leet symbols and masks); besides each
 *     piece, "joined" words are formed from pieces split by symbols/emoji inside a word
 *     (fu🔥ck, х.у.й) and from runs of single letters split by spaces (f u c k). Multi-letter
 *     words split by spaces are never joined ("glass hit");
 *  3. each word is folded into a Latin view (Cyrillic/Greek look-alikes and leetspeak → a–z)
 *     and/or a Cyrillic view (Latin look-alikes → а–я), repeated letters collapsed (with run
 *     lengths kept), and all words of a view are scanned in ONE pass by an Aho–Corasick DFA;
 *     masked words (f**k) are also scanned by a second automaton of masked term spellings;
 *     CJK characters are scanned in their own stream with separators between them removed;
 *  4. each hit is checked: word boundaries per term mode (root / head / stem after
 *     prefixes / whole word), run lengths (as ≠ ass), clean-word exceptions (Scunthorpe,
 *     бляха, 妈妈的 …); hits are mapped back to UTF-16 offsets of the original text.
 */
import type { Evidence, Lang } from '../types';
import {
  BREAK,
  CYR_FOLD,
  CYR_LEET_DIGIT,
  CharClass,
  LAT_FOLD,
  LAT_LEET_DIGIT,
  MASK,
  SEP,
  CLASS_TABLE,
  charClass,
  codePointEnd,
  createNormBuffer,
  normalizeInto,
  type NormBuffer,
} from '../normalize';
import { LEXICONS } from '../lexicons';
import { compile, type Compiled, type CompiledView } from './build';
import { contextAllowsHit } from './context';

export interface ObscenityOptions {
  extraTerms?: Array<{ term: string; lang?: Lang }>;
  extraExceptions?: string[];
}

export interface ObscenityDetector {
  detect(text: string): Evidence[];
  /**
   * Work units spent by the last detect() call (characters normalized, stream symbols scanned,
   * per-hit checks). Linear in the input length; exposed so tests can check that without timing.
   */
  readonly lastWork?: number;
}

// ---------------------------------------------------------------------------
// constants (plain numbers for the hot path)
// ---------------------------------------------------------------------------
const C_SPACE = CharClass.Space;
const C_LAT = CharClass.Latin;
const C_CYR = CharClass.Cyr;
const C_CYRX = CharClass.CyrX;
const C_DIGIT = CharClass.Digit;
const C_LEET = CharClass.Leet;
const C_MASK = CharClass.Mask;
const C_CJK = CharClass.Cjk;
const C_GREEK = CharClass.Greek;
const C_OTHERL = CharClass.OtherLetter;
const C_STOP = CharClass.Stop;

const F_PIECE = 1;
const F_JOIN = 2;
/** Position holds a mask or a leet symbol: in masked matching it may stand for any letter (f@ck). */
const F_WILD = 4;

/** Letter-like symbols trimmed from word edges for whole-word checks: ! | ( < + @ * # */
function isTrim(c: number): boolean {
  return c === 0x21 || c === 0x7c || c === 0x28 || c === 0x3c || c === 0x2b || c === 0x40 || c === 0x2a || c === 0x23;
}

const P_LAT = 1;
const P_CYR = 2;
const P_MASK = 4;
/** Contains a leet character whose reading is ambiguous in Cyrillic (3 = з/е, 4 = ч/а, @ = а/я). */
const P_AMBIG = 8;

function withOverrides(base: Uint16Array, spec: string): Uint16Array {
  const t = base.slice();
  for (const pair of spec.split(' ')) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
  return t;
}
const CYR_ALT_A_DIGIT = withOverrides(CYR_LEET_DIGIT, '3е 4а');
const CYR_ALT_B_FOLD = withOverrides(CYR_FOLD, '@я');
/** Traditional → simplified for the characters of the Chinese lexicon (他媽的, 賤人, 腦殘 …). */
const TRAD_TO_SIMP = new Uint16Array(0x10000);
{
  const pairs = '媽妈 幹干 賤贱 腦脑 殘残 滾滚 雞鸡 臥卧 嗎吗 馬马 個个 們们 貨货 騷骚 爛烂 雜杂 種种 東东 龜龟 兒儿 孫孙 豬猪 廢废 筆笔 裝装 樣样 爺爷 頭头 養养 瑪玛 癡痴 鳥鸟 屍尸 糞粪 賣卖 媽妈 嗎吗 吊吊 屌屌 隻只 說说 這这 麼么 對对 們们 犢犊 氣气 來来 鬼鬼 畜畜 孃娘 妳你 伱你 祢你 屄屄 肏肏 嬲操 黃黄 愛爱 黑黑 淫淫 蕩荡 婦妇 鬍胡 孖孖 痴痴 飛飞 機机 約约 砲炮 癈废 兒儿 狗狗 逼逼';
  for (let k = 0; k + 1 < pairs.length; k += 3) TRAD_TO_SIMP[pairs.charCodeAt(k)] = pairs.charCodeAt(k + 1);
}
const MAX_MASKED_WORDS = 64;
const MAX_MASKED_LEN = 48;
/** How far a hit inside a joined word is widened to the spaced letters around it. */
const MAX_EXTEND = 32;
/** Candidate spellings tried in masked matching per text (bounds the worst case to ~1 ms). */
const MAX_MASKED_STEPS = 60_000;

/** Growable scratch arrays, reused between calls (detect() is synchronous). */

type Growable = Int32Array | Uint16Array | Uint8Array;

/** A copy of `a` with room for `cap` items, keeping its first `keep` items. */
function grow<T extends Growable>(a: T, cap: number, keep = a.length): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a.subarray(0, keep) as ArrayLike<number>);
  return b;
}

class Stream {
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

interface Hit {
  start: number;
  end: number;
  entry: number;
}

class Pieces {
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

const CYR_VOWELS = new Set([0x430, 0x435, 0x438, 0x43e, 0x443, 0x44b, 0x44d, 0x44e, 0x44f, 0x44c]);

class Detector implements ObscenityDetector {
  private readonly norm: NormBuffer = createNormBuffer(1024);
  private readonly pieces = new Pieces();
  private readonly lat = new Stream();
  private readonly cyr = new Stream();
  private cjkSym = new Uint16Array(256);
  private cjkPos = new Int32Array(256);
  private hits: Hit[] = [];
  private codes: Uint16Array = new Uint16Array(0);
  lastWork = 0;

  constructor(private readonly c: Compiled) {}

  detect(text: string): Evidence[] {
    try {
      if (typeof text !== 'string' || text.length === 0) return [];
      return this.run(text);
    } catch {
      return [];
    }
  }

  private run(text: string): Evidence[] {
    const norm = normalizeInto(text, this.norm);
    const codes = norm.codes;
    this.codes = codes;
    const n = norm.length;
    this.lastWork = text.length + n;
    this.hits.length = 0;
    // ---- pieces
    const P = this.pieces;
    P.n = 0;
    let anyLat = false;
    let anyCyr = false;
    let anyCjk = false;
    let i = 0;
    let gapType = 2;
    let gapLen = 0;
    const table = CLASS_TABLE;
    while (i < n) {
      const c0 = codes[i];
      const cls = table[c0] || charClass(c0);
      if (cls === C_SPACE || cls === C_STOP || cls === C_CJK || cls === CharClass.Soft) {
        if (cls === C_CJK) anyCjk = true;
        if (cls === C_SPACE) {
          if (gapType === 0) gapType = 1;
        } else if (cls !== CharClass.Soft) gapType = 2;
        gapLen++;
        i++;
        continue;
      }
      // a piece
      const p = P.push();
      P.start[p] = i;
      P.gap[p] = P.n === 1 || gapLen > 6 ? 2 : gapType;
      let flags = 0;
      let letters = 0;
      let digits = 0;
      let syms = 0;
      while (i < n) {
        const ch = codes[i];
        const k = table[ch] || charClass(ch);
        if (ch === 0x33 || ch === 0x34 || ch === 0x40) flags |= P_AMBIG;
        if (k === C_LAT || k === C_CYRX || k === C_GREEK) {
          flags |= P_LAT;
          letters++;
        } else if (k === C_CYR) {
          flags |= P_CYR;
          letters++;
        } else if (k === C_DIGIT) digits++;
        else if (k === C_MASK) flags |= P_MASK;
        else if (k === C_OTHERL) letters++;
        else if (k === C_LEET) syms++;
        else break;
        i++;
      }
      P.end[p] = i;
      P.flags[p] = flags;
      P.letters[p] = letters;
      P.digits[p] = digits;
      P.syms[p] = syms;
      if (flags & P_LAT) anyLat = true;
      if (flags & P_CYR) anyCyr = true;
      gapType = 0;
      gapLen = 0;
    }
    if (anyLat || anyCyr) {
      if (anyLat) this.buildStream(this.lat, codes, P_LAT, LAT_FOLD, LAT_LEET_DIGIT);
      if (anyCyr) this.buildStream(this.cyr, codes, P_CYR, CYR_FOLD, CYR_LEET_DIGIT);
      if (anyLat) this.scan(this.lat, this.c.lat);
      if (anyCyr) this.scan(this.cyr, this.c.cyr);
    }
    if (anyCjk) this.scanCjk(codes, n);
    if (this.hits.length === 0) return [];
    this.applyContexts(codes, n, anyCjk);
    if (this.hits.length === 0) return [];
    return this.toEvidence(text, norm.map);
  }

  // -------------------------------------------------------------------------
  private buildStream(S: Stream, codes: Uint16Array, viewFlag: number, fold: Uint16Array, leet: Uint16Array): void {
    S.reset();
    const P = this.pieces;
    let prevEmitted = -2;
    // regular words
    for (let p = 0; p < P.n; p++) {
      if (!(P.flags[p] & viewFlag)) continue;
      if (prevEmitted === p - 1 && P.gap[p] !== 2) S.sep(SEP);
      else S.sep(BREAK);
      this.emitToken(S, codes, p, p, fold, leet, false);
      prevEmitted = p;
    }
    // ambiguous Cyrillic leet (з@3б@ли, бл@ть, ху3вая): alternative readings as extra words
    if (viewFlag === P_CYR) {
      for (let p = 0; p < P.n; p++) {
        if ((P.flags[p] & (P_CYR | P_AMBIG)) !== (P_CYR | P_AMBIG)) continue;
        S.sep(BREAK);
        this.emitToken(S, codes, p, p, fold, CYR_ALT_A_DIGIT, false);
        S.sep(BREAK);
        this.emitToken(S, codes, p, p, CYR_ALT_B_FOLD, CYR_ALT_A_DIGIT, false);
      }
    }
    // joined words
    let g = 0;
    while (g < P.n) {
      let h = g;
      while (h + 1 < P.n && this.joinable(h, h + 1)) h++;
      if (h > g) {
        let flags = 0;
        for (let q = g; q <= h; q++) flags |= P.flags[q];
        if (flags & viewFlag) {
          S.sep(BREAK);
          this.emitToken(S, codes, g, h, fold, leet, true);
          if (viewFlag === P_CYR && flags & P_AMBIG) {
            S.sep(BREAK);
            this.emitToken(S, codes, g, h, fold, CYR_ALT_A_DIGIT, true);
            S.sep(BREAK);
            this.emitToken(S, codes, g, h, CYR_ALT_B_FOLD, CYR_ALT_A_DIGIT, true);
          }
        }
      }
      g = h + 1;
    }
  }

  private joinable(a: number, b: number): boolean {
    const P = this.pieces;
    const gap = P.gap[b];
    if (gap === 0) return true;
    if (gap === 1) {
      // single letters separated by spaces: f u c k
      return this.single(a) && this.single(b) && P.start[b] - P.end[a] <= 6;
    }
    return false;
  }

  /** One letter or digit, possibly with leet/mask symbols around it (t!!!). */
  private single(p: number): boolean {
    const P = this.pieces;
    const len = P.end[p] - P.start[p];
    if (P.letters[p] + P.digits[p] === 1) return len <= 4;
    // a lone mask or letter-like symbol between spaced letters: f * c k, с у к @
    if (len !== 1) return false;
    const c = this.codes[P.start[p]];
    return c === 0x2a || c === 0x23 || c === 0x40 || c === 0x24 || c === 0x28 || c === 0x21;
  }

  private emitToken(S: Stream, codes: Uint16Array, p0: number, p1: number, fold: Uint16Array, leet: Uint16Array, joined: boolean): void {
    const P = this.pieces;
    let letters = 0;
    let digits = 0;
    let syms = 0;
    let mixed = 0;
    for (let q = p0; q <= p1; q++) {
      letters += P.letters[q];
      digits += P.digits[q];
      syms += P.syms[q];
      mixed |= P.flags[q];
    }
    if (letters === 0) return;
    // leetspeak digits only in words with enough real letters (not in model numbers like A55)
    // (not in hex ids like e644178b, not in long machine strings)
    let total = 0;
    for (let q = p0; q <= p1; q++) total += P.end[q] - P.start[q];
    let leetOk = digits + syms > 0 && letters + syms >= 2 && (digits <= letters || syms >= 1) && total <= 24;
    if (leetOk && digits >= 2 && syms === 0 && total >= 6 && isHexLike(codes, P.start[p0], P.end[p1])) leetOk = false;
    S.ensure(total + 2);
    const t = S.newToken();
    const start = S.len;
    const sym = S.sym;
    const run = S.run;
    const bpos = S.bpos;
    const bend = S.bend;
    const flg = S.flags;
    const tok = S.tok;
    let len = S.len;
    let anyWild = false;
    for (let q = p0; q <= p1; q++) {
      let f = q === p0 ? F_PIECE : F_PIECE | F_JOIN;
      // digits are letters only in pieces that have letters (not 4744 next to a word)
      const pieceLeet = leetOk && (P.letters[q] > 0 || p0 === p1 || P.digits[q] <= 1);
      // a piece also "starts" after its leading symbols: (f u c k), #f💩u💩c💩k
      let lead = P.start[q];
      while (lead < P.end[q] - 1 && isTrim(codes[lead])) lead++;
      for (let k = P.start[q]; k < P.end[q]; k++) {
        const c = codes[k];
        if (k === lead && k > P.start[q]) f |= q === p0 ? F_PIECE : F_PIECE | F_JOIN;
        let s = c >= 0x30 && c <= 0x39 ? (pieceLeet ? leet[c] || c : c) : fold[c];
        if (s === 0) s = 0x02; // letter of no view: breaks matches
        if (c === 0x2a || c === 0x23 || c === 0x40) {
          f |= F_WILD; // * # @
          anyWild = true;
        }
        if (len > start && s === sym[len - 1] && s !== MASK && s !== 0x02 && !(k === lead && k > P.start[q])) {
          const r = run[len - 1];
          if (r < 0xffff) run[len - 1] = r + 1;
          bend[len - 1] = k;
          flg[len - 1] |= f;
        } else {
          sym[len] = s;
          run[len] = 1;
          bpos[len] = k;
          bend[len] = k;
          flg[len] = f;
          tok[len] = t;
          len++;
        }
        f = 0;
      }
    }
    S.len = len;
    // core: without letter-like symbols at the edges
    let cs = start;
    while (cs < len && isTrim(codes[bpos[cs]])) cs++;
    let ce = len;
    while (ce > cs && isTrim(codes[bend[ce - 1]])) ce--;
    S.tStart[t] = start;
    S.tEnd[t] = len;
    S.cStart[t] = cs;
    S.cEnd[t] = ce > cs ? ce : len;
    S.tJoined[t] = joined ? 1 : 0;
    // masked matching only for single words (not joined ones) with a mask inside (not f***,
    // footnote stars, markdown) and without digits or other symbols (not globs, code, handles)
    let hasWild = 0;
    let allSingle = joined;
    for (let q = p0; q <= p1 && allSingle; q++) if (!this.single(q)) allSingle = false;
    const plain = !joined || allSingle; // f**k, or f💩*💩c💩k — not code or URLs glued together
    const fewDigits = digits === 0 || (leetOk && digits <= 2);
    for (let k = S.cStart[t]; anyWild && k < S.cEnd[t] && plain && fewDigits && syms <= 6; k++) {
      // '@' stands for a hidden letter only in short words (f@ck), not in e-mail addresses
      if (flg[k] & F_WILD && (codes[S.bpos[k]] !== 0x40 || len - start <= 8)) {
        hasWild = 1;
        break;
      }
    }
    if (!hasWild && plain && fewDigits && len - start <= MAX_MASKED_LEN && sym[len - 1] === MASK) hasWild = 1;
    S.tMask[t] = hasWild;
    if (hasWild) S.hasMask = true;
    S.tReal[t] = letters;
    S.tMixed[t] = (mixed & (P_LAT | P_CYR)) === (P_LAT | P_CYR) ? 1 : 0;
  }

  // -------------------------------------------------------------------------
  private scan(S: Stream, V: CompiledView): void {
    const { symOf, delta, alphabet, hasOut, patAt, patNext, outLink } = V.main;
    const pats = V.mainPatterns;
    const sym = S.sym;
    const n = S.len;
    this.lastWork += n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      s = delta[s * alphabet + symOf[sym[i]]];
      if (hasOut[s] === 0) continue;
      for (let t = patAt[s] >= 0 ? s : outLink[s]; t >= 0; t = outLink[t]) {
        for (let p = patAt[t]; p >= 0; p = patNext[p]) {
          const pat = pats[p];
          this.check(S, V, pat.entry, i + 1 - pat.len, i + 1, pat.seps, pat.runs, false);
        }
      }
    }
    if (S.hasMask) this.scanMasked(S, V);
  }

  /**
   * Masked words (f**k, п*зд*те, a*s**les): a mask matches any letter of a lexicon spelling.
   * Bounded: at most MAX_MASKED_WORDS words of at most MAX_MASKED_LEN symbols per text.
   */
  private scanMasked(S: Stream, V: CompiledView): void {
    const sym = S.sym;
    const flags = S.flags;
    let budget = MAX_MASKED_WORDS;
    let steps = MAX_MASKED_STEPS;
    for (let t = 0; t < S.ntok && budget > 0; t++) {
      if (!S.tMask[t]) continue;
      const ts = S.tStart[t];
      const te = S.tEnd[t];
      if (te - ts > MAX_MASKED_LEN) continue;
      let wilds = 0;
      for (let k = ts; k < te; k++) if (flags[k] & F_WILD) wilds++;
      if (wilds > 6) continue; // a censored word hides a few letters, not dozens
      budget--;
      const short = te - ts <= 8;
      for (let i = ts; i < te; i++) {
        const c = sym[i];
        const list = flags[i] & F_WILD ? V.wildAll : V.wild.get(c);
        if (!list) continue;
        if ((steps -= list.length) < 0) return;
        this.lastWork += list.length;
        for (let w = 0; w < list.length; w++) {
          const form = list[w].form;
          const L = form.length;
          if (i + L > te) continue;
          let masks = 0;
          let genuine = 0;
          let ok = true;
          for (let k = 0; k < L; k++) {
            const x = sym[i + k];
            if (x === form.charCodeAt(k)) {
              if (!(flags[i + k] & F_WILD) && isLetterClass(this.codes[S.bpos[i + k]])) genuine++;
              continue;
            }
            if (flags[i + k] & F_WILD && form.charCodeAt(k) !== SEP && (x === MASK || short)) masks++;
            else {
              ok = false;
              break;
            }
          }
          if (!ok || masks === 0 || masks > 3) continue;
          // enough genuine letters (not leet symbols) in the hit: two, or one in a longer word
          // (f***ing, х**во, з**бал)
          const real = genuine;
          if (real < 1 || (real < 2 && S.tReal[t] < 3)) continue;
          // at least one mask inside the word (not a footnote star or markdown)
          let inner = false;
          for (let k = 0; k < L; k++) {
            const q = i + k;
            if (flags[q] & F_WILD && sym[q] !== form.charCodeAt(k) && q >= S.cStart[t] && q < S.cEnd[t]) {
              inner = true;
              break;
            }
          }
          // Russian censoring keeps the first letters and masks the rest (бл*, бл**)
          if (!inner && !(V.view === 'cyr' && real >= 2 && sym[i + L - 1] === MASK && onlyMasks(sym, i + L, te))) continue;
          this.check(S, V, list[w].entry, i, i + L, 0, null, true);
        }
      }
    }
  }

  private check(S: Stream, V: CompiledView, entryId: number, start: number, end: number, seps: number, runs: Uint16Array | null, masked: boolean): void {
    if (start < 0) return;
    this.lastWork += end - start + 1;
    const ta = S.tok[start];
    const tb = S.tok[end - 1];
    if (ta < 0 || tb < 0) return;
    if (ta !== tb && seps === 0) return;
    const entry = this.c.entries[entryId];
    // joined words: the hit must begin at a piece start and cross a join
    if (S.tJoined[ta]) {
      if (!(S.flags[start] & F_PIECE)) return;
      let crosses = false;
      for (let k = start + 1; k < end; k++) {
        if (S.flags[k] & F_JOIN) {
          crosses = true;
          break;
        }
      }
      if (!crosses) return;
    }
    let mode = entry.mode;
    if (S.tMixed[ta] && (mode === 'head' || mode === 'stem')) mode = 'root';
    const cs = S.cStart[ta];
    // a hit may run into trailing symbols (бл@) but starts in leading ones only for longer
    // terms written with @ or $ (@sshole), not for (nm) → cnm
    if (start < cs) {
      if (end - start < 5 || mode === 'word') return;
      for (let k = start; k < cs; k++) {
        const c = this.codes[S.bpos[k]];
        if (c !== 0x40 && c !== 0x24) return;
      }
    }
    if (mode === 'word') {
      if (S.tJoined[ta] && ta === tb) {
        // letters split by separators: short words must be the whole joined word (s-b);
        // longer ones may be one of its parts (a d i c k)
        const len = end - start;
        const whole = start <= cs && end >= S.cEnd[tb];
        if (!whole && (len < 4 || !(end >= S.cEnd[tb] || S.flags[end] & F_PIECE))) return;
      } else if (start > cs || end < S.cEnd[tb]) return;
    } else if (!S.tJoined[ta]) {
      // (in joined words every piece start is a word start: the hit already begins at one)
      if (mode === 'head') {
        if (start > cs) return;
      } else if (mode === 'stem') {
        if (start > cs && !this.prefixOk(S, V, cs, start, entry.iotated)) return;
      }
    }
    if (runs) {
      // short terms: a doubled letter is a different word (as/ass, cook/cok, assess/asses);
      // three or more is stretching (asss, fuuuck)
      const run = S.run;
      for (let k = 0; k < runs.length; k++) {
        const r = run[start + k];
        if (r < runs[k] || (r === 2 && runs[k] === 1 && mode === 'word')) return;
      }
    }
    if (entry.exceptions.length && !masked) {
      const sym = S.sym;
      const lo = S.tStart[ta];
      const hi = S.tEnd[tb];
      this.lastWork += entry.exceptions.length;
      for (const ex of entry.exceptions) {
        const es = end - ex.endOff;
        const ee = es + ex.codes.length;
        if (es < lo || ee > hi) continue;
        let eq = true;
        for (let k = 0; k < ex.codes.length; k++) {
          if (sym[es + k] !== ex.codes.charCodeAt(k)) {
            eq = false;
            break;
          }
        }
        if (eq) return;
      }
    }
    // show the whole word as posted (хуйня, not хуй); in joined words, the hit and the
    // single letters around it (н.а.х.у.й, f u c k e d), not the neighbouring words
    let ws = Math.min(start, cs);
    let we = Math.max(end, S.cEnd[tb]);
    if (S.tJoined[ta]) {
      ws = start;
      we = end;
      const te = S.cEnd[tb];
      const fl = S.flags;
      // bounded, so that a megabyte of spaced letters stays linear
      const weMax = Math.min(te, end + MAX_EXTEND);
      while (we < weMax && (!(fl[we] & F_PIECE) || we + 1 >= te || fl[we + 1] & F_PIECE)) we++;
      const ts = Math.max(S.cStart[ta], start - MAX_EXTEND);
      while (ws > ts && fl[ws] & F_PIECE && fl[ws - 1] & F_PIECE) ws--;
      this.lastWork += we - end + (start - ws);
    }
    this.hits.push({ start: S.bpos[ws], end: S.bend[we - 1], entry: entryId });
  }

  /** Can sym[from, to) (plus a doubled first letter of the stem) be split into word-formation prefixes? */
  private prefixOk(S: Stream, V: CompiledView, from: number, to: number, iotated: boolean): boolean {
    const len = to - from;
    if (len > 3 * V.maxPrefix || V.prefixes.size === 0) return false;
    let str = '';
    for (let k = from; k < to; k++) {
      const c = S.sym[k];
      str += String.fromCharCode(c);
      if (S.run[k] > 1) str += String.fromCharCode(c);
    }
    if (this.decompose(str, V, iotated)) return true;
    if (S.run[to] > 1 && this.decompose(str + String.fromCharCode(S.sym[to]), V, iotated)) return true;
    // a doubled letter inside the prefix may be a single one (за + а… never; по + о…)
    let single = '';
    for (let k = from; k < to; k++) single += String.fromCharCode(S.sym[k]);
    return single !== str && this.decompose(single, V, iotated);
  }

  private decompose(s: string, V: CompiledView, iotated: boolean): boolean {
    // ok[i]: s[0, i) is a sequence of prefixes (a mask matches any letter)
    const L = s.length;
    const ok = new Uint8Array(L + 1);
    const lastOk = new Uint8Array(L + 1); // reached with a prefix allowed before е/ю/я
    ok[0] = 1;
    lastOk[0] = 1;
    const wild = s.indexOf('*') >= 0;
    for (let i = 0; i < L; i++) {
      if (!ok[i]) continue;
      if (!wild) {
        for (let l = 1; l <= V.maxPrefix && i + l <= L; l++) {
          const pre = s.slice(i, i + l);
          if (V.prefixes.has(pre)) {
            ok[i + l] = 1;
            const last = pre.charCodeAt(l - 1);
            if (CYR_VOWELS.has(last)) lastOk[i + l] = 1;
          }
        }
      } else {
        for (const pre of V.prefixes) {
          const l = pre.length;
          if (i + l > L) continue;
          let m = true;
          for (let k = 0; k < l; k++) {
            const c = s.charCodeAt(i + k);
            if (c !== MASK && c !== pre.charCodeAt(k)) {
              m = false;
              break;
            }
          }
          if (m) {
            ok[i + l] = 1;
            if (CYR_VOWELS.has(pre.charCodeAt(l - 1))) lastOk[i + l] = 1;
          }
        }
      }
    }
    if (!ok[L]) return false;
    return !iotated || L === 0 || lastOk[L] === 1;
  }

  // -------------------------------------------------------------------------
  private scanCjk(codes: Uint16Array, n: number): void {
    if (this.cjkSym.length < n + 1) {
      let cap = this.cjkSym.length * 2;
      while (cap < n + 1) cap *= 2;
      this.cjkSym = new Uint16Array(cap);
      this.cjkPos = new Int32Array(cap);
    }
    const sym = this.cjkSym;
    const pos = this.cjkPos;
    let len = 0;
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c === 0xd83d && i + 1 < n && codes[i + 1] === 0xdc34) {
        // 🐴 (horse) for 妈 / 马: 草你🐴
        sym[len] = 0x9a6c;
        pos[len++] = i;
        i++;
        continue;
      }
      const k = charClass(c);
      if (k === C_CJK || (c >= 0x61 && c <= 0x7a) || k === C_DIGIT) {
        sym[len] = TRAD_TO_SIMP[c] || c;
        pos[len++] = i;
      } else if (k === C_STOP || c === 0x21 || k === C_CYR || k === C_CYRX || k === C_OTHERL || k === C_LAT || k === C_GREEK) {
        if (len > 0 && sym[len - 1] !== BREAK) {
          sym[len] = BREAK;
          pos[len++] = -1;
        }
      }
      // spaces, symbols, emoji, masks, leet symbols: skipped
    }
    this.lastWork += len;
    const V = this.c.cjk;
    const A = V.main;
    const { symOf, delta, alphabet, hasOut, patAt, patNext, outLink } = A;
    const pats = V.mainPatterns;
    let s = 0;
    for (let i = 0; i < len; i++) {
      s = delta[s * alphabet + symOf[sym[i]]];
      if (hasOut[s] === 0) continue;
      for (let t = patAt[s] >= 0 ? s : outLink[s]; t >= 0; t = outLink[t]) {
        for (let p = patAt[t]; p >= 0; p = patNext[p]) {
          const pat = pats[p];
          const end = i + 1;
          const start = end - pat.len;
          if (pat.latinStart && start > 0 && isAsciiLetter(sym[start - 1])) continue;
          if (pat.latinEnd && end < len && isAsciiLetter(sym[end])) continue;
          const entry = this.c.entries[pat.entry];
          let excluded = false;
          for (const ex of entry.exceptions) {
            const es = end - ex.endOff;
            const ee = es + ex.codes.length;
            if (es < 0 || ee > len) continue;
            let eq = true;
            for (let q = 0; q < ex.codes.length; q++) {
              if (sym[es + q] !== ex.codes.charCodeAt(q)) {
                eq = false;
                break;
              }
            }
            if (eq) {
              excluded = true;
              break;
            }
          }
          if (!excluded) this.hits.push({ start: pos[start], end: pos[end - 1], entry: pat.entry });
        }
      }
    }
  }

  /** Drop hits of ambiguous terms whose context makes them clean (maine coon, SB Logistics). */
  private applyContexts(codes: Uint16Array, n: number, hasCjk: boolean): void {
    const hits = this.hits;
    let k = 0;
    for (const h of hits) {
      const ctx = this.c.entries[h.entry].ctx;
      if (ctx && h.start >= 0 && h.end >= 0) {
        this.lastWork += 1;
        if (!contextAllowsHit(ctx, codes, n, h.start, h.end, hasCjk)) continue;
      }
      hits[k++] = h;
    }
    hits.length = k;
  }

  // -------------------------------------------------------------------------
  private toEvidence(text: string, map: Int32Array): Evidence[] {
    const raw: Array<Evidence & { id: number }> = [];
    for (const h of this.hits) {
      if (h.start < 0 || h.end < 0) continue;
      const e = this.c.entries[h.entry];
      const start = map[h.start];
      const end = codePointEnd(text, map[h.end]);
      if (!(start >= 0 && end > start && end <= text.length)) continue;
      raw.push({ detector: e.detector, term: e.term, start, end, lang: e.lang, kind: e.kind, rule: e.rule, id: h.entry });
    }
    // longest span first at each start, then the most specific term (bullshit over shit),
    // then the earlier (more canonical) lexicon entry;
    // drop hits inside an already kept one
    raw.sort((a, b) => a.start - b.start || b.end - a.end || b.term.length - a.term.length || a.id - b.id);
    const out: Evidence[] = [];
    let maxEnd = -1;
    for (const ev of raw) {
      if (ev.end <= maxEnd) continue;
      out.push({ detector: ev.detector, term: ev.term, start: ev.start, end: ev.end, lang: ev.lang, kind: ev.kind, rule: ev.rule });
      maxEnd = ev.end;
    }
    return out;
  }
}

/** Only 0-9 a-f between `from` and `to` (commit hashes, ids): digits there are not leetspeak. */
function isHexLike(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = codes[k];
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

function isLetterClass(c: number): boolean {
  const k = CLASS_TABLE[c] || charClass(c);
  return k === C_LAT || k === C_CYR || k === C_CYRX || k === C_GREEK;
}

function onlyMasks(sym: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sym[k] !== MASK) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

let defaultCompiled: Compiled | null = null;

/** Build a detector. The automata are compiled once here; `detect()` is the hot path. */
export function createObscenityDetector(options: ObscenityOptions = {}): ObscenityDetector {
  const hasExtra = (options.extraTerms?.length ?? 0) > 0 || (options.extraExceptions?.length ?? 0) > 0;
  let compiled: Compiled;
  if (hasExtra) {
    compiled = compile([...LEXICONS], options);
  } else {
    defaultCompiled ??= compile([...LEXICONS]);
    compiled = defaultCompiled;
  }
  return new Detector(compiled);
}

export { compile } from './build';
