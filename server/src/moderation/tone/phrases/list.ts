/** A phrase list written as `a | b | c` (one string keeps the data compact and readable). */
export const list = (phrases: string): readonly string[] =>
  phrases
    .split('|')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
