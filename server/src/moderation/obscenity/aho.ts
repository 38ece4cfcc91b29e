/**
 * Aho–Corasick automaton over UTF-16 code units, compiled to a dense DFA
 * (`delta[state * A + symbol]`). Symbols outside the patterns' alphabet map to
 * symbol 0, which always leads back to the root. One table lookup per input unit.
 */

export interface Automaton {
  /** Symbol index of a code unit (0 = not in any pattern). */
  readonly symOf: Uint16Array;
  readonly alphabet: number;
  /** Next state per state and symbol: 16-bit while there are fewer than 65536 states (half the cache of 32-bit). */
  readonly delta: Uint16Array | Int32Array;
  /** First pattern id ending exactly at this state, or -1. */
  readonly patAt: Int32Array;
  /** Next pattern id ending at the same state (linked list), or -1. */
  readonly patNext: Int32Array;
  /** Nearest proper suffix state that has patterns, or -1. */
  readonly outLink: Int32Array;
  /** 1 if this state or any suffix state has patterns. */
  readonly hasOut: Uint8Array;
  readonly states: number;
}

/** Build an automaton from patterns given as strings; pattern id = index in the array. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // alphabet
  const symOf = new Uint16Array(0x10000);
  let A = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symOf[c] === 0) symOf[c] = A++;
    }
  }
  // trie with map children
  const children: Array<Map<number, number>> = [new Map()];
  const patEnds: number[][] = [[]];
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id];
    if (p.length === 0) continue;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const a = symOf[p.charCodeAt(i)];
      let t = children[s].get(a);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        patEnds.push([]);
        children[s].set(a, t);
      }
      s = t;
    }
    patEnds[s].push(id);
  }
  const S = children.length;
  const delta = S <= 0xffff ? new Uint16Array(S * A) : new Int32Array(S * A);
  const fail = new Int32Array(S);
  const patAt = new Int32Array(S).fill(-1);
  const patNext = new Int32Array(patterns.length).fill(-1);
  const outLink = new Int32Array(S).fill(-1);
  const hasOut = new Uint8Array(S);
  for (let s = 0; s < S; s++) {
    const ends = patEnds[s];
    for (let k = ends.length - 1; k >= 0; k--) {
      patNext[ends[k]] = patAt[s];
      patAt[s] = ends[k];
    }
  }
  // BFS
  const queue = new Int32Array(S);
  let qh = 0;
  let qt = 0;
  for (const [a, t] of children[0]) {
    delta[a] = t;
    fail[t] = 0;
    queue[qt++] = t;
  }
  hasOut[0] = 0;
  while (qh < qt) {
    const s = queue[qh++];
    const f = fail[s];
    // output link
    outLink[s] = patAt[f] >= 0 ? f : outLink[f];
    hasOut[s] = patAt[s] >= 0 || outLink[s] >= 0 ? 1 : 0;
    const row = s * A;
    const frow = f * A;
    for (let a = 0; a < A; a++) delta[row + a] = delta[frow + a];
    delta[row] = 0;
    for (const [a, t] of children[s]) {
      fail[t] = delta[frow + a];
      delta[row + a] = t;
      queue[qt++] = t;
    }
  }
  return { symOf, alphabet: A, delta, patAt, patNext, outLink, hasOut, states: S };
}
