/**
 * Phone numbers spelled out in words ("plus seven nine one six …", "восемь девятьсот …",
 * "一三八一二三四五六七八"): read as digits (../numwords), then tested like written numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { possibleNumber } from '../possible-phone';
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { F_CONTACT, F_MESSENGER, F_NUMBER_CONTEXT, F_NUMWORD } from '../phrases';
import { contextBefore, regionsForDigits, scriptsOf } from '../context';
import { findSpelledNumbers } from '../numwords';

// Bound once (a cross-module constant is a property read on every use).
const { PS_CJK_DIGITS } = prescanModule;

export function spelledPhonesPass(c: Scan): void {
  const { s, st, ps, hits, hitFlags } = c;
  const { allow } = c.cfg;
  // 8. phone numbers spelled out in words ("plus seven nine one six …", "восемь девятьсот …",
  //    "一三八一二三四五六七八"): read as digits, then the same tests as written numbers
  if ((hitFlags & F_NUMWORD || ps & PS_CJK_DIGITS) && c.wantMore) {
    for (const p of findSpelledNumbers(s, (ps & PS_CJK_DIGITS) !== 0)) {
      if (st.isTaken(p.from, p.to) || allow.phone(undefined, p.digits)) continue;
      const ctx = contextBefore(s, hits, p.from);
      if (ctx & F_NUMBER_CONTEXT) continue;
      const context = (ctx & (F_CONTACT | F_MESSENGER)) !== 0 || c.topicAnywhere;
      const e164 = spelledPhone(c, p.digits, p.plus, context);
      if (!e164 || allow.phone(e164, p.digits)) continue;
      st.ev(p.from, p.to, e164, 'phone');
      st.take(p.from, p.to);
    }
  }
}

/**
 * A number spelled in words is a phone number when it is a possible one written with a plus
 * or offered as a contact, or a valid one of at least 10 digits in a likely region.
 */
function spelledPhone(c: Scan, digits: string, plus: boolean, context: boolean): string | undefined {
  const scripts = scriptsOf(c.text);
  const region = c.cfg.region;
  if (plus) return possibleNumber(digits);
  for (const r of regionsForDigits(digits, scripts, region)) {
    if (context) {
      const e164 = possibleNumber(digits, r);
      if (e164) return e164;
      continue;
    }
    const p = digits.length >= 10 ? parsePhoneNumberFromString(digits, r) : undefined;
    if (p && p.isValid()) return p.number;
  }
  return undefined;
}
