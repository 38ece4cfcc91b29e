/** Types of the tone check (pure core: no Strapi import). */

/** What the tone check flags in a moderator's reply. */
export const TONE_KINDS = ['condescension', 'humor', 'bribe', 'overapology'] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

/** Languages with phrase lists. `zh` covers Simplified Chinese. */
export const TONE_LANGS = ['en', 'ru', 'zh'] as const;
export type ToneLang = (typeof TONE_LANGS)[number];

export interface ToneFlag {
  kind: ToneKind;
  /** UTF-16 offsets into the ORIGINAL text: `text.slice(start, end)` is the flagged span. */
  start: number;
  end: number;
  /** Which rule fired (stable id, e.g. `condescension.already-said`); the console translates by it. */
  rule: string;
  /** One English sentence for the moderator: why this reads badly and what to write instead. */
  explanation: string;
}

export interface ToneResult {
  flags: ToneFlag[];
}

export interface ToneOptions {
  /**
   * Language of the reply. Given, only that language's phrase lists run (with the
   * language-neutral markers: emoji, `;)`, `/s`); absent, all of them (mixed replies).
   */
  lang?: ToneLang;
}

/**
 * How a phrase group takes part in the check:
 * - `flag`: a match is a flag of the group's kind;
 * - `obviously`: condescension, unless an admission of the brand's fault is near (same sentence);
 * - `laugh`: humor; the match is widened over the whole laughter run (hahaha, ахахах, 哈哈哈);
 * - `apology`: counted; several in a short passage are over-apology;
 * - `offer` / `removal`: together (close, not negated) they make a bribe;
 * - `removal-verb` + `removal-object` close together (delete … your review, 把帖子删了) make a `removal`;
 * - `repeat-verb` + `repeat-count` close together (explained … three times) are condescension;
 * - `admission` / `negation`: context only, never flagged;
 * - `lead` + `core` of one `family`, within the family's `window` in one sentence: a flag of the
 *   family's rule (feature families: a framing word and its content word, e.g. "as I" … "pointed
 *   out", "had you" … "looked", "вы же" … "понимаете"; family `removal` feeds the bribe rule);
 *   a `guard` of the family between them cancels it ("of course we did NOT … on purpose").
 */
export type PhraseRole =
  | 'flag'
  | 'obviously'
  | 'laugh'
  | 'apology'
  | 'offer'
  | 'removal'
  | 'removal-verb'
  | 'removal-object'
  | 'repeat-verb'
  | 'repeat-count'
  | 'admission'
  | 'negation'
  | 'lead'
  | 'core'
  | 'guard';

export interface PhraseGroup {
  /** Rule id, `<kind>.<name>` for flagging groups. */
  id: string;
  role: PhraseRole;
  /** `any` = language-neutral (emoji, punctuation markers). */
  lang: ToneLang | 'any';
  kind?: ToneKind;
  explanation?: string;
  /** Require white space (or the start of the text) right before the match (`/s`). */
  leftSpace?: boolean;
  phrases: readonly string[];
  /** For `lead` / `core` / `guard`: the rule id the pair flags (or `removal`). */
  family?: string;
  /** For `lead`: how many folded chars may lie between the lead and its core. */
  window?: number;
  /** For `lead`: an admission of the brand's own fault close by cancels the pair. */
  unlessAdmission?: boolean;
}
