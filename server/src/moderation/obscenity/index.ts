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
 *     бляха, 妈妈的 …), context rules of ambiguous terms; hits are mapped back to UTF-16
 *     offsets of the original text.
 *
 * Modules: buffers (scratch state), pieces (step 2), stream (step 3), boundaries (step 4 per hit),
 * masked (masked words), cjk (Chinese stream), context + evidence (step 4 after matching),
 * build + aho (compiling the lexicons).
 */
import type { Evidence, Lang } from '../types';
import * as m_normalize from '../normalize';
import * as m_lexicons from '../lexicons';
import * as m_build from './build';
import type { Compiled, CompiledView } from './build';
import * as m_buffers from './buffers';
import { State, type Stream } from './buffers';
import * as m_pieces from './pieces';
import * as m_stream from './stream';
import * as m_boundaries from './boundaries';
import * as m_masked from './masked';
import * as m_cjk from './cjk';
import * as m_evidence from './evidence';
import * as m_compounds from './compounds';
import * as m_fast from './fast';
import type { Dictionary } from '../segment';

// module-local bindings (hot loops: no cross-module accessor per use)
const { CYR_FOLD, CYR_LEET_DIGIT, LAT_FOLD, LAT_LEET_DIGIT, normalizeInto } = m_normalize;
const { LEXICONS } = m_lexicons;
const { compile } = m_build;
const { P_CYR, P_LAT } = m_buffers;
const { splitPieces } = m_pieces;
const { buildStream } = m_stream;
const { check } = m_boundaries;
const { scanMasked } = m_masked;
const { scanCjk } = m_cjk;
const { applyContexts, toEvidence } = m_evidence;
const { ALL_STEMS, cleanDictionary, resolveGlued } = m_compounds;
const { screen, SCREEN_CLEAN } = m_fast;

export interface ObscenityOptions {
  extraTerms?: Array<{ term: string; lang?: Lang }>;
  extraExceptions?: string[];
  /** Skip the full scan when the screen proves a text clean (default true; false to compare both paths). */
  fastPath?: boolean;
}

export interface ObscenityDetector {
  detect(text: string): Evidence[];
  /**
   * Work units spent by the last detect() call (characters normalized, stream symbols scanned,
   * per-hit checks). Linear in the input length; exposed so tests can check that without timing.
   */
  readonly lastWork?: number;
}

class Detector implements ObscenityDetector {
  private readonly st: State;

  constructor(
    c: Compiled,
    /** Dictionary for glued words, or null for a raw detector (no splitting). */
    private readonly dict: Dictionary | null,
    /** Use the fast path (./fast.ts); off only to compare both paths in tests. */
    private readonly fast = true,
  ) {
    this.st = new State(c, dict !== null, ALL_STEMS);
  }

  get lastWork(): number {
    return this.st.lastWork;
  }

  /** Errors are not swallowed here: the pipeline's stage runner is the one place that fails open. */
  detect(text: string): Evidence[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    return this.run(text);
  }

  private run(text: string): Evidence[] {
    const st = this.st;
    const norm = normalizeInto(text, st.norm);
    const codes = norm.codes;
    st.codes = codes;
    const n = norm.length;
    st.lastWork = text.length + n;
    // (an array's length is set through a runtime call, even to what it is: only when needed)
    if (st.hits.length !== 0) st.hits.length = 0;
    if (st.cands.length !== 0) st.cands.length = 0;
    st.partial = false;
    if (this.fast) {
      const sc = screen(st.c, codes, n);
      if (sc.verdict === SCREEN_CLEAN) {
        // no Latin or Cyrillic match possible: only Chinese is left to scan
        if (!sc.anyCjk) return [];
        scanCjk(st, codes, n);
        if (st.hits.length === 0) return [];
        applyContexts(st, codes, n, true);
        if (st.hits.length === 0) return [];
        return toEvidence(st, text, norm.map);
      }
    }
    const { anyLat, anyCyr, anyCjk } = splitPieces(st, codes, n);
    if (anyLat) buildStream(st, st.lat, codes, P_LAT, LAT_FOLD, LAT_LEET_DIGIT);
    if (anyCyr) buildStream(st, st.cyr, codes, P_CYR, CYR_FOLD, CYR_LEET_DIGIT);
    if (anyLat) scan(st, st.lat, st.c.lat);
    if (anyCyr) scan(st, st.cyr, st.c.cyr);
    if (anyCjk) scanCjk(st, codes, n);
    if (this.dict) {
      if (st.partial || st.cands.length) resolveGlued(st, this.dict);
    } else if (st.partial) {
      // raw detector (vets dictionary words): a root term inside a longer word does not make it vulgar (mishit)
      st.hits = st.hits.filter((h) => h.tok === undefined || h.tok < 0);
    }
    if (st.hits.length === 0) return [];
    applyContexts(st, codes, n, anyCjk);
    if (st.hits.length === 0) return [];
    return toEvidence(st, text, norm.map);
  }
}

/** One pass of a view's automaton over its stream; every pattern end is checked. */
function scan(st: State, S: Stream, V: CompiledView): void {
  const { symOf, delta, alphabet, hasOut, patAt, patNext, outLink } = V.main;
  const pats = V.mainPatterns;
  const sym = S.sym;
  const n = S.len;
  st.lastWork += n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = delta[s * alphabet + symOf[sym[i]]];
    if (hasOut[s] === 0) continue;
    for (let t = patAt[s] >= 0 ? s : outLink[s]; t >= 0; t = outLink[t]) {
      for (let p = patAt[t]; p >= 0; p = patNext[p]) {
        const pat = pats[p];
        check(st, S, V, pat.entry, i + 1 - pat.len, i + 1, pat.seps, pat.runs, false);
      }
    }
  }
  if (S.hasMask) scanMasked(st, S, V);
}

let defaultCompiled: Compiled | null = null;
let defaultDictionary: Dictionary | null = null;

/** Dictionary words the plain lexicon flags are not clean parts (shared by all detectors). */
function dictionary(): Dictionary {
  if (!defaultDictionary) {
    defaultCompiled ??= compile([...LEXICONS]);
    const raw = new Detector(defaultCompiled, null);
    defaultDictionary = cleanDictionary((w) => raw.detect(w).length > 0);
  }
  return defaultDictionary;
}

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
  return new Detector(compiled, dictionary(), options.fastPath !== false);
}

export { compile } from './build';
