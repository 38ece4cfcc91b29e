/**
 * Advertising detector: unauthorized promotion (links, messenger contacts, phone numbers,
 * e-mails, WeChat/QQ ids, SEO spam phrases, homoglyph-disguised brand keywords).
 *
 * Design
 *  - The text is folded once (`foldText`: NFKC, zero-width removal, mixed-script homoglyph
 *    folding, lower case) with an offset map, so every evidence span points into the
 *    ORIGINAL text (UTF-16, end exclusive).
 *  - Cheap passes first (tokenizer + hash phrase index, a few anchored regexes). The slow
 *    libraries are only called when a pre-scan says they can find something:
 *    `linkify-it` when a `x.y` / `://` / `@` shape exists, `libphonenumber-js` only on digit
 *    runs of ≥ 7 digits (separators allowed) found by a linear scan.
 *  - A contact is advertising unless it is the brand's own (`allow`). Ambiguous contacts
 *    (an @handle, an unformatted digit run) need context: a messenger / contact word right
 *    before them, or a promotion topic word anywhere in the comment. An @mention of another
 *    commenter in normal conversation is not a contact.
 *
 * Pure module: no Strapi, no I/O. `detect` never throws.
 */
import LinkifyIt from 'linkify-it';
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Evidence } from '../types';
import { foldText, originalSpan, originalIndex, type Folded } from '../normalize';
import { parseAllowList, type AllowList } from './allow';
import { NUMBER_WORDS, findSpelledNumbers, isCjkDigit } from './numwords';
import {
  PhraseIndex,
  tokenize,
  isTokenChar,
  isCjk,
  F_STRONG,
  F_TOPIC,
  F_MESSENGER,
  F_CONTACT,
  F_NUMBER_CONTEXT,
  F_AMOUNT,
  F_OBFUSCATION,
  F_WECHAT,
  F_NUMWORD,
  type PhraseHit,
  type Token,
} from './phrases';

/** Evidence kinds that alone are only a contact, not promotion. */
const BARE_KINDS = new Set(['url', 'email', 'phone']);
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

const WEBMAIL = new Set([
  'gmail', 'googlemail', 'mail', 'yandex', 'ya', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud',
  'me', 'proton', 'protonmail', 'pm', 'qq', '163', '126', 'sina', 'foxmail', 'bk', 'inbox', 'list',
  'rambler', 'aol', 'gmx', 'zoho', 'tutanota', 'rocketmail', 'ukr', 'i',
]);

const HANDLE_RE = /(?<![\p{L}\p{N}_.\-@/+])@([a-z0-9_](?:[a-z0-9_.]{1,31}))/gu;
const TG_OBF_RE = /(?<![a-z0-9.\-])(?:h(?:tt|xx)ps?:\/\/)?(?:www\.)?(t|wa|telegram)\s*(?:\.|\(\.\)|\[\.\]|\(dot\)|\[dot\]|\sdot\s|。)\s*me\s*\/\s*(\+?[a-z0-9_\-]{3,64})/g;
const OBF_LINK_RE =
  /(?<![a-z0-9.\-@/])([a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)(\s*[(\[{]\s*(?:\.|dot|точка)\s*[)\]}]\s*|\s+(?:dot|точка)\s+|\s+\.\s+|\s*。\s*|\s*点\s*)([a-z]{2,12}|рф)(?![\p{L}\p{N}])((?:\/[^\s]*)?)/gu;
const OBF_EMAIL_RE =
  /(?<![a-z0-9._\-])([a-z0-9][a-z0-9._\-]{0,63})\s*(?:\s(?:at)\s|\(\s*(?:at|@)\s*\)|\[\s*(?:at|@)\s*\]|\{\s*(?:at|@)\s*\}|\s*собака\s*|\s@\s*|\s*@\s)\s*([a-z0-9][a-z0-9\-]{0,62})\s*(\s(?:dot|точка)\s|\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\s*\.\s*)\s*([a-z]{2,12})(?![a-z0-9])/g;
const WECHAT_RE =
  /(?:(?<![a-z0-9])(wechat|weixin|vx|wx|qq|wei\s*xin)|(微信|薇信|威信|v信|微|扣扣|企鹅|q群)|(?:(\+|加)\s*(?:v|вэ)(?![a-z])))\s*(号|群|id|号码)?\s*([:：=]?)\s*([a-z0-9][a-z0-9_\-]{3,24})(?![a-z0-9_])/g;
const MESSENGER_ID_RE =
  /(?<![a-z0-9])(telegram|tg|тг|телега|телеграм|телеграмм|whatsapp|viber|вайбер|signal|skype|скайп|discord|дискорд|insta|instagram|инст|инста|snapchat|snap|kakao|line)\s*[:：]\s*@?([a-z_][a-z0-9_.]{2,31})(?![a-z0-9_])/g;


const MAX_PHONE_DIGITS = 15;
const AMOUNT_SET = new Set(AMOUNT_SUFFIX_WORDS);
const MIN_PHONE_DIGITS = 7;

export function createAdvertisingDetector(options: AdvertisingOptions = {}): AdvertisingDetector {
  const region = normalizeRegion(options.defaultPhoneRegion) ?? 'US';
  const allow = parseAllowList(options.allow, region);
  const exhaustive = options.exhaustive === true;
  const allowPhoneDigits = (digits: string) => allow.phone(undefined, digits);

  const index = new PhraseIndex()
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

  const strongTlds = new Set(STRONG_TLDS);
  const ambiguousTlds = new Set(AMBIGUOUS_TLDS);
  const contactHosts = new Set(CONTACT_HOSTS);
  const stopLabels = new Set(OBFUSCATION_STOP_LABELS);
  const allTlds = Array.from(new Set([...STRONG_TLDS, ...AMBIGUOUS_TLDS]));

  const linkify = new LinkifyIt();
  linkify.tlds(allTlds, false);
  linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });

  function detect(text: string): AdvertisingResult {
    if (typeof text !== 'string' || text.length === 0) return { evidence: [], promotion: false };
    return run(text);
  }

  function run(text: string): AdvertisingResult {
    const f = foldText(text);
    const s = f.s;
    if (s.length === 0) return { evidence: [], promotion: false };
    const ps = prescan(s);
    let hits = index.scan(s, (ps & PS_CJK) !== 0);
    let tokens: Token[] | undefined; // only materialized when needed
    let hitFlags = 0;
    for (let k = 0; k < hits.length; k++) hitFlags |= hits[k].flags;
    // number words only tell that a spelled-out number may be there; they are no context
    if (hitFlags & F_NUMWORD) hits = hits.filter((h) => h.flags !== F_NUMWORD);
    if (hits.length > 1) hits.sort(byTo);
    const st = new ScanState(text, f);
    let topicAnywhere = (hitFlags & (F_TOPIC | F_STRONG)) !== 0;

    if (hitFlags & F_STRONG) {
      for (const h of hits) if (h.flags & F_STRONG) st.ev(h.from, h.to, h.phrase, 'seo');
    }

    // Homoglyph-disguised brand / topic words: a mixed-script word that folds to one.
    for (const m of f.mixedWords) {
      const toks = (tokens ??= tokenize(s));
      for (let ti = firstTokenEndingAfter(toks, m.from); ti < toks.length; ti++) {
        const t = toks[ti];
        if (t.from >= m.to) break;
        const fl = index.wordFlags(t.s);
        if (fl & (F_TOPIC | F_MESSENGER | F_STRONG)) {
          st.ev(t.from, t.to, t.s, 'homoglyph');
          topicAnywhere = true;
        }
      }
    }

    // 1. messenger links, also obfuscated: "t.me/x", "https://t.me/+invite", "t . me/x", "wa.me/…"
    if (ps & PS_SLASH) {
      TG_OBF_RE.lastIndex = 0;
      for (let m = TG_OBF_RE.exec(s); m; m = TG_OBF_RE.exec(s)) {
        const a = m.index;
        const b = a + m[0].length;
        if (st.isTaken(a, b)) continue;
        const host = m[1] === 'wa' ? 'wa.me' : 't.me';
        if (allow.host(host, '/' + m[2]) || allow.handle(m[2])) continue;
        st.ev(a, b, `${host}/${m[2]}`, 'messenger');
        st.take(a, b);
      }
    }
    // 2. WeChat / QQ ids
    if (hitFlags & F_WECHAT || s.includes('qq') || s.includes('vx') || s.includes('wx')) {
      WECHAT_RE.lastIndex = 0;
      for (let m = WECHAT_RE.exec(s); m; m = WECHAT_RE.exec(s)) {
        const a = m.index;
        const b = a + m[0].length;
        if (st.isTaken(a, b)) continue;
        const [, latinKw, cjkKw, addSign, suffix, colon, id] = m;
        const hasDigit = /\d/.test(id);
        const explicit = !!colon || !!addSign || !!suffix;
        if (cjkKw === '微' && !addSign && !colon) continue; // bare 微 is too common
        if (!hasDigit && !explicit) continue;
        if (latinKw && !hasDigit && !colon) continue;
        if (allow.handle(id)) continue;
        st.ev(a, b, `${(latinKw ?? cjkKw ?? 'v').replace(/\s+/g, '')}:${id}`, 'messenger');
        st.take(a, b);
      }
    }

    // 3. "Telegram: handle" without @
    if (ps & PS_COLON && hitFlags & F_MESSENGER) {
      MESSENGER_ID_RE.lastIndex = 0;
      for (let m = MESSENGER_ID_RE.exec(s); m; m = MESSENGER_ID_RE.exec(s)) {
        const a = m.index;
        const b = a + m[0].length;
        if (st.isTaken(a, b)) continue;
        const id = m[2];
        if (/^[\d.]+$/.test(id) || allow.handle(id)) continue;
        if (m[0].includes('@')) continue; // handled by the @handle pass
        st.ev(a, b, `${m[1]}:${id}`, 'handle');
        st.take(a, b);
      }
    }

    // 4. @handles: a contact when offered as one, a mention otherwise
    if (ps & PS_AT) {
      const contactElsewhere = st.found.length > 0 || topicAnywhere;
      HANDLE_RE.lastIndex = 0;
      for (let m = HANDLE_RE.exec(s); m; m = HANDLE_RE.exec(s)) {
        const a = m.index;
        let handle = m[1];
        while (handle.endsWith('.')) handle = handle.slice(0, -1);
        const b = a + 1 + handle.length;
        if (st.isTaken(a, b)) continue;
        if (allow.handle(handle)) continue;
        if (/^\d+$/.test(handle)) continue;
        const offered = contactWordBefore(s, hits, a, 2, 24);
        if (!offered && !contactElsewhere) continue;
        st.ev(a, b, '@' + handle, 'handle');
      }
    }

    // 5. obfuscated links and e-mails: "site dot com", "site . com", "site(.)com",
    //    "name at gmail dot com"
    if (ps & PS_SPACED_DOT || hitFlags & F_OBFUSCATION) {
      OBF_EMAIL_RE.lastIndex = 0;
      for (let m = OBF_EMAIL_RE.exec(s); m; m = OBF_EMAIL_RE.exec(s)) {
        const a = m.index;
        const b = a + m[0].length;
        if (st.isTaken(a, b)) continue;
        const [, user, domain, dot, tld] = m;
        if (!strongTlds.has(tld) && !ambiguousTlds.has(tld)) continue;
        const plainDot = /^\s*\.\s*$/.test(dot);
        if (plainDot && !WEBMAIL.has(domain)) continue; // "look at example.com" is a link, handled above
        if (stopLabels.has(user) && !WEBMAIL.has(domain)) continue;
        const addr = `${user}@${domain}.${tld}`;
        if (allow.email(addr)) continue;
        st.ev(a, b, addr, 'email');
        st.take(a, b);
      }
      OBF_LINK_RE.lastIndex = 0;
      for (let m = OBF_LINK_RE.exec(s); m; m = OBF_LINK_RE.exec(s)) {
        const a = m.index;
        const b = a + m[0].length;
        if (st.isTaken(a, b)) continue;
        const [, label, , tld, path] = m;
        if (stopLabels.has(label) || /^\d+$/.test(label)) continue;
        if (!strongTlds.has(tld)) continue;
        if (ambiguousTlds.has(tld) && !path) continue;
        const host = `${label}.${tld}`;
        if (allow.host(host, path)) continue;
        st.ev(a, b, host, 'url');
        st.take(a, b);
      }
    }

    // 6. links and e-mails (linkify-it, slow): only when a link shape is present and, unless
    //    `exhaustive`, when the cheap passes found nothing
    if (ps & PS_LINK && (exhaustive || st.found.length === 0)) {
      const view = linkView(s);
      const matches = linkify.match(view);
      for (const m of matches ?? []) {
        let a = m.index;
        const b = m.lastIndex;
        if (st.isTaken(a, b)) continue;
        if (m.schema === 'mailto:') {
          let addr = m.text.replace(/^mailto:/i, '');
          // linkify lets : ; , & = $ into a local part: "例如：dev@x.com" is "dev@x.com"
          const junk = lastJunkInLocalPart(addr);
          if (junk >= 0) {
            a += m.text.length - addr.length + junk + 1;
            addr = addr.slice(junk + 1);
          }
          if (!allow.email(addr)) st.ev(a, b, addr.toLowerCase(), 'email');
          st.take(a, b);
          continue;
        }
        let { host, path } = splitUrl(m.url);
        if (!host) continue;
        // "см.spam-site.xyz": a leading label in another script than the rest is a word before the link
        if (m.schema === '' && !/^www\./i.test(m.text)) {
          let labels = host.split('.');
          while (labels.length > 2 && NON_ASCII.test(labels[0]) && !NON_ASCII.test(labels.slice(1).join('.')) && s.startsWith(labels[0] + '.', a)) {
            a += labels[0].length + 1;
            labels = labels.slice(1);
          }
          host = labels.join('.');
        }
        if (allow.host(host, path) || (isTelegramHost(host) && allow.handle(path.split('/')[1] ?? ''))) {
          st.take(a, b);
          continue;
        }
        const fuzzy = m.schema === '' && !/^www\./i.test(m.text);
        if (fuzzy && !contactHosts.has(host)) {
          const tld = host.slice(host.lastIndexOf('.') + 1);
          const hasPath = path.length > 1;
          if (ambiguousTlds.has(tld) && !hasPath) continue;
          // sentence boundary typo: "done.Great" / "today.It" (capital TLD after a lower-case label)
          const tldPos = a + m.text.toLowerCase().indexOf('.' + tld) + 1;
          const orig = text.charCodeAt(originalIndex(f, tldPos));
          const labelStart = text.charCodeAt(originalIndex(f, a));
          if (!hasPath && orig >= 0x41 && orig <= 0x5a && !(labelStart >= 0x41 && labelStart <= 0x5a)) continue;
          // a bare "word.tld" with a purely numeric label (e.g. "1.5.ru" versions) is not a link
          if (/^[\d.]+\.[a-z]+$/.test(host)) continue;
        }
        const kind = isMessengerHost(host) ? 'messenger' : 'url';
        st.ev(a, b, host + (kind === 'messenger' ? path : ''), kind);
        st.take(a, b);
      }
    }

    // 7. phone numbers (digit runs of >= 7 digits, then libphonenumber). libphonenumber is
    //    slow (10-50 µs a parse), so unless `exhaustive`, numbers are only looked at when
    //    nothing else has shown the comment to be an ad.
    if (ps & PS_DIGITS7 && (exhaustive || st.found.length === 0)) {
      const phones = scanPhones(s, text, (tokens ??= tokenize(s)), hits, topicAnywhere, st);
      for (const p of phones) {
        if (allow.phone(p.e164, p.digits)) continue;
        st.ev(p.from, p.to, p.e164 ?? p.digits, 'phone');
        st.take(p.from, p.to);
      }
    }

    // 8. phone numbers spelled out in words ("plus seven nine one six …", "восемь девятьсот …",
    //    "一三八一二三四五六七八"): read as digits, then the same tests as written numbers
    if ((hitFlags & F_NUMWORD || ps & PS_CJK_DIGITS) && (exhaustive || st.found.length === 0)) {
      for (const p of findSpelledNumbers(s, (ps & PS_CJK_DIGITS) !== 0)) {
        if (st.isTaken(p.from, p.to) || allowPhoneDigits(p.digits)) continue;
        const ctx = contextBefore(s, hits, p.from);
        if (ctx & F_NUMBER_CONTEXT) continue;
        const context = (ctx & (F_CONTACT | F_MESSENGER)) !== 0 || topicAnywhere;
        const e164 = spelledPhone(p.digits, p.plus, context, scriptsOf(text));
        if (!e164 || allow.phone(e164, p.digits)) continue;
        st.ev(p.from, p.to, e164, 'phone');
        st.take(p.from, p.to);
      }
    }

    const promotion = topicAnywhere || st.found.some((e) => !BARE_KINDS.has(e.kind as string));
    return { evidence: finish(st.found), promotion };
  }

  interface PhoneHit {
    from: number;
    to: number;
    digits: string;
    e164?: string;
  }

  function scanPhones(
    s: string,
    text: string,
    tokens: Token[],
    hits: PhraseHit[],
    topicAnywhere: boolean,
    st: ScanState,
  ): PhoneHit[] {
    const out: PhoneHit[] = [];
    let scripts: number | undefined;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      const isDigit = c >= 0x30 && c <= 0x39;
      if (!isDigit && c !== 0x2b /* + */) {
        i++;
        continue;
      }
      // a run of digits and separators
      let j = i;
      let digits = '';
      let lastDigitEnd = -1;
      let seps = 0;
      let sepRun = 0;
      let plus = c === 0x2b;
      if (plus) j++;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) {
          digits += s[j];
          lastDigitEnd = j + 1;
          sepRun = 0;
        } else if (d === 0x20 || d === 0x2d || d === 0x2e || d === 0x28 || d === 0x29 || d === 0xa0 || d === 0x2010 || d === 0x2011 || d === 0x2012) {
          sepRun++;
          seps++;
          if (sepRun > 3) break;
          // "." followed by a non-digit ends the run (sentence end)
        } else break;
        j++;
      }
      if (lastDigitEnd < 0) {
        i = j > i ? j : i + 1;
        continue;
      }
      const from = i;
      const to = lastDigitEnd;
      i = Math.max(to, i + 1);
      if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) continue;
      if (st.isTaken(from, to)) continue;
      const raw = s.slice(from, to);
      const formatted = /[\s\-.()\u00a0\u2010-\u2012]/.test(raw.replace(/^\+\s*/, ''));
      // glued to letters / codes: "YT5136…", "1Z627AA…", "A-2023-95596", "vip17861", "№54…"
      const before = from > 0 ? s.charCodeAt(from - 1) : 0;
      const before2 = from > 1 ? s.charCodeAt(from - 2) : 0;
      const after = to < n ? s.charCodeAt(to) : 0;
      if (isTokenChar(before) || before === 0x23 /* # */ || before === 0x2f || before === 0x3d || before === 0x40) continue;
      if ((before === 0x2d || before === 0x5f || before === 0x2e) && isTokenChar(before2)) continue;
      if (isTokenChar(after) && !(after >= 0x30 && after <= 0x39)) continue;
      if (after === 0x25 /* % */ || isCurrency(after) || isCurrency(before) || isCurrency(before2)) continue;
      if (isDateLike(raw)) continue;
      if (!plus && /^\d{1,3}(?:[ .,\u00a0]\d{3})+$/.test(raw) && !/^\d{3}[ .]\d{3}[ .]\d{4}$/.test(raw)) continue; // 1 000 000
      // identifier context right before ("order #", "заказ №", "订单", "трек") / amount right after
      const ctx = contextBefore(s, hits, from);
      if (ctx & F_NUMBER_CONTEXT) continue;
      if (amountAfter(s, tokens, to)) continue;
      const contact = (ctx & (F_CONTACT | F_MESSENGER)) !== 0;
      const context = contact || topicAnywhere;

      // the brand's own number in any formatting: no need to parse it
      if (allowPhoneDigits(digits)) continue;
      // a bare, unformatted digit run without any contact context is an id, whatever it parses to
      if (!plus && !formatted && !context) continue;

      let parsed: PhoneNumber | undefined;
      if (plus && context && digits.length >= 8) {
        // written internationally AND offered as a contact: '+' + digits already is the E.164
        // form; no need for the (slow) parser to tell us it is a phone number
        out.push({ from, to, digits, e164: '+' + digits });
        continue;
      } else if (plus) {
        // written internationally: a possible number is enough (fictional / new ranges too)
        parsed = parsePhoneNumberFromString('+' + digits);
        if (!parsed || !parsed.isPossible()) continue;
      } else if (formatted && context) {
        // formatted like a phone and offered as a contact: possible in the likeliest region
        scripts ??= scriptsOf(text);
        for (const r of regionsForDigits(digits, scripts, region)) {
          const p = parsePhoneNumberFromString(digits, r);
          if (p && p.isPossible()) {
            parsed = p;
            break;
          }
        }
        if (!parsed) continue;
      } else {
        // bare digits with context, or formatted without context: must be a valid number
        scripts ??= scriptsOf(text);
        for (const r of regionsForDigits(digits, scripts, region)) {
          const p = parsePhoneNumberFromString(digits, r);
          if (p && p.isValid()) {
            parsed = p;
            break;
          }
        }
        if (!parsed) continue;
      }
      out.push({ from, to, digits, e164: parsed?.number });
    }
    return out;
  }

  /**
   * A number spelled in words is a phone number when it is a possible one written with a plus
   * or offered as a contact, or a valid one of at least 10 digits in a likely region.
   */
  function spelledPhone(digits: string, plus: boolean, context: boolean, scripts: number): string | undefined {
    if (plus) {
      const p = parsePhoneNumberFromString('+' + digits);
      return p && p.isPossible() ? p.number : undefined;
    }
    for (const r of regionsForDigits(digits, scripts, region)) {
      const p = parsePhoneNumberFromString(digits, r);
      if (p && (context ? p.isPossible() : digits.length >= 10 && p.isValid())) return p.number;
    }
    return undefined;
  }

  return { detect };
}


/* ----------------------------------------------------------------------------------------- */

const PS_LINK = 1;
const PS_AT = 2;
const PS_COLON = 4;
const PS_DIGITS7 = 8;
const PS_CJK = 16;
const PS_SPACED_DOT = 32;
const PS_SLASH = 64;
/** Seven Chinese numerals in a row (一三八一二三四…). */
const PS_CJK_DIGITS = 128;

const byTo = (x: PhraseHit, y: PhraseHit) => x.to - y.to;

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x430 && c <= 0x44f);
}

/** One linear pass: which (more expensive) passes can find anything at all. */
function prescan(s: string): number {
  let flags = 0;
  let digits = 0;
  let cjkDigits = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits >= MIN_PHONE_DIGITS) flags |= PS_DIGITS7;
    } else if (c === 0x2e /* . */ || c === 0x3002 /* 。 */) {
      const p = i > 0 ? s.charCodeAt(i - 1) : 0;
      const q = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (isAlnum(p) && isAlnum(q) && q > 0x39) flags |= PS_LINK;
      else if (p === 0x20 && q === 0x20) flags |= PS_SPACED_DOT;
      else if (p === 0x28 || p === 0x5b || p === 0x7b || q === 0x29 || q === 0x5d || q === 0x7d) flags |= PS_SPACED_DOT;
      else if (c === 0x3002 && (q === 0x20 || isAlnum(q)) && isAlnum(p)) flags |= PS_SPACED_DOT;
    } else if (c === 0x40 /* @ */) {
      flags |= PS_AT;
      // e-mail shape: "x@y.z" (an @mention alone does not need linkify)
      if (i > 0 && isAlnum(s.charCodeAt(i - 1))) flags |= PS_LINK;
    }
    else if (c === 0x3a /* : */ || c === 0xff1a) {
      flags |= PS_COLON;
      if (s.charCodeAt(i + 1) === 0x2f && s.charCodeAt(i + 2) === 0x2f) flags |= PS_LINK;
    } else if (c === 0x2f /* / */) flags |= PS_SLASH;
    else if (c >= 0x2e80 && (isCjk(c) || c === 0x3007 /* 〇 */)) {
      flags |= PS_CJK;
      if (c === 0x70b9 /* 点 */) flags |= PS_SPACED_DOT;
      if (isCjkDigit(c)) {
        if (++cjkDigits >= MIN_PHONE_DIGITS) flags |= PS_CJK_DIGITS;
        continue;
      }
    }
    if (c !== 0x20) cjkDigits = 0;
  }
  return flags;
}

class ScanState {
  readonly found: Evidence[] = [];
  private taken: Uint8Array | null = null;
  constructor(
    private readonly text: string,
    private readonly f: Folded,
  ) {}

  ev(a: number, b: number, term: string, kind: string): void {
    const span = originalSpan(this.f, a, b);
    this.found.push({ detector: 'advertising', term, kind, start: span.start, end: span.end });
  }

  take(a: number, b: number): void {
    if (!this.taken) this.taken = new Uint8Array(this.f.s.length + 1);
    this.taken.fill(1, a, b);
  }

  isTaken(a: number, b: number): boolean {
    const t = this.taken;
    if (!t) return false;
    for (let k = a; k < b; k++) if (t[k]) return true;
    return false;
  }
}

function normalizeRegion(r: string | undefined): CountryCode | undefined {
  if (!r || !/^[a-z]{2}$/i.test(r)) return undefined;
  return r.toUpperCase() as CountryCode;
}

const SCRIPT_CYR = 1;
const SCRIPT_CJK = 2;

function scriptsOf(text: string): number {
  let f = 0;
  for (let i = 0; i < text.length && f !== 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) f |= SCRIPT_CYR;
    else if (isCjk(c)) f |= SCRIPT_CJK;
  }
  return f;
}

/**
 * Regions to validate a national-format number in, most likely first, from the shape of
 * the number (CN mobile `1[3-9]x…` 11 digits, RU `8 9xx…` / `7 9xx…`, NANP 10 digits) and
 * the scripts of the text. At most three libphonenumber parses per candidate.
 */
function regionsForDigits(d: string, scripts: number, def: CountryCode): CountryCode[] {
  const out: CountryCode[] = [];
  const len = d.length;
  const c0 = d.charCodeAt(0);
  const c1 = d.charCodeAt(1);
  if (len === 11 && c0 === 0x31 && c1 >= 0x33 && c1 <= 0x39) out.push('CN');
  if (len === 11 && (c0 === 0x38 || c0 === 0x37)) out.push('RU');
  if (len === 10 || (len === 11 && c0 === 0x31)) out.push('US');
  if (!out.includes(def)) out.push(def);
  if (scripts & SCRIPT_CYR && !out.includes('RU')) out.push('RU');
  if (scripts & SCRIPT_CJK && !out.includes('CN')) out.push('CN');
  return out.slice(0, 3);
}

function isCurrency(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20bd || c === 0x20b4 || c === 0x20b8 || c === 0xffe5 || c === 0x5143;
}

function isDateLike(raw: string): boolean {
  return (
    /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(raw) ||
    /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(raw) ||
    /^\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+\d{1,2}$/.test(raw)
  );
}

/** Index of the first hit with `to >= minTo` (hits sorted by `to`). */
function firstHitEndingFrom(hits: PhraseHit[], minTo: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].to < minTo) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token with `to > pos` (tokens sorted). */
function firstTokenEndingAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].to <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Flags of the phrases that end just before `pos` (within 20 chars, at most one other
 * word between). Identifier context (`order no.`) only counts for the nearest phrase.
 */
function contextBefore(s: string, hits: PhraseHit[], pos: number): number {
  let flags = 0;
  let nearest: PhraseHit | undefined;
  for (let k = firstHitEndingFrom(hits, pos - 20); k < hits.length && hits[k].to <= pos; k++) {
    const h = hits[k];
    const between = s.slice(h.to, pos);
    const words = countWords(between);
    if (words <= 1 && !between.includes('\n')) flags |= h.flags;
    if (words === 0 && pos - h.to <= 12 && (!nearest || h.to >= nearest.to)) nearest = h;
  }
  if (!nearest || !(nearest.flags & F_NUMBER_CONTEXT)) flags &= ~F_NUMBER_CONTEXT;
  return flags;
}

function countWords(between: string): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < between.length; k++) {
    const c = between.charCodeAt(k);
    const w = isTokenChar(c) || isCjk(c);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

/** A price / amount word right after a number ("19 990 руб", "1466元"). */
function amountAfter(s: string, tokens: Token[], pos: number): boolean {
  let k = pos;
  while (k < s.length && k - pos < 2 && s.charCodeAt(k) === 0x20) k++;
  const ti = firstTokenEndingAfter(tokens, k);
  const t = tokens[ti];
  if (t && t.from === k && AMOUNT_SET.has(t.s)) return true;
  const c = s[k];
  return c === '元' || c === '块' || c === '万' || c === '円';
}

/** A messenger / contact word right before `pos`, with fewer than `maxWords` words between. */
function contactWordBefore(s: string, hits: PhraseHit[], pos: number, maxWords: number, maxChars: number): boolean {
  for (let k = firstHitEndingFrom(hits, pos - maxChars); k < hits.length && hits[k].to <= pos; k++) {
    const h = hits[k];
    if (!(h.flags & (F_MESSENGER | F_CONTACT))) continue;
    if (countWords(s.slice(h.to, pos)) <= maxWords - 1) return true;
  }
  return false;
}

/** Same-length view of the folded text for linkify: non-Latin/Cyrillic/Greek chars become spaces. */
function linkView(s: string): string {
  let out = '';
  let changed = false;
  const n = s.length;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || isTokenChar(c)) continue;
    // keep typical URL punctuation of other blocks out; everything else becomes a space
    out += s.slice(runStart, i) + ' ';
    runStart = i + 1;
    changed = true;
  }
  let v = changed ? out + s.slice(runStart) : s;
  // "Пишите:spam@x.com", "网址：spam.xyz/a", "note:site.xyz": a colon right before a letter is
  // punctuation, not part of the link (linkify would take it into the link or refuse it);
  // "https://", "mailto:" and "host:8080" are untouched
  // (commas and semicolons likewise: linkify would let them into an e-mail's local part)
  if (v.includes(':') || v.includes(',') || v.includes(';')) {
    v = v.replace(/:(?=[a-z_])|[,;](?=[a-z0-9_])/g, (m, at: number) => (m === ':' && /mailto$/.test(v.slice(Math.max(0, at - 6), at)) ? m : ' '));
  }
  if (v.includes('://') || v.includes('xx') || v.includes('**')) {
    v = v.replace(/h(?:xx|\*\*|tt)p(s?)(\s*:\s*\/\/)/g, (m, sec: string, rest: string) => 'http' + sec + rest);
  }
  return v;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Index of the last character that cannot be in a real local part (before the @), or -1. */
function lastJunkInLocalPart(addr: string): number {
  const at = addr.indexOf('@');
  for (let k = at - 1; k >= 0; k--) {
    const c = addr.charCodeAt(k);
    if (!(isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d)) return k;
  }
  return -1;
}

function splitUrl(url: string): { host: string; path: string } {
  let rest = url.replace(/^[a-z][a-z0-9+.\-]*:\/\//i, '');
  const at = rest.indexOf('@');
  const slash0 = rest.search(/[/?#]/);
  if (at >= 0 && (slash0 < 0 || at < slash0)) rest = rest.slice(at + 1);
  const slash = rest.search(/[/?#]/);
  const hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
  const host = hostPort.replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase().replace(/^www\./, '');
  const path = slash >= 0 ? rest.slice(slash) : '';
  return { host, path };
}

function isTelegramHost(host: string): boolean {
  return host === 't.me' || host === 'telegram.me' || host === 'telegram.dog';
}

function isMessengerHost(host: string): boolean {
  return (
    host === 't.me' ||
    host === 'telegram.me' ||
    host === 'telegram.dog' ||
    host === 'wa.me' ||
    host.endsWith('whatsapp.com') ||
    host === 'vk.me' ||
    host === 'm.me' ||
    host === 'ig.me' ||
    host === 'qm.qq.com' ||
    host === 'u.wechat.com' ||
    host === 'discord.gg'
  );
}

/** Sort, drop spans nested in an earlier one, keep at most one evidence per identical span. */
function finish(found: Evidence[]): Evidence[] {
  if (found.length <= 1) return found;
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Evidence[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start >= last.start && e.end <= last.end && (e.kind === last.kind || e.kind === 'homoglyph' || last.kind !== 'seo')) continue;
    out.push(e);
  }
  return out;
}

export { foldText } from '../normalize';
