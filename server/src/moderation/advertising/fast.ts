/**
 * Fast path of the advertising detector: proves cheaply that no pass can find anything, so
 * the phrase hits, the scan state and the passes are skipped (most comments are clean).
 *
 * It reads the same folded text as the passes (`foldText`; a comment with a mixed-script word
 * takes the full path) and the same pre-scan flags, and walks its words once through an
 * automaton of the phrase index's first words (no slice, no map lookup per word). A comment is
 * clean when none of the passes' entry conditions can hold:
 *  - no link shape, spaced dot or Chinese digit run (pre-scan), no SEO / topic / WeChat word,
 *    no `qq` / `vx` / `wx`, fewer than two number words (spelled phones), no "dot" word, and
 *    "at" / "собака" without a dot form after the next label ("name at gmail . com"), a "。",
 *    a " ." or an '@' anywhere;
 *  - '@' only without a contact, messenger or topic word (an @mention), ':' only without a
 *    messenger name, '/' not right after a word "me" (messenger links: "t . me/x");
 *  - every run of 7–15 digits skipped as the phone pass skips it (glued to a code, a date, an
 *    amount: ./passes/phones nextPhoneRun), or bare digits without a contact word anywhere.
 * Then `detect` gives no evidence and no promotion, exactly as the full path would
 * (tests/unit/moderation/fastpath.test.ts compares both). Linear: one pass over the text.
 */
import type { Folded } from '../normalize';
import * as prescanModule from './prescan';
import * as phrasesModule from './phrases';
import type { PhraseHit, PhraseIndex, TokEntry, Token } from './phrases';
import type { AllowList } from './allow';
import { newPhoneRun, nextPhoneRun } from './passes/phones';
import { obfuscatedShape } from './passes/obfuscated';
import { findSpelledNumbers } from './numwords';
import { amountAfter, contextBefore } from './context';

// Bound once (a cross-module constant is a property read on every use).
const { PS_LINK, PS_SPACED_DOT, PS_CJK_DIGITS, PS_CJK, PS_AT, PS_COLON, PS_SLASH, PS_DIGITS7 } = prescanModule;
const { F_STRONG, F_TOPIC, F_MESSENGER, F_CONTACT, F_OBFUSCATION, F_WECHAT, F_NUMWORD, F_NUMBER_CONTEXT, TOKEN, phraseEnd, contentHits, tokenize } = phrasesModule;

/** Pre-scan flags that always take the full path. */
const PS_FULL = PS_LINK | PS_CJK_DIGITS;
/** Phrase flags that always take the full path (evidence, or promotion on their own). */
const F_FULL = F_STRONG | F_TOPIC | F_WECHAT;
/** Words that make an '@', a phone number or a ':' id a contact. */
const F_OFFER = F_CONTACT | F_MESSENGER | F_TOPIC | F_STRONG;
/** Obfuscation words that only spell an '@': the obfuscated passes also need a dot form. */
const AT_WORDS = new Set(['at', 'собака']);


export interface AdScreen {
  /** Whether the folded text can give no evidence (true: skip the passes). */
  clean(f: Folded, ps: number): boolean;
  /** The phrase hits the last `clean` call computed for `s` (then `detect` need not scan again), or null. */
  hitsOf(s: string): ReturnType<typeof contentHits> | null;
}

/**
 * Builds the screen of a phrase index: a trie of its first words as a transition table
 * (state 0 = no word, 1 = start of a word).
 */
export function createScreen(index: PhraseIndex, allow?: AllowList): AdScreen {
  const words = index.firstWords();
  const symOf = new Uint16Array(0x10000);
  let alphabet = 1;
  for (const { word } of words) {
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (symOf[c] === 0) symOf[c] = alphabet++;
    }
  }
  let states = 2;
  const edges: Array<Map<number, number>> = [new Map(), new Map()];
  const flagsAt: number[] = [0, 0];
  const numAt: number[] = [0, 0];
  const soft: boolean[] = [false, false];
  const longer: Array<TokEntry[] | null> = [null, null];
  for (const { word, flags, numwords, longer: more } of words) {
    let st = 1;
    for (let k = 0; k < word.length; k++) {
      const y = symOf[word.charCodeAt(k)];
      let nx = edges[st].get(y);
      if (nx === undefined) {
        nx = states++;
        edges[st].set(y, nx);
        edges.push(new Map());
        flagsAt.push(0);
        numAt.push(0);
        soft.push(false);
        longer.push(null);
      }
      st = nx;
    }
    flagsAt[st] |= flags;
    numAt[st] += numwords;
    soft[st] = AT_WORDS.has(word);
    if (more.length) longer[st] = more;
  }
  const delta = new Int32Array(states * alphabet);
  edges.forEach((m, st) => m.forEach((nx, y) => (delta[st * alphabet + y] = nx)));
  const FLAGS = Int32Array.from(flagsAt);
  const NUM = Int32Array.from(numAt);
  const SOFT = Uint8Array.from(soft, (b) => (b ? 1 : 0));
  const run = newPhoneRun();
  let lastS: string | null = null;
  let lastHits: ReturnType<typeof contentHits> | null = null;

  function clean(f: Folded, ps: number): boolean {
    lastS = lastHits = null;
    if (ps & PS_FULL || f.mixedWords.length > 0) return false;
    const s = f.s;
    const n = s.length;
    let flags = ps & PS_CJK ? index.cjkFlags(s) : 0;
    if (flags & (F_FULL | F_NUMWORD)) return false;
    // a dot form ("site . com", "(.)", 点) or a "dot" word lets the obfuscated pass run
    let obfuscated = (ps & PS_SPACED_DOT) !== 0 || (flags & F_OBFUSCATION) !== 0;
    let numwords = 0;
    let atWord = false;
    let atDot = false;
    let looseDot = false;
    let st = 0;
    let prev = 0;
    let inWord = false;
    let from = 0;
    const tok = TOKEN;
    const dl = delta;
    const sy = symOf;
    const A = alphabet;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? s.charCodeAt(i) : 0x20;
      if (tok[c] === 1) {
        if (inWord) {
          if (st !== 0) st = dl[st * A + sy[c]];
          // "qq", "vx", "wx" anywhere: the WeChat pass looks for them
          if ((c === 0x71 && prev === 0x71) || (c === 0x78 && (prev === 0x76 || prev === 0x77))) return false;
        } else {
          st = dl[A + sy[c]];
          from = i;
          inWord = true;
        }
      } else {
        if (inWord) {
          // a word ends at i
          inWord = false;
          if (st !== 0) {
            let fl = FLAGS[st];
            const more = longer[st];
            if (more !== null) {
              // phrases of several words: only those that follow here count
              for (const e of more) {
                if (phraseEnd(e.toks, s, i) < 0) continue;
                if (e.flags & (F_FULL | F_OBFUSCATION)) return false;
                fl |= e.flags;
                if (e.flags & F_NUMWORD) numwords++;
              }
            }
            if (fl !== 0) {
              if (fl & F_FULL) return false;
              if (fl & F_OBFUSCATION) {
                if (SOFT[st] === 0) obfuscated = true;
                else {
                  atWord = true;
                  if (!atDot) atDot = labelThenDot(s, i);
                }
              }
              numwords += NUM[st];
              flags |= fl;
            }
          }
          // "me/": the end of a messenger link ("t . me/x", "t .me/x")
          if (i - from === 2 && ps & PS_SLASH && s.charCodeAt(from) === 0x6d && s.charCodeAt(from + 1) === 0x65 && slashAfter(s, i)) return false;
        }
        // "。" anywhere, "." after a space: dot forms of an obfuscated address
        if (c === 0x3002 || (c === 0x2e && isSpace(prev))) looseDot = true;
      }
      prev = c;
    }
    // two number words let the spelled-phones pass run: it finds nothing without a run of them
    if (numwords >= 2 && findSpelledNumbers(s, false).length > 0) return false;
    // "at" / "собака" only spell an address with a dot form after the next label, or an '@'
    if (atWord && (atDot || looseDot || ps & PS_AT || s.includes('собака'))) obfuscated = true;
    // when the obfuscated pass runs, it finds nothing unless one of its patterns matches
    if (obfuscated && obfuscatedShape(s)) return false;
    const offered = (flags & F_OFFER) !== 0;
    if (ps & PS_AT && offered) return false;
    if (ps & PS_COLON && flags & F_MESSENGER) return false;
    if (ps & PS_DIGITS7) {
      // a run the phone pass does not skip outright: formatted, with '+', or near a contact word
      // (the phone pass's skips, in its terms: the brand's own number, an id after "order #", an amount)
      let hits: PhraseHit[] | undefined;
      let toks: Token[] | undefined;
      for (let i = 0; (i = nextPhoneRun(s, i, run)) >= 0; ) {
        if (!(run.plus || run.formatted || offered)) continue;
        if (allow && allow.phone(undefined, run.digits)) continue;
        if (!hits) {
          lastHits = contentHits(index, s, (ps & PS_CJK) !== 0);
          lastS = s;
          hits = lastHits.hits;
        }
        if (contextBefore(s, hits, run.from) & F_NUMBER_CONTEXT) continue;
        if (amountAfter(s, (toks ??= tokenize(s)), run.to)) continue;
        return false;
      }
    }
    return true;
  }

  function hitsOf(s: string): ReturnType<typeof contentHits> | null {
    return lastS === s ? lastHits : null;
  }

  return { clean, hitsOf };
}

/** White space as the passes' regular expressions read it (\s). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * After an "at" word ending at `i`: spaces or closing brackets, a label (letters, digits, '-'),
 * spaces or opening brackets, then a dot ("name at gmail . com", "name (at) site(.)com").
 * Reads at most up to the end of the next word.
 */
function labelThenDot(s: string, i: number): boolean {
  const n = s.length;
  while (i < n && (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === 0x29 || s.charCodeAt(i) === 0x5d || s.charCodeAt(i) === 0x7d)) i++;
  const l = i;
  while (i < n && (TOKEN[s.charCodeAt(i)] === 1 || s.charCodeAt(i) === 0x2d)) i++;
  if (i === l) return false;
  while (i < n && (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === 0x28 || s.charCodeAt(i) === 0x5b || s.charCodeAt(i) === 0x7b)) i++;
  return i < n && s.charCodeAt(i) === 0x2e;
}

/** Whether a '/' follows position `i` after spaces. */
function slashAfter(s: string, i: number): boolean {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return s.charCodeAt(i) === 0x2f;
}
