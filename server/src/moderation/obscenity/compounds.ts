/**
 * Glued words in the Latin stream, decided by splitting them into English words
 * (../segment): a compound stem inside a longer word (asshat, dickbrain) is obscene when no clean
 * split exists and the rest are words; a root term inside a longer word (glasshit) is dropped
 * when the word splits into clean words. The word list is loaded on first use; a dictionary word
 * that the lexicon itself flags (shitty, bullshit) never counts as clean.
 */
import * as m_segment from '../segment';
import type { Dictionary, StemSet } from '../segment';
import * as m_segment_words from '../segment/words';
import * as m_lexicons_en_compounds from '../lexicons/en-compounds';
import type { State, Stream } from './buffers';

// module-local bindings (hot loops: no cross-module accessor per use)
const { classifyGlued, hasCleanSplit, MAX_WORD } = m_segment;
const { englishWords } = m_segment_words;
const { EN_COMPOUND_STEMS } = m_lexicons_en_compounds;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
export const STEMS: StemSet = { anywhere: words(EN_COMPOUND_STEMS.anywhere), first: words(EN_COMPOUND_STEMS.first) };
export const ALL_STEMS: ReadonlySet<string> = new Set([...STEMS.anywhere, ...STEMS.first]);

/**
 * Most memoized answers a clean dictionary keeps. The parts of glued words are whatever the
 * comments hold, so an unbounded memo would grow with every new comment of a long-running
 * site; past this many answers it starts over (the hot words come back at once).
 */
export const MEMO_LIMIT = 50_000;

/** Clean dictionary: a word of the list that the raw lexicon (no splitting) does not flag; memoized (at most MEMO_LIMIT answers). */
export function cleanDictionary(rawFlags: (word: string) => boolean): Dictionary & { readonly memoSize: number } {
  const memo = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      const known = memo.get(word);
      if (known !== undefined) return known;
      const ok = englishWords().has(word) && !rawFlags(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, ok);
      return ok;
    },
    get memoSize() {
      return memo.size;
    },
  };
}

/** The core of a Latin token as plain a–z letters (runs expanded, at most 3), or null. */
function wordOf(S: Stream, t: number): string | null {
  const from = S.cStart[t];
  const to = S.cEnd[t];
  if (to - from > MAX_WORD) return null;
  let w = '';
  for (let k = from; k < to; k++) {
    const c = S.sym[k];
    if (c < 0x61 || c > 0x7a) return null;
    const ch = String.fromCharCode(c);
    w += S.run[k] >= 3 ? ch + ch + ch : S.run[k] === 2 ? ch + ch : ch;
    if (w.length > MAX_WORD) return null;
  }
  return w;
}

export function resolveGlued(st: State, dict: Dictionary): void {
  const S = st.lat;
  if (st.partial) {
    const hits = st.hits;
    let k = 0;
    for (const h of hits) {
      if (h.tok !== undefined && h.tok >= 0) {
        const w = wordOf(S, h.tok);
        st.lastWork += MAX_WORD;
        if (w && hasCleanSplit(w, dict)) continue;
      }
      hits[k++] = h;
    }
    hits.length = k;
  }
  const cands = st.cands;
  let last = -1;
  for (let k = 0; k < cands.length; k += 2) {
    const t = cands[k];
    if (t === last) continue;
    last = t;
    const w = wordOf(S, t);
    st.lastWork += MAX_WORD;
    if (!w || w.length < 6) continue;
    if (classifyGlued(w, dict, STEMS) === 'obscene') {
      st.hits.push({ start: S.bpos[S.cStart[t]], end: S.bend[S.cEnd[t] - 1], entry: cands[k + 1], tok: -1, glued: true });
    }
  }
}
