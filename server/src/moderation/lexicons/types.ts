import type { Lang } from '../types';

/**
 * How a lexicon term may sit inside a word (after folding):
 * - `root`: anywhere inside a word (only for roots no clean word contains, modulo exceptions);
 * - `head`: at the start of a word, any ending;
 * - `stem`: at the start of a word or after word-formation prefixes of the language
 *   (e.g. за-, по-, на-, от(ъ)- for Russian), any ending;
 * - `word`: the whole word (phrases: whole words, separated by spaces or `_`).
 * CJK terms are always `root` (Chinese has no spaces); context exceptions handle 操作, 妈妈的 …
 */
export type TermMode = 'root' | 'head' | 'stem' | 'word';

export interface TermSet {
  /** Which folded view the terms are matched in: Latin letters, Cyrillic letters, or CJK characters. */
  view: 'lat' | 'cyr' | 'cjk';
  mode: TermMode;
  lang: Lang;
  /** Reported as Evidence.kind: 'root' | 'word' | 'slur' | 'insult' | 'translit' | 'pinyin' | 'abbr' | 'hanzi' … */
  kind: string;
  /** Whitespace-separated terms; `{a,b,}` brace alternatives expand; `_` stands for a space inside a phrase. */
  terms: string;
}

export interface LexiconSpec {
  lang: Lang;
  sets: TermSet[];
  /** Word-formation prefixes allowed before `stem` terms (per view). */
  prefixes?: Array<{ view: 'lat' | 'cyr'; terms: string }>;
  /** Clean words that contain a bad term; a match inside one of these is not reported. */
  exceptions: Array<{ view: 'lat' | 'cyr' | 'cjk'; terms: string }>;
}
