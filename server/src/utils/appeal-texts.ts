/**
 * The appeal link line an explanation ends with, and the answer to an appeal that was not
 * granted: from the explanation texts editors keep (see defaults/explanations.ts), per language.
 */
import { resolveExplanations, type ExplanationTexts } from '../defaults/explanations';

type Texts = Partial<ExplanationTexts> | null | undefined;

/** The line an explanation ends with: where to appeal. */
export const appealLine = (locale: string | null | undefined, url: string, texts?: Texts) =>
  resolveExplanations(locale, texts).appealLink.split('{url}').join(url);

/** The answer to an appeal when the moderator kept the removal; the author's words quoted, never mixed with ours. */
export const appealDecisionMessage = (locale: string | null | undefined, message: string, texts?: Texts) => {
  const t = resolveExplanations(locale, texts);
  const subject = t.appealReviewed.trim();
  const quoted = message.split(/\r\n|\r|\n/).map((line) => `> ${line}`);
  return {
    subject,
    body: [/[.!?。！？]$/.test(subject) ? subject : `${subject}.`, '', t.appealKept, '', t.appealYours, ...quoted].join('\n'),
  };
};
