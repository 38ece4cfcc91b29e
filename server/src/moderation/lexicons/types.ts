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

/** The community-rule category a removal cites (see services/rules.ts): swearing and sexual vocabulary, or an insult/slur. */
export type RuleCategory = 'obscenity' | 'insults';

export interface TermSet {
  /** Which folded view the terms are matched in: Latin letters, Cyrillic letters, or CJK characters. */
  view: 'lat' | 'cyr' | 'cjk';
  mode: TermMode;
  lang: Lang;
  /** Reported as Evidence.kind (the lexicon family): 'root' | 'word' | 'sexual' | 'slur' | 'insult' | 'translit' | 'pinyin' | 'abbr' | 'hanzi' … */
  kind: string;
  /** Rule category the terms fall under (default `obscenity`). */
  rule?: RuleCategory;
  /** Whitespace-separated terms; `{a,b,}` brace alternatives expand; `_` stands for a space inside a phrase. */
  terms: string;
}

/**
 * A context rule for ambiguous terms (negro in Spanish, hooker in rugby, sb as a name):
 * - `cleanNear`: the hit is clean when one of these words stands within `window` words
 *   before or after it in the same sentence (maine coon, tit for tat, color negro);
 * - `abuseOnlyWith`: the hit counts only when the text also has Chinese characters, or one of
 *   these words stands right before it (pinyin abbreviations: 客服SB, you sb — but SB Logistics).
 * Words are plain lower-case words, compared with the normalized text (no disguises).
 */
export interface ContextRule {
  view: 'lat' | 'cyr' | 'cjk';
  /** Terms (as listed in a TermSet) the rule applies to. */
  terms: string;
  cleanNear?: string;
  abuseOnlyWith?: { cjk: boolean; before: string };
  /** Words looked at on each side (default 3). */
  window?: number;
}

export interface LexiconSpec {
  lang: Lang;
  sets: TermSet[];
  /** Word-formation prefixes allowed before `stem` terms (per view). */
  prefixes?: Array<{ view: 'lat' | 'cyr'; terms: string }>;
  /**
   * Clean words that contain a bad term; a match inside one of these is not reported. A trailing
   * `$` (Latin and Cyrillic) means the clean word must end the word as posted (`ebank$`: e-bank,
   * not ebanko).
   */
  exceptions: Array<{ view: 'lat' | 'cyr' | 'cjk'; terms: string }>;
  contexts?: ContextRule[];
}
