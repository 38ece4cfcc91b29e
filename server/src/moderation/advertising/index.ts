/**
 * Advertising detector: unauthorized promotion (links, messenger contacts, phone numbers,
 * e-mails, WeChat/QQ ids, SEO spam phrases, homoglyph-disguised brand keywords, phone numbers
 * spelled out in words).
 *
 * Design
 *  - The text is folded once (`foldText` of the one text module, ../normalize) with an offset
 *    map, so every evidence span points into the ORIGINAL text (UTF-16, end exclusive).
 *  - A linear pre-scan (./prescan) and one pass of the phrase index (./phrases) tell which
 *    passes can find anything; each pass is its own module under ./passes, cheap ones first.
 *    The slow libraries only run when the pre-scan says they can find something:
 *    `linkify-it` when a `x.y` / `://` / `@` shape exists, `libphonenumber-js` only on digit
 *    runs of ≥ 7 digits.
 *  - A contact is advertising unless it is the brand's own (`allow`). Ambiguous contacts
 *    (an @handle, an unformatted digit run) need context (./context): a messenger / contact
 *    word right before them, or a promotion topic word anywhere in the comment.
 *
 * Pure module: no Strapi, no I/O, no state between calls. `detect` does not catch: a bug
 * surfaces in the pipeline's stage runner, which fails open and logs.
 */
import type { Evidence } from '../types';
import { foldText } from '../normalize';
import { parseAllowList } from './allow';
import { NUMBER_WORDS } from './numwords';
import {
  PhraseIndex,
  F_STRONG,
  F_TOPIC,
  F_MESSENGER,
  F_CONTACT,
  F_NUMBER_CONTEXT,
  F_AMOUNT,
  F_OBFUSCATION,
  F_WECHAT,
  F_NUMWORD,
  contentHits,
} from './phrases';
import {
  STRONG_PHRASES,
  TOPIC_WORDS,
  MESSENGERS,
  CONTACT_WORDS,
  NUMBER_CONTEXT_WORDS,
  AMOUNT_SUFFIX_WORDS,
  STRONG_TLDS,
  AMBIGUOUS_TLDS,
  CONTACT_HOSTS,
  OBFUSCATION_STOP_LABELS,
  OBFUSCATION_WORDS,
  WECHAT_WORDS,
} from './data';
import * as prescanModule from './prescan';
import { prescan } from './prescan';
import { normalizeRegion } from './context';
import { Scan, finish, type ScanConfig } from './scan';
import { createScreen } from './fast';
import { phrasesPass } from './passes/phrases';
import { messengerLinksPass } from './passes/messenger-links';
import { wechatPass } from './passes/wechat';
import { messengerIdsPass } from './passes/messenger-ids';
import { handlesPass } from './passes/handles';
import { obfuscatedPass } from './passes/obfuscated';
import { createLinkify, linksPass } from './passes/links';
import { phonesPass } from './passes/phones';
import { spelledPhonesPass } from './passes/spelled-phones';

// Bound once (a cross-module constant is a property read on every use).
const { PS_CJK } = prescanModule;

/** Evidence kinds that alone are only a contact, not promotion. */
const BARE_KINDS = new Set(['url', 'email', 'phone']);

/** In this order: each pass skips ranges an earlier one took. */
const PASSES: Array<(c: Scan) => void> = [
  phrasesPass,
  messengerLinksPass,
  wechatPass,
  messengerIdsPass,
  handlesPass,
  obfuscatedPass,
  linksPass,
  phonesPass,
  spelledPhonesPass,
];

export interface AdvertisingOptions {
  /** The brand's own contacts: domains, e-mails / e-mail domains, @handles, phone numbers. */
  allow?: string[];
  /** ISO 3166 alpha-2 region for phone numbers written without a country code (default `US`). */
  defaultPhoneRegion?: string;
  /** Extra phrases that are advertising on their own. */
  extraPhrases?: string[];
  /** Extra promotion topic words (context for ambiguous contacts). */
  extraTopicWords?: string[];
  /**
   * Report every contact even when the comment is already known to be an ad (default
   * false: phone numbers, the slowest check, are skipped once other evidence was found).
   */
  exhaustive?: boolean;
  /** Skip the passes when the screen (./fast) proves a text clean (default true; false to compare both paths). */
  fastPath?: boolean;
}

export interface AdvertisingResult {
  /** Contacts and phrases found, sorted by position (empty: not advertising). */
  evidence: Evidence[];
  /** Whether the comment promotes something (topic or SEO words, messenger contacts, disguised brand words). */
  promotion: boolean;
}

export interface AdvertisingDetector {
  /** Pure: the same text always gives the same result; nothing is kept between calls. Throws only on a bug. */
  detect(text: string): AdvertisingResult;
}

/** The phrase index of a detector: every word list with its flag (built once per detector). */
export function buildPhraseIndex(options: Pick<AdvertisingOptions, 'extraPhrases' | 'extraTopicWords'> = {}): PhraseIndex {
  return new PhraseIndex()
    .add(STRONG_PHRASES, F_STRONG)
    .add(options.extraPhrases ?? [], F_STRONG)
    .add(TOPIC_WORDS, F_TOPIC)
    .add(options.extraTopicWords ?? [], F_TOPIC)
    .add(MESSENGERS, F_MESSENGER)
    .add(CONTACT_WORDS, F_CONTACT)
    .add(NUMBER_CONTEXT_WORDS, F_NUMBER_CONTEXT)
    .add(AMOUNT_SUFFIX_WORDS, F_AMOUNT)
    .add(OBFUSCATION_WORDS, F_OBFUSCATION)
    .add(WECHAT_WORDS, F_WECHAT)
    .add(NUMBER_WORDS, F_NUMWORD);
}

export function createAdvertisingDetector(options: AdvertisingOptions = {}): AdvertisingDetector {
  const region = normalizeRegion(options.defaultPhoneRegion) ?? 'US';
  const index = buildPhraseIndex(options);
  const linkify = createLinkify();
  const cfg: ScanConfig = {
    allow: parseAllowList(options.allow, region),
    region,
    exhaustive: options.exhaustive === true,
    index,
    linkify,
    strongTlds: new Set(STRONG_TLDS),
    ambiguousTlds: new Set(AMBIGUOUS_TLDS),
    contactHosts: new Set(CONTACT_HOSTS),
    stopLabels: new Set(OBFUSCATION_STOP_LABELS),
  };
  const screen = options.fastPath === false ? null : createScreen(index, cfg.allow);

  function detect(text: string): AdvertisingResult {
    if (typeof text !== 'string' || text.length === 0) return { evidence: [], promotion: false };
    // scratch offsets: this call is done with them before any other fold
    const f = foldText(text, true);
    if (f.s.length === 0) return { evidence: [], promotion: false };
    const ps = prescan(f.s);
    if (screen && screen.clean(f, ps)) return { evidence: [], promotion: false };
    const { hits, hitFlags } = screen?.hitsOf(f.s) ?? contentHits(index, f.s, (ps & PS_CJK) !== 0);
    const c = new Scan(cfg, text, f, ps, hits, hitFlags, (hitFlags & (F_TOPIC | F_STRONG)) !== 0);
    for (const pass of PASSES) pass(c);
    const found: Evidence[] = c.st.found;
    const promotion = c.topicAnywhere || found.some((e) => !BARE_KINDS.has(e.kind as string));
    return { evidence: finish(found), promotion };
  }

  return { detect };
}

export { foldText } from '../normalize';
