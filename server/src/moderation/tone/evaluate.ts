/**
 * Scores the tone check on labeled replies: per kind and language, precision and recall of
 * "this reply has a flag of this kind" against the label. Pure; the `tone:eval` CLI prints it.
 */
import { checkTone } from './check';
import { TONE_KINDS, TONE_LANGS, type ToneKind, type ToneLang } from './types';

export interface LabeledReply {
  id: string;
  lang: ToneLang;
  text: string;
  /** Kinds a careful reader flags in this reply; empty for a clean reply. */
  kinds: ToneKind[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface ToneReport {
  total: number;
  /** Replies with no label and no flag, and replies with no label at all. */
  clean: { total: number; flagged: number };
  perKind: Record<ToneKind, Score>;
  perKindLang: Record<ToneKind, Record<ToneLang, Score>>;
  misses: Array<{ id: string; expected: ToneKind[]; got: ToneKind[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });

/** Parses one labeled line; returns a sentence on what is wrong with it instead. */
export function parseLabeled(line: string): LabeledReply | string {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return 'invalid JSON';
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return 'expected a JSON object';
  const r = o as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.text !== 'string')
    return '"id" and "text" must be strings';
  if (!(TONE_LANGS as readonly unknown[]).includes(r.lang))
    return `"lang" must be one of ${TONE_LANGS.join(', ')}`;
  if (
    !Array.isArray(r.kinds) ||
    !r.kinds.every((k) => (TONE_KINDS as readonly unknown[]).includes(k))
  ) {
    return `"kinds" must be a list of ${TONE_KINDS.join(', ')}`;
  }
  return { id: r.id, lang: r.lang as ToneLang, text: r.text, kinds: r.kinds as ToneKind[] };
}

/** Runs the check on each reply (with its language when `withLang`) and scores it. */
export function evaluate(replies: LabeledReply[], withLang = false): ToneReport {
  const perKind = Object.fromEntries(TONE_KINDS.map((k) => [k, empty()])) as Record<
    ToneKind,
    Score
  >;
  const perKindLang = Object.fromEntries(
    TONE_KINDS.map((k) => [k, Object.fromEntries(TONE_LANGS.map((l) => [l, empty()]))])
  ) as Record<ToneKind, Record<ToneLang, Score>>;
  const clean = { total: 0, flagged: 0 };
  const misses: ToneReport['misses'] = [];
  for (const r of replies) {
    const got = new Set(
      checkTone(r.text, withLang ? { lang: r.lang } : {}).flags.map((f) => f.kind)
    );
    const expected = new Set(r.kinds);
    if (!expected.size) {
      clean.total++;
      if (got.size) clean.flagged++;
    }
    let wrong = false;
    for (const k of TONE_KINDS) {
      const g = got.has(k);
      const e = expected.has(k);
      const field = g && e ? 'tp' : g ? 'fp' : e ? 'fn' : null;
      if (!field) continue;
      perKind[k][field]++;
      perKindLang[k][r.lang][field]++;
      if (field !== 'tp') wrong = true;
    }
    if (wrong) misses.push({ id: r.id, expected: [...expected].sort(), got: [...got].sort() });
  }
  for (const s of [
    ...Object.values(perKind),
    ...Object.values(perKindLang).flatMap((m) => Object.values(m)),
  ]) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return { total: replies.length, clean, perKind, perKindLang, misses };
}
