import type { LearnOption } from '../../../shared/contracts';
import { allowlistProblem } from '../config/spec';

type Row = Record<string, any>;

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;
const HAN = /\p{Script=Han}/u;
/** How far a word may extend around the evidence (a longer "word" is not one). */
const REACH = 40;
const CONTACTS = new Set(['url', 'email', 'phone', 'handle']);

/** The whole word around [start, end) as written (Chinese has no spaces: the match itself). */
const wordAround = (text: string, start: number, end: number): string => {
  const hit = text.slice(start, end);
  if (HAN.test(hit)) return hit.trim();
  let s = start;
  let e = end;
  while (s > 0 && start - s < REACH && WORD.test(text[s - 1])) s--;
  while (e < text.length && e - end < REACH && WORD.test(text[e])) e++;
  return text.slice(s, e).replace(/^['’_-]+|['’_-]+$/g, '');
};

/**
 * What restoring a log entry could teach the filter, fitted to its evidence: each flagged word
 * as a site exception, each contact (link host, e-mail, @handle, phone) into the allowlist, and
 * for a repeated comment the author as trusted.
 */
export const learnOptions = (entry: Row): LearnOption[] => {
  const out: LearnOption[] = [];
  const seen = new Set<string>();
  const add = (option: LearnOption) => {
    const key = `${option.kind}:${option.value.toLowerCase()}`;
    if (option.value && !seen.has(key)) {
      seen.add(key);
      out.push(option);
    }
  };
  const evidence: Row[] = Array.isArray(entry.evidence) ? entry.evidence.slice(0, 50) : [];
  for (const ev of evidence) {
    if (!ev || typeof ev !== 'object') continue;
    const evidenceKind = typeof ev.kind === 'string' ? ev.kind : null;
    if (ev.detector === 'obscenity' || ev.detector === 'custom') {
      const fieldText = ev.field ? entry.originalData?.[ev.field] : undefined;
      const text = typeof fieldText === 'string' ? fieldText : entry.originalText;
      if (typeof text !== 'string' || !Number.isInteger(ev.start) || !Number.isInteger(ev.end)) continue;
      const word = wordAround(text, ev.start, ev.end);
      if (word.length >= 2 && word.length <= 100) add({ kind: 'term', value: word, detector: ev.detector, evidenceKind });
    } else if (ev.detector === 'advertising' && evidenceKind && CONTACTS.has(evidenceKind) && typeof ev.term === 'string') {
      if (ev.term.length <= 200 && !allowlistProblem(ev.term, {})) {
        add({ kind: 'allowlist', value: ev.term, detector: ev.detector, evidenceKind });
      }
    } else if (ev.detector === 'duplicate' && typeof entry.authorKey === 'string' && entry.authorKey) {
      add({ kind: 'author', value: entry.authorKey, detector: ev.detector, evidenceKind });
    }
  }
  return out;
};
