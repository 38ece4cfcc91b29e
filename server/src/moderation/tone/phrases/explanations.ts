/** The moderator-facing sentence of each rule (the console shows a translation keyed by rule id). */
export const EXPLANATIONS = {
  'condescension.already-said':
    'Pointing out that it was already said makes the reader feel slow. Answer the question again, plainly.',
  'condescension.obviously':
    '"Obviously" and "clearly" tell the reader they missed something evident. State the fact without it.',
  'condescension.blame-reader':
    'Telling the reader what they should have read or done blames them. Say what to do now instead.',
  'condescension.easy':
    'Calling it simple or common knowledge belittles the reader. Explain the step without judging it.',
  'condescension.dismissive':
    'A dismissive or patronising phrase. Stay neutral and speak to the problem.',
  'humor.laughter': 'Laughter in a reply to a complaint reads as mockery. Keep the reply serious.',
  'humor.joke':
    'A joke or "just kidding" in a brand reply reads as not taking the author seriously.',
  'humor.sarcasm': 'A sarcasm marker. Say what you mean, calmly and literally.',
  'humor.emoji': 'A laughing or winking emoji reads as mockery in a reply to a complaint.',
  'bribe.offer-for-removal':
    'An offer in exchange for deleting or changing a review is a bribe. Offer compensation with no condition on the review.',
  'overapology.repeated':
    'Several apologies in a short reply sound like fawning. Apologise once, then say what you will do.',
  'overapology.grovel':
    'Grovelling reads as insincere. Apologise once, plainly, and state the fix.',
} as const;

export type ToneRule = keyof typeof EXPLANATIONS;
