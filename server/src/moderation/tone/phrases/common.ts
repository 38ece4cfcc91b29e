/**
 * Language-neutral markers: emoji and emoticons of laughter, winks and sarcasm, and `/s`.
 * Sources: Unicode emoji names (face with tears of joy, rolling on the floor laughing,
 * winking face, smirking face, upside-down face…) and common chat conventions.
 * A plain smile (🙂, :)) is friendly, not a joke: it is not on the list. Russian ")))" is
 * recognised separately (a run of closing parentheses that close nothing).
 */
import type { PhraseGroup } from '../types';
import { list } from './list';

export const COMMON: PhraseGroup[] = [
  {
    id: 'humor.emoji', role: 'flag', lang: 'any', kind: 'humor',
    phrases: list(`
      😂 | 🤣 | 😆 | 😹 | 😜 | 😝 | 😛 | 🤪 | 😉 | 😏 | 🙃 | 🤭 | 🙄 | 🤡 | 😅 | ;) | ;-) | ;d | ;p | :p | :-p | :d | :-d |
      =d
    `),
  },
  {
    id: 'humor.sarcasm', role: 'flag', lang: 'any', kind: 'humor', leftSpace: true,
    phrases: list(`
      /s | /sarcasm | /j
    `),
  },
];
