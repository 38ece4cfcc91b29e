/**
 * Phrase evidence: SEO / selling phrases that are advertising on their own, and brand or topic
 * words disguised with look-alike letters of another script (a mixed-script word folding to one).
 */
import type { Scan } from '../scan';
import { F_MESSENGER, F_STRONG, F_TOPIC } from '../phrases';
import { firstTokenEndingAfter } from '../context';

export function phrasesPass(c: Scan): void {
  const { s, f, st, hits, hitFlags } = c;
  if (hitFlags & F_STRONG) {
    for (const h of hits) if (h.flags & F_STRONG) st.ev(h.from, h.to, h.phrase, 'seo');
  }

  // Homoglyph-disguised brand / topic words: a mixed-script word that folds to one.
  for (const m of f.mixedWords) {
    const toks = c.tokens();
    for (let ti = firstTokenEndingAfter(toks, m.from); ti < toks.length; ti++) {
      const t = toks[ti];
      if (t.from >= m.to) break;
      const fl = c.cfg.index.wordFlags(t.s);
      if (fl & (F_TOPIC | F_MESSENGER | F_STRONG)) {
        st.ev(t.from, t.to, t.s, 'homoglyph');
        c.topicAnywhere = true;
      }
    }
  }
}
