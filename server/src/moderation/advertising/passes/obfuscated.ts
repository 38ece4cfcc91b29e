/**
 * Obfuscated links and e-mails: "site dot com", "site . com", "site(.)com", "name at gmail dot com".
 */
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { F_OBFUSCATION } from '../phrases';

// Bound once (a cross-module constant is a property read on every use).
const { PS_SPACED_DOT } = prescanModule;

const WEBMAIL = new Set([
  'gmail', 'googlemail', 'mail', 'yandex', 'ya', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud',
  'me', 'proton', 'protonmail', 'pm', 'qq', '163', '126', 'sina', 'foxmail', 'bk', 'inbox', 'list',
  'rambler', 'aol', 'gmx', 'zoho', 'tutanota', 'rocketmail', 'ukr', 'i',
]);

const OBF_LINK_RE =
  /(?<![a-z0-9.\-@/])([a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)(\s*[(\[{]\s*(?:\.|dot|точка)\s*[)\]}]\s*|\s+(?:dot|точка)\s+|\s+\.\s+|\s*。\s*|\s*点\s*)([a-z]{2,12}|рф)(?![\p{L}\p{N}])((?:\/[^\s]*)?)/gu;
const OBF_EMAIL_RE =
  /(?<![a-z0-9._\-])([a-z0-9][a-z0-9._\-]{0,63})\s*(?:\s(?:at)\s|\(\s*(?:at|@)\s*\)|\[\s*(?:at|@)\s*\]|\{\s*(?:at|@)\s*\}|\s*собака\s*|\s@\s*|\s*@\s)\s*([a-z0-9][a-z0-9\-]{0,62})\s*(\s(?:dot|точка)\s|\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\s*\.\s*)\s*([a-z]{2,12})(?![a-z0-9])/g;

const OBF_LINK_ANY = new RegExp(OBF_LINK_RE.source, 'u');
const OBF_EMAIL_ANY = new RegExp(OBF_EMAIL_RE.source);

/**
 * Whether either pattern of this pass matches anywhere in `s` (the screen, ../fast: without a
 * match the pass finds nothing, whatever word or dot form let it run).
 */
export function obfuscatedShape(s: string): boolean {
  return OBF_EMAIL_ANY.test(s) || OBF_LINK_ANY.test(s);
}

export function obfuscatedPass(c: Scan): void {
  const { s, st, ps, hitFlags } = c;
  const { allow, strongTlds, ambiguousTlds, stopLabels } = c.cfg;
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
}
