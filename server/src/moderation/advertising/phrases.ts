/**
 * Token / CJK phrase index over a folded string: one pass, hash lookups, no big regex.
 */

export const F_STRONG = 1;
export const F_TOPIC = 2;
export const F_MESSENGER = 4;
export const F_CONTACT = 8;
export const F_NUMBER_CONTEXT = 16;
export const F_AMOUNT = 32;
export const F_OBFUSCATION = 64;
export const F_WECHAT = 128;
/** A number word ("seven", "девятьсот"): a phone number may be spelled out. */
export const F_NUMWORD = 256;

export interface Token {
  from: number;
  to: number;
  s: string;
}

export interface PhraseHit {
  from: number;
  to: number;
  phrase: string;
  flags: number;
  /** index of the first / last token (token phrases only; -1 for CJK phrases) */
  t0: number;
  t1: number;
}

export interface TokEntry {
  toks: string[];
  phrase: string;
  flags: number;
}

/** Latin (incl. extended), Cyrillic, Greek letters, ASCII digits and `_`. */
export function isTokenChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x5f ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x52f)
  );
}

/** isTokenChar as a table (hot loops). */
export const TOKEN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isTokenChar(c)) TOKEN[c] = 1;

/** CJK ideographs, kana, hangul, CJK symbols. */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjk(s.charCodeAt(i))) return true;
  return false;
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenChar(s.charCodeAt(j))) j++;
    out.push({ from: i, to: j, s: s.slice(i, j) });
    i = j;
  }
  return out;
}

/** Characters allowed between the words of a phrase. */
function isGapChar(c: number): boolean {
  return (
    c === 0x20 || c === 0x2d || c === 0x7c || c === 0x2e || c === 0x3a || c === 0x2f ||
    c === 0x09 || c === 0x0a || c === 0xa0 || c === 0xb7 || c === 0x2022 || c === 0x2013 ||
    c === 0x2014 || c === 0x3000 || c === 0x27 || c === 0x2019
  );
}

/**
 * Where a phrase whose first word ends at `j` ends, or -1: its follow-up words with only gap
 * characters (at most 3) between them.
 */
export function phraseEnd(toks: string[], s: string, j: number): number {
  const n = s.length;
  let pos = j;
  for (let m = 1; m < toks.length; m++) {
    let g = pos;
    while (g < n && g - pos <= 3 && isGapChar(s.charCodeAt(g))) g++;
    if (g - pos > 3 || g >= n || !isTokenChar(s.charCodeAt(g))) return -1;
    let h = g + 1;
    while (h < n && isTokenChar(s.charCodeAt(h))) h++;
    const w = toks[m];
    if (h - g !== w.length || !s.startsWith(w, g)) return -1;
    pos = h;
  }
  return pos;
}

export class PhraseIndex {
  private tok = new Map<string, TokEntry[]>();
  private cjk = new Map<number, Array<{ phrase: string; flags: number }>>();
  private tokFlags = new Map<string, number>();
  private minCjkKey = 0x2e80;
  /** 1 where a CJK phrase starts with that char: most chars skip the map lookup. */
  private cjkKey = new Uint8Array(0x10000);
  /** The first words as a trie (built on first use after the last `add`): a word is looked up as it is read. */
  private trie: { symOf: Uint16Array; delta: Int32Array; alphabet: number; lists: Array<TokEntry[] | null> } | null = null;

  add(phrases: Iterable<string>, flags: number): this {
    for (const raw of phrases) {
      const phrase = raw.trim().toLowerCase();
      if (!phrase) continue;
      if (hasCjk(phrase)) {
        const key = phrase.charCodeAt(0);
        if (key < 0x2e80) this.minCjkKey = Math.min(this.minCjkKey, key);
        this.cjkKey[key] = 1;
        const list = this.cjk.get(key) ?? [];
        const ex = list.find((e) => e.phrase === phrase);
        if (ex) ex.flags |= flags;
        else list.push({ phrase, flags });
        // longest first
        list.sort((a, b) => b.phrase.length - a.phrase.length);
        this.cjk.set(key, list);
        continue;
      }
      const toks = tokenize(phrase).map((t) => t.s);
      if (toks.length === 0) continue;
      if (toks.length === 1) this.tokFlags.set(toks[0], (this.tokFlags.get(toks[0]) ?? 0) | flags);
      this.trie = null;
      const list = this.tok.get(toks[0]) ?? [];
      const key = toks.join(' ');
      const ex = list.find((e) => e.toks.join(' ') === key);
      if (ex) ex.flags |= flags;
      else list.push({ toks, phrase: key, flags });
      list.sort((a, b) => b.toks.length - a.toks.length);
      this.tok.set(toks[0], list);
    }
    return this;
  }

  /**
   * Each first word of the token phrases: the flags of the one-word phrases, how many of them
   * are number words, and the phrases of several words starting with it.
   */
  firstWords(): Array<{ word: string; flags: number; numwords: number; longer: TokEntry[] }> {
    return Array.from(this.tok, ([word, list]) => {
      const one = list.filter((e) => e.toks.length === 1);
      return {
        word,
        flags: one.reduce((f, e) => f | e.flags, 0),
        numwords: one.filter((e) => e.flags & F_NUMWORD).length,
        longer: list.filter((e) => e.toks.length > 1),
      };
    });
  }

  /** Union of the flags of the CJK phrases found in `s` (the CJK half of `scan`, without hits). */
  cjkFlags(s: string): number {
    let flags = 0;
    const keys = this.cjkKey;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (keys[c] === 0) continue;
      for (const e of this.cjk.get(c)!) if (s.startsWith(e.phrase, i)) flags |= e.flags;
    }
    return flags;
  }

  /** Flags of a single word (0 when unknown). */
  wordFlags(word: string): number {
    return this.tokFlags.get(word) ?? 0;
  }

  /** The trie of first words: state 0 = no word, 1 = start; `lists[state]` = phrases of the word ending there. */
  private buildTrie(): NonNullable<PhraseIndex['trie']> {
    const symOf = new Uint16Array(0x10000);
    let alphabet = 1;
    for (const word of this.tok.keys()) {
      for (let k = 0; k < word.length; k++) if (symOf[word.charCodeAt(k)] === 0) symOf[word.charCodeAt(k)] = alphabet++;
    }
    const edges: Array<Map<number, number>> = [new Map(), new Map()];
    const lists: Array<TokEntry[] | null> = [null, null];
    for (const [word, list] of this.tok) {
      let st = 1;
      for (let k = 0; k < word.length; k++) {
        const y = symOf[word.charCodeAt(k)];
        let nx = edges[st].get(y);
        if (nx === undefined) {
          nx = edges.length;
          edges[st].set(y, nx);
          edges.push(new Map());
          lists.push(null);
        }
        st = nx;
      }
      lists[st] = list;
    }
    const delta = new Int32Array(edges.length * alphabet);
    edges.forEach((m, st) => m.forEach((nx, y) => (delta[st * alphabet + y] = nx)));
    return (this.trie = { symOf, delta, alphabet, lists });
  }

  /** Token phrases + CJK phrases, in one pass, without materializing the token list. */
  scan(s: string, cjkPresent: boolean): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const n = s.length;
    const { symOf, delta, alphabet, lists } = this.trie ?? this.buildTrie();
    const tok = TOKEN;
    let i = 0;
    while (i < n) {
      let c = s.charCodeAt(i);
      if (tok[c] === 0) {
        i++;
        continue;
      }
      // read the word through the trie: no slice, no map lookup
      let st = delta[alphabet + symOf[c]];
      let j = i + 1;
      while (j < n && tok[(c = s.charCodeAt(j))] === 1) {
        if (st !== 0) st = delta[st * alphabet + symOf[c]];
        j++;
      }
      const list = st === 0 ? null : lists[st];
      if (list) {
        for (const e of list) {
          const k = e.toks.length;
          if (k === 1) {
            hits.push({ from: i, to: j, phrase: e.phrase, flags: e.flags, t0: -1, t1: -1 });
            continue;
          }
          const pos = phraseEnd(e.toks, s, j);
          if (pos >= 0) hits.push({ from: i, to: pos, phrase: e.phrase, flags: e.flags, t0: -1, t1: -1 });
        }
      }
      i = j;
    }
    if (cjkPresent) {
      const minKey = this.minCjkKey;
      const keys = this.cjkKey;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < minKey || keys[c] === 0) continue;
        const list = this.cjk.get(c);
        if (!list) continue;
        for (const e of list) {
          if (s.startsWith(e.phrase, i)) {
            hits.push({ from: i, to: i + e.phrase.length, phrase: e.phrase, flags: e.flags, t0: -1, t1: -1 });
          }
        }
      }
    }
    return hits;
  }
}

const byTo = (x: PhraseHit, y: PhraseHit) => x.to - y.to;

/**
 * The phrase hits the passes read, and their flags: number words only tell that a spelled-out
 * number may be there (two at least), so they are dropped from the hits and their flag kept only
 * for two or more. Shared by `detect` and the screen (./fast), which must read the same hits.
 */
export function contentHits(index: PhraseIndex, s: string, cjk: boolean): { hits: PhraseHit[]; hitFlags: number } {
  let hits = index.scan(s, cjk);
  let hitFlags = 0;
  let numberWords = 0;
  for (let k = 0; k < hits.length; k++) {
    hitFlags |= hits[k].flags;
    if (hits[k].flags & F_NUMWORD) numberWords++;
  }
  if (numberWords > 0) hits = hits.filter((h) => h.flags !== F_NUMWORD);
  if (numberWords < 2) hitFlags &= ~F_NUMWORD;
  if (hits.length > 1) hits.sort(byTo);
  return { hits, hitFlags };
}
