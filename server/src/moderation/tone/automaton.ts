/**
 * Aho–Corasick over UTF-16 code units: every occurrence of every phrase in one pass over the
 * text, so the check stays linear in the length of the reply whatever the lists hold.
 */
export interface Pattern {
  /** The folded phrase. */
  text: string;
  /** Index of the phrase group it belongs to. */
  group: number;
  /** No word boundary needed after it (the phrase is a stem: `скидк*`). */
  prefix: boolean;
}

export interface Hit {
  start: number;
  end: number;
  pattern: number;
}

export interface Automaton {
  patterns: Pattern[];
  /** All occurrences, by end position then pattern order. */
  scan(text: string): Hit[];
}

export function buildAutomaton(patterns: Pattern[]): Automaton {
  const next: Array<Map<number, number>> = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  patterns.forEach((p, index) => {
    let node = 0;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      let to = next[node].get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        out.push([]);
        next[node].set(c, to);
      }
      node = to;
    }
    out[node].push(index);
  });
  // Breadth-first: failure links and inherited outputs.
  const queue: number[] = [];
  for (const to of next[0].values()) queue.push(to);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [c, to] of next[node]) {
      let f = fail[node];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const target = next[f].get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      if (out[fail[to]].length) out[to] = out[to].concat(out[fail[to]]);
      queue.push(to);
    }
  }
  return {
    patterns,
    scan(text: string): Hit[] {
      const hits: Hit[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (node !== 0 && !next[node].has(c)) node = fail[node];
        node = next[node].get(c) ?? 0;
        for (const index of out[node]) {
          hits.push({ start: i + 1 - patterns[index].text.length, end: i + 1, pattern: index });
        }
      }
      return hits;
    },
  };
}
