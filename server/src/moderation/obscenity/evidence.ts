/**
 * From hits to evidence: context rules of ambiguous terms, offsets mapped back to the original
 * text, overlapping hits merged (longest span, then the most specific term).
 */
import type { Evidence } from '../types';
import * as m_normalize from '../normalize';
import type { State } from './buffers';
import * as m_context from './context';

// module-local bindings (hot loops: no cross-module accessor per use)
const { codePointEnd } = m_normalize;
const { contextAllowsHit } = m_context;

/** Drop hits of ambiguous terms whose context makes them clean (maine coon, SB Logistics). */
export function applyContexts(st: State, codes: Uint16Array, n: number, hasCjk: boolean): void {
  const hits = st.hits;
  let k = 0;
  for (const h of hits) {
    const ctx = st.c.entries[h.entry].ctx;
    if (ctx && h.start >= 0 && h.end >= 0) {
      st.lastWork += 1;
      if (!contextAllowsHit(ctx, codes, n, h.start, h.end, hasCjk)) continue;
    }
    hits[k++] = h;
  }
  hits.length = k;
}


// -------------------------------------------------------------------------
export function toEvidence(st: State, text: string, map: Int32Array): Evidence[] {
  const raw: Array<Evidence & { id: number }> = [];
  for (const h of st.hits) {
    if (h.start < 0 || h.end < 0) continue;
    const e = st.c.entries[h.entry];
    const start = map[h.start];
    const end = codePointEnd(text, map[h.end]);
    if (!(start >= 0 && end > start && end <= text.length)) continue;
    raw.push({ detector: e.detector, term: e.term, start, end, lang: e.lang, kind: h.glued ? 'compound' : e.kind, rule: h.glued ? 'insults' : e.rule, id: h.entry });
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
