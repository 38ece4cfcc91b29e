/** Every built-in lexicon, in priority order (earlier entries win ties in the evidence). */
import type { LexiconSpec } from './types';
import { EN_LEXICON } from './en';
import { EN_INSULTS } from './en-insults';
import { EN_SEXUAL } from './en-sexual';
import { RU_LEXICON } from './ru';
import { RU_INSULTS } from './ru-insults';
import { ZH_LEXICON } from './zh';
import { ZH_INSULTS } from './zh-insults';

export const LEXICONS: readonly LexiconSpec[] = [EN_LEXICON, EN_INSULTS, EN_SEXUAL, RU_LEXICON, RU_INSULTS, ZH_LEXICON, ZH_INSULTS];

export type { LexiconSpec, TermSet, ContextRule, RuleCategory, TermMode } from './types';
