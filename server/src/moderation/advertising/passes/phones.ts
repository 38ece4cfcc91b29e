/**
 * Phone numbers: digit runs of 7–15 digits (separators allowed) found by a linear scan, then
 * libphonenumber's answers (../possible-phone: 0.3–3 µs a number, the library itself 15–110 µs
 * on the numbers it cannot take). Unless `exhaustive`, numbers are only looked at when nothing
 * else has shown the comment to be an ad.
 */
import { possibleNumber, validNumber } from '../possible-phone';
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { F_CONTACT, F_MESSENGER, F_NUMBER_CONTEXT, isTokenChar } from '../phrases';
import { amountAfter, contextBefore, isCurrency, isDateLike, regionsForDigits, scriptsOf } from '../context';

// Bound once (a cross-module constant is a property read on every use).
const { PS_DIGITS7, MIN_PHONE_DIGITS, MAX_PHONE_DIGITS } = prescanModule;

export function phonesPass(c: Scan): void {
  const { st, ps } = c;
  const { allow } = c.cfg;
  // 7. phone numbers (digit runs of >= 7 digits, then libphonenumber's answers). Unless
  //    `exhaustive`, numbers are only looked at when nothing else has shown the comment to be an ad.
  if (ps & PS_DIGITS7 && c.wantMore) {
    const phones = scanPhones(c);
    for (const p of phones) {
      if (allow.phone(p.e164, p.digits)) continue;
      st.ev(p.from, p.to, p.e164 ?? p.digits, 'phone');
      st.take(p.from, p.to);
    }
  }
}

interface PhoneHit {
  from: number;
  to: number;
  digits: string;
  e164?: string;
}

function scanPhones(c: Scan): PhoneHit[] {
  const { s, text, hits, st } = c;
  const { region } = c.cfg;
  const topicAnywhere = c.topicAnywhere;
  const allowPhoneDigits = (digits: string) => c.cfg.allow.phone(undefined, digits);
  const out: PhoneHit[] = [];
  let scripts: number | undefined;
  const run = newPhoneRun();
  let i = 0;
  while ((i = nextPhoneRun(s, i, run)) >= 0) {
    const { from, to, digits, plus, formatted } = run;
    if (st.isTaken(from, to)) continue;
    // identifier context right before ("order #", "заказ №", "订单", "трек") / amount right after
    const ctx = contextBefore(s, hits, from);
    if (ctx & F_NUMBER_CONTEXT) continue;
    if (amountAfter(s, c.tokens(), to)) continue;
    const contact = (ctx & (F_CONTACT | F_MESSENGER)) !== 0;
    const context = contact || topicAnywhere;

    // the brand's own number in any formatting: no need to parse it
    if (allowPhoneDigits(digits)) continue;
    // a bare, unformatted digit run without any contact context is an id, whatever it parses to
    if (!plus && !formatted && !context) continue;

    let e164: string | undefined;
    if (plus && context && digits.length >= 8) {
      // written internationally AND offered as a contact: '+' + digits already is the E.164
      // form; no need for the (slow) parser to tell us it is a phone number
      out.push({ from, to, digits, e164: '+' + digits });
      continue;
    } else if (plus) {
      // written internationally: a possible number is enough (fictional / new ranges too)
      e164 = possibleNumber(digits);
    } else if (formatted && context) {
      // formatted like a phone and offered as a contact: possible in the likeliest region
      scripts ??= scriptsOf(text);
      for (const r of regionsForDigits(digits, scripts, region)) {
        e164 = possibleNumber(digits, r);
        if (e164) break;
      }
    } else {
      // bare digits with context, or formatted without context: must be a valid number
      scripts ??= scriptsOf(text);
      for (const r of regionsForDigits(digits, scripts, region)) {
        e164 = validNumber(digits, r);
        if (e164) break;
      }
    }
    if (!e164) continue;
    out.push({ from, to, digits, e164 });
  }
  return out;
}

/** A candidate phone number: a run of 7–15 digits with separators (see nextPhoneRun). */
export interface PhoneRun {
  from: number;
  to: number;
  digits: string;
  plus: boolean;
  formatted: boolean;
}

export function newPhoneRun(): PhoneRun {
  return { from: 0, to: 0, digits: '', plus: false, formatted: false };
}

/**
 * The next candidate at or after `i` in the folded text: a run of digits and separators
 * (`+` first, at most 3 separators in a row) of 7–15 digits that is not glued to a word or a
 * code ("YT5136…", "#4509…", "A-2023-95596"), an amount, a percentage or a date. Fills `run`
 * and returns where to go on, or -1 at the end. Shared by the phone pass and the screen
 * (../fast), so both skip exactly the same runs. Linear over the text.
 */
export function nextPhoneRun(s: string, i: number, run: PhoneRun): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    const isDigit = c >= 0x30 && c <= 0x39;
    if (!isDigit && c !== 0x2b /* + */) {
      i++;
      continue;
    }
    // a run of digits and separators
    let j = i;
    let digits = 0;
    let lastDigitEnd = -1;
    let sepRun = 0;
    const plus = c === 0x2b;
    if (plus) j++;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d >= 0x30 && d <= 0x39) {
        digits++;
        lastDigitEnd = j + 1;
        sepRun = 0;
      } else if (d === 0x20 || d === 0x2d || d === 0x2e || d === 0x28 || d === 0x29 || d === 0xa0 || d === 0x2010 || d === 0x2011 || d === 0x2012) {
        sepRun++;
        if (sepRun > 3) break;
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
    if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
    // glued to letters / codes: "YT5136…", "1Z627AA…", "A-2023-95596", "vip17861", "№54…"
    const before = from > 0 ? s.charCodeAt(from - 1) : 0;
    const before2 = from > 1 ? s.charCodeAt(from - 2) : 0;
    const after = to < n ? s.charCodeAt(to) : 0;
    if (isTokenChar(before) || before === 0x23 /* # */ || before === 0x2f || before === 0x3d || before === 0x40) continue;
    if ((before === 0x2d || before === 0x5f || before === 0x2e) && isTokenChar(before2)) continue;
    if (isTokenChar(after) && !(after >= 0x30 && after <= 0x39)) continue;
    if (after === 0x25 /* % */ || isCurrency(after) || isCurrency(before) || isCurrency(before2)) continue;
    const raw = s.slice(from, to);
    if (isDateLike(raw)) continue;
    if (!plus && /^\d{1,3}(?:[ .,\u00a0]\d{3})+$/.test(raw) && !/^\d{3}[ .]\d{3}[ .]\d{4}$/.test(raw)) continue; // 1 000 000
    run.from = from;
    run.to = to;
    run.digits = raw.replace(/[^0-9]/g, '');
    run.plus = plus;
    run.formatted = /[\s\-.()\u00a0\u2010-\u2012]/.test(raw.replace(/^\+\s*/, ''));
    return i;
  }
  return -1;
}
