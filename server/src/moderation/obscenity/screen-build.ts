/**
 * The screen automaton of a view (CompiledView.screen, read by ./fast), the run lengths its
 * patterns require (CompiledView.screenRuns) and its symbol of each letter (CompiledView.screenSyms).
 */
import { CYR_FOLD, CYR_LEET_DIGIT, LAT_FOLD, LAT_LEET_DIGIT } from '../normalize';
import { buildAutomaton, type Automaton } from './aho';
import { ALL_STEMS } from './compounds';
import type { Entry, Pattern, View } from './build';

/** A compound stem (as State.stemEntry): its glued-word check reads the letters, not the runs. */
export const isStem = (e: Entry) => e.view === 'lat' && e.lang === 'en' && e.detector === 'obscenity' && ALL_STEMS.has(e.term);

/**
 * Whether every compound stem is a term of the lexicon. Then a glued word holding a stem
 * (../segment classifyGlued reads its letters) also holds that term's pattern with its doubled
 * letters, so the screen may check runs of stem patterns too; else stem patterns require none.
 */
export function stemsAreTerms(entries: readonly Entry[]): boolean {
  const terms = new Set(entries.filter(isStem).map((e) => e.term));
  for (const s of ALL_STEMS) if (!terms.has(s)) return false;
  return true;
}

/** The Chinese view has no letters to fold. */
const NO_SYMS = new Uint16Array(0x10000);

/** See CompiledView.screen: each pattern as it is, with phrase spaces removed, and with digits read as leetspeak letters. */
export function buildScreen(
  patterns: readonly string[],
  pats: readonly Pattern[],
  view: View,
  isStem: (entry: number) => boolean,
): { screen: Automaton; screenRuns: Array<Uint16Array | null>; screenSyms: Uint16Array } {
  if (view === 'cjk') return { screen: buildAutomaton([]), screenRuns: [], screenSyms: NO_SYMS };
  const leet = view === 'lat' ? LAT_LEET_DIGIT : CYR_LEET_DIGIT;
  // screen string -> minimal runs (null: none required)
  const out = new Map<string, Uint16Array | null>();
  const add = (p: string, runs: Uint16Array | null, dropSpaces: boolean, leetDigits: boolean) => {
    let t = '';
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c === 0x20 && dropSpaces) continue;
      const d = leetDigits && c >= 0x30 && c <= 0x39 ? leet[c] || c : c;
      if (t.length && t.charCodeAt(t.length - 1) === d && d !== 0x20) continue;
      t += String.fromCharCode(d);
    }
    if (!t) return;
    // the symbols line up with the pattern's only when nothing was dropped or merged
    const req = runs && t.length === p.length && runs.length === p.length ? runs : null;
    if (!out.has(t)) out.set(t, req);
    else {
      const prev = out.get(t)!;
      if (prev === null || req === null) out.set(t, null);
      else out.set(t, prev.map((r, k) => Math.min(r, req[k])));
    }
  };
  patterns.forEach((p, i) => {
    const runs = isStem(pats[i].entry) ? null : pats[i].runs;
    for (const drop of [false, true]) for (const l of [false, true]) add(p, runs, drop, l);
  });
  const strings = [...out.keys()];
  const screenRuns = strings.map((t) => {
    const r = out.get(t)!;
    return r && r.some((x) => x > 1) ? r : null;
  });
  const screen = buildAutomaton(strings);
  return { screen, screenRuns, screenSyms: viewSymbols(screen, view === 'lat' ? LAT_FOLD : CYR_FOLD) };
}

/** `symOf` of automaton A after the view's fold; a code unit the view does not fold reads as 0x02 (a letter of no view). */
function viewSymbols(A: Automaton, fold: Uint16Array): Uint16Array {
  const out = new Uint16Array(0x10000);
  const symOf = A.symOf;
  for (let c = 0; c < 0x10000; c++) out[c] = symOf[fold[c] || 0x02];
  return out;
}
