/**
 * Negativity: whether a clean comment is negative (angry, disappointed, complaining). A small lexical
 * heuristic in English, Russian and Chinese — word stems and phrases, a few negated praises —
 * used to count "negative but clean" reactions to an announcement apart from the rest. It never
 * moderates anything. Pure (no Strapi import), linear in the text (bounded first).
 */

/** Longest text looked at: a reaction's tone shows in its first few hundred characters. */
const MAX_CHARS = 4000;

/** Word stems (matched at a word start, Latin / Cyrillic). */
const STEMS = [
  // English
  'angry', 'annoy', 'awful', 'bad', 'broke', 'complain', 'disappoint', 'disgrac', 'fail', 'frustrat', 'furious',
  'hate', 'horribl', 'joke', 'lie', 'liar', 'lost', 'pathetic', 'refund', 'ridiculous', 'scam', 'shame', 'sick of',
  'slow', 'still not', 'terribl', 'unacceptabl', 'useless', 'waste', 'worst', 'wtf', 'never again', 'where is my',
  // Russian
  'безобраз', 'бесит', 'возмут', 'врёт', 'врете', 'вранье', 'враньё', 'где мой', 'где мои', 'достал', 'жалоб',
  'кошмар', 'надоел', 'недовол', 'отврат', 'позор', 'развод', 'разочар', 'ужас', 'хуже', 'худш', 'обман', 'опять',
  'сколько можно', 'верните', 'до сих пор',
];

/** Chinese phrases (no word boundaries in Chinese: matched anywhere). */
const ZH = ['太差', '垃圾', '失望', '骗', '退款', '投诉', '生气', '愤怒', '糟糕', '恶心', '还没', '到底', '什么时候', '坑', '差劲', '无语'];

const WORD_CHAR = /[\p{L}\p{N}]/u;

const atWordStart = (text: string, index: number) => index === 0 || !WORD_CHAR.test(text[index - 1]);

export interface Negativity {
  negative: boolean;
  /** The stems and phrases found, in order of first appearance. */
  cues: string[];
}

/** Whether `text` reads as negative. Case-insensitive; markup and links are just text here. */
export const negativityOf = (input: string): Negativity => {
  const text = input.slice(0, MAX_CHARS).toLowerCase().replace(/ё/g, 'е');
  const cues: string[] = [];
  for (const stem of STEMS) {
    const s = stem.replace(/ё/g, 'е');
    let at = text.indexOf(s);
    while (at !== -1 && !atWordStart(text, at)) at = text.indexOf(s, at + 1);
    if (at !== -1) cues.push(stem);
  }
  for (const phrase of ZH) if (text.includes(phrase)) cues.push(phrase);
  // Shouting: several exclamation or question marks in a row.
  if (/[!?！？]{3}/.test(text)) cues.push('!!!');
  return { negative: cues.length > 0, cues };
};
