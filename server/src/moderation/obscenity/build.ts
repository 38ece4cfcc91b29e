/**
 * Compiles lexicon data (plus user terms/exceptions) into automata, once per detector.
 */
import type { Lang } from '../types';
import type { LexiconSpec, RuleCategory, TermMode } from '../lexicons/types';
import { collapseRuns, foldWord, normalizeForMatch } from '../normalize';
import { buildAutomaton, type Automaton } from './aho';
import { buildScreen, isStem, stemsAreTerms } from './screen-build';


export type View = 'lat' | 'cyr' | 'cjk';

export interface Entry {
  term: string;
  lang: Lang;
  kind: string;
  mode: TermMode;
  view: View;
  detector: 'obscenity' | 'custom';
  rule: RuleCategory;
  /** Context rule (ambiguous terms), or null. */
  ctx: EntryContext | null;
  /** Stem starting with е/ю/я: a consonant prefix before it needs ъ/ь. */
  iotated: boolean;
  /**
   * Clean words containing this term: folded codes, where the term ends inside them, and whether
   * the clean word must end the word as posted (lexicon spelling `ebank$`: e-bank, not ebanko).
   */
  exceptions: Array<{ codes: string; endOff: number; atEnd: boolean }>;
}

export interface EntryContext {
  /** Clean when one of these words stands within `window` words around the hit. */
  cleanNear: Set<string> | null;
  /** Abuse only in text with CJK characters, or right after one of these words. */
  abuseOnlyWith: { cjk: boolean; before: Set<string> } | null;
  window: number;
}

export interface Pattern {
  entry: number;
  len: number;
  /** Minimal run length per position (only for short terms with doubled letters), else null. */
  runs: Uint16Array | null;
  /** Number of phrase separators in the pattern (0 for one word). */
  seps: number;
  /** CJK patterns: first/last symbol is an ASCII letter (needs a non-letter neighbour). */
  latinStart: boolean;
  latinEnd: boolean;
}

export interface CompiledView {
  view: View;
  main: Automaton;
  mainPatterns: Pattern[];
  /** Folded spellings (collapsed and raw) per entry for matching masked words (f**k), indexed by first symbol. */
  wild: Map<number, Array<{ entry: number; form: string }>>;
  /** All wildcard forms (for a masked first letter). */
  wildAll: Array<{ entry: number; form: string }>;
  /** The same forms by the symbol at an offset (`wildAt[d].get(c)`: forms with c at d), for a masked first letter. */
  wildAt: Array<Map<number, Array<{ entry: number; form: string }>>>;
  /** Allowed word-formation prefixes (folded, collapsed) for `stem` terms. */
  prefixes: Set<string>;
  maxPrefix: number;
  /**
   * Screen for the fast path (./fast.ts): every pattern with phrase spaces removed, digits read
   * as their leetspeak letter, runs collapsed. A text whose letter skeleton contains none of
   * these cannot match anything in this view.
   */
  screen: Automaton;
  /**
   * Per screen pattern (indexed as screen's patterns): the minimal run length per symbol the
   * full path requires of every pattern it stands for (check(): as ≠ ass), or null when any of
   * them requires none (or its symbols do not line up with the pattern's: spaces dropped, leet
   * digits merged, a compound stem, whose glued-word check reads the letters without runs).
   */
  screenRuns: Array<Uint16Array | null>;
  /**
   * The screen's symbol of every normalized code unit as a letter of this view (its fold, then
   * the screen's symbol: one table read in ./fast.ts instead of two). Digits and masks are read
   * apart there.
   */
  screenSyms: Uint16Array;
}

export interface Compiled {
  entries: Entry[];
  lat: CompiledView;
  cyr: CompiledView;
  cjk: CompiledView;
}

/** Expand `{a,b,}` alternatives (one or more groups). */
export function expandBraces(term: string): string[] {
  const open = term.indexOf('{');
  if (open < 0) return [term];
  const close = term.indexOf('}', open);
  if (close < 0) return [term];
  const head = term.slice(0, open);
  const tail = term.slice(close + 1);
  const out: string[] = [];
  for (const alt of term.slice(open + 1, close).split(',')) {
    for (const rest of expandBraces(tail)) out.push(head + alt + rest);
  }
  return out;
}

export function splitTerms(block: string): string[] {
  const out: string[] = [];
  for (const raw of block.split(/\s+/)) {
    if (!raw) continue;
    for (const t of expandBraces(raw)) if (t) out.push(t.replace(/_/g, ' '));
  }
  return out;
}

/** Fold a term to the symbols of a view (before run collapsing). */
export function foldTerm(term: string, view: View): string {
  if (view === 'cjk') return normalizeForMatch(term).text.replace(/\s+/g, '');
  return foldWord(term.trim().replace(/\s+/g, ' '), view).replace(/ +/g, ' ');
}

const IOTATED = new Set(['е', 'ю', 'я']);
const MAX_VARIANTS = 16;

/** Leetspeak ambiguities that the text side cannot resolve: 1/!/| read as i but may stand for l; v for u. */
function leetVariants(s: string, view: View): string[] {
  const out = new Set<string>([s]);
  if (view !== 'lat') return [...out];
  const ls: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === 'l') ls.push(i);
  const k = Math.min(ls.length, 3);
  for (let mask = 1; mask < 1 << k; mask++) {
    const arr = s.split('');
    for (let b = 0; b < k; b++) if (mask & (1 << b)) arr[ls[b]] = 'i';
    out.add(arr.join(''));
  }
  for (const v of [...out]) if (v.includes('u')) out.add(v.replace(/u/g, 'v'));
  return [...out].slice(0, MAX_VARIANTS);
}

export interface ExtraInput {
  extraTerms?: Array<{ term: string; lang?: Lang }>;
  extraExceptions?: string[];
}

function viewOfText(t: string): View {
  if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(t)) return 'cjk';
  if (/\p{Script=Cyrillic}/u.test(t) && !/[a-z]/i.test(t)) return 'cyr';
  return 'lat';
}

export function compile(specs: LexiconSpec[], extra: ExtraInput = {}): Compiled {
  const entries: Entry[] = [];
  const raw: Record<View, Array<{ entry: number; folded: string }>> = { lat: [], cyr: [], cjk: [] };
  const seen = new Set<string>();

  const addEntry = (term: string, view: View, mode: TermMode, lang: Lang, kind: string, detector: Entry['detector'], rule: RuleCategory = 'obscenity') => {
    const folded = foldTerm(term, view);
    if (!folded || folded.length < 1) return;
    const key = `${view}\u0000${mode}\u0000${folded}`;
    if (seen.has(key)) return;
    seen.add(key);
    const id = entries.length;
    entries.push({ term, lang, kind, mode, view, detector, rule, ctx: null, iotated: view === 'cyr' && IOTATED.has(folded[0]), exceptions: [] });
    raw[view].push({ entry: id, folded });
  };

  for (const spec of specs) {
    for (const set of spec.sets) {
      for (const t of splitTerms(set.terms)) addEntry(t, set.view, set.view === 'cjk' ? 'root' : set.mode, set.lang, set.kind, 'obscenity', set.rule ?? 'obscenity');
    }
  }
  // context rules of ambiguous terms, attached to every entry of the term
  for (const spec of specs) {
    for (const rule of spec.contexts ?? []) {
      const words = (s?: string) => (s ? new Set(s.split(/\s+/).filter(Boolean).map((w) => normalizeForMatch(w).text)) : null);
      const ctx: EntryContext = {
        cleanNear: words(rule.cleanNear),
        abuseOnlyWith: rule.abuseOnlyWith ? { cjk: rule.abuseOnlyWith.cjk, before: words(rule.abuseOnlyWith.before) ?? new Set() } : null,
        window: rule.window ?? 3,
      };
      const terms = new Set(splitTerms(rule.terms));
      for (const e of entries) if (e.view === rule.view && terms.has(e.term) && e.detector === 'obscenity') e.ctx = ctx;
    }
  }
  for (const x of extra.extraTerms ?? []) {
    if (!x || typeof x.term !== 'string') continue;
    const term = x.term.trim();
    // literal terms only: at least one letter, bounded length (no symbol-only patterns)
    if (!term || term.length > 64 || !/\p{L}/u.test(term)) continue;
    const view: View = x.lang === 'zh' ? 'cjk' : x.lang === 'ru' && viewOfText(term) !== 'cjk' ? 'cyr' : x.lang === 'en' ? 'lat' : viewOfText(term);
    const folded = foldTerm(term, view);
    const len = view === 'cjk' ? folded.length : collapseRuns(folded).text.length;
    const mode: TermMode = view === 'cjk' ? 'root' : len <= 3 || folded.includes(' ') ? 'word' : 'head';
    addEntry(term, view, mode, x.lang ?? (view === 'cjk' ? 'zh' : view === 'cyr' ? 'ru' : 'en'), 'custom', 'custom');
  }

  const exceptions: Record<View, string[]> = { lat: [], cyr: [], cjk: [] };
  for (const spec of specs) for (const ex of spec.exceptions) exceptions[ex.view].push(...splitTerms(ex.terms));
  for (const e of extra.extraExceptions ?? []) {
    if (typeof e !== 'string' || !e.trim() || e.length > 128) continue;
    exceptions.lat.push(e);
    exceptions.cyr.push(e);
    exceptions.cjk.push(e);
  }

  const prefixes: Record<'lat' | 'cyr', Set<string>> = { lat: new Set(), cyr: new Set() };
  for (const spec of specs) {
    for (const p of spec.prefixes ?? []) for (const t of splitTerms(p.terms)) prefixes[p.view].add(collapseRuns(foldTerm(t, p.view)).text);
  }

  const stemRuns = stemsAreTerms(entries);
  const compileView = (view: View): CompiledView => {
    const mainStrings: string[] = [];
    const mainPatterns: Pattern[] = [];
    const wild = new Map<number, Array<{ entry: number; form: string }>>();
    const wildAll: Array<{ entry: number; form: string }> = [];
    const mainSeen = new Map<string, Set<number>>();
    const pushMain = (s: string, p: Pattern) => {
      let set = mainSeen.get(s);
      if (!set) mainSeen.set(s, (set = new Set()));
      if (set.has(p.entry)) return;
      set.add(p.entry);
      mainStrings.push(s);
      mainPatterns.push(p);
    };
    const latinEdge = (s: string) => ({
      latinStart: view === 'cjk' && /^[a-z]/.test(s),
      latinEnd: view === 'cjk' && /[a-z]$/.test(s),
    });
    for (const { entry, folded } of raw[view]) {
      const seps = (folded.match(/ /g) ?? []).length;
      if (view === 'cjk') {
        pushMain(folded, { entry, len: folded.length, runs: null, seps: 0, ...latinEdge(folded) });
        continue;
      }
      const { text, runs } = collapseRuns(folded);
      const bare = text.replace(/ /g, '').length;
      // doubled letters of a term are required (niger/nigger, as/ass); short whole words also
      // keep their run lengths for the doubled-letter check (sbb, cook)
      const strict = bare <= 3 || runs.some((r) => r > 1);
      const runArr = strict ? Uint16Array.from(runs) : null;
      for (const v of leetVariants(text, view)) {
        pushMain(v, { entry, len: v.length, runs: runArr, seps, latinStart: false, latinEnd: false });
      }
      const e = entries[entry];
      if (seps > 0 || text.length < (e.kind === 'pinyin' ? 4 : 2)) continue;
      for (const form of new Set([text, folded])) {
        const w = { entry, form };
        wildAll.push(w);
        const k = form.charCodeAt(0);
        let list = wild.get(k);
        if (!list) wild.set(k, (list = []));
        list.push(w);
      }
    }
    const main = buildAutomaton(mainStrings);
    // exceptions: which patterns occur inside each clean word, and where they end
    const exSeen = new Set<string>();
    for (const raw of exceptions[view]) {
      const atEnd = raw.length > 1 && raw.endsWith('$');
      const ex = atEnd ? raw.slice(0, -1) : raw;
      const folded = foldTerm(ex, view);
      const codes = view === 'cjk' ? folded : collapseRuns(folded).text;
      if (!codes) continue;
      let s = 0;
      for (let i = 0; i < codes.length; i++) {
        s = main.delta[s * main.alphabet + main.symOf[codes.charCodeAt(i)]];
        for (let t = main.patAt[s] >= 0 ? s : main.outLink[s]; t >= 0; t = main.outLink[t]) {
          for (let p = main.patAt[t]; p >= 0; p = main.patNext[p]) {
            const entry = mainPatterns[p].entry;
            const key = `${entry}\u0000${codes}\u0000${i + 1}\u0000${atEnd}`;
            if (exSeen.has(key)) continue;
            exSeen.add(key);
            entries[entry].exceptions.push({ codes, endOff: i + 1, atEnd });
          }
        }
      }
    }
    const pre = view === 'cjk' ? new Set<string>() : prefixes[view];
    let maxPrefix = 0;
    for (const p of pre) maxPrefix = Math.max(maxPrefix, p.length);
    const { screen, screenRuns, screenSyms } = buildScreen(mainStrings, mainPatterns, view, (entry) => !stemRuns && isStem(entries[entry]));
    const wildAt: CompiledView['wildAt'] = [];
    for (const w of wildAll) {
      for (let d = 1; d < w.form.length; d++) {
        const at = (wildAt[d] ??= new Map());
        const c = w.form.charCodeAt(d);
        const list = at.get(c);
        if (list) list.push(w);
        else at.set(c, [w]);
      }
    }
    return { view, main, mainPatterns, wild, wildAll, wildAt, prefixes: pre, maxPrefix, screen, screenRuns, screenSyms };
  };

  return { entries, lat: compileView('lat'), cyr: compileView('cyr'), cjk: compileView('cjk') };
}

