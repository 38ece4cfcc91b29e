/**
 * The brand's own contacts (`allow`): domains (any subdomain / path / scheme), e-mail
 * addresses and e-mail domains, @handles, phone numbers (compared in E.164).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface AllowList {
  host(host: string, path?: string): boolean;
  email(address: string): boolean;
  handle(handle: string): boolean;
  /** `digits` without separators; `plus` when the number was written with a leading `+`. */
  phone(e164: string | undefined, digits: string): boolean;
}

interface HostRule {
  host: string;
  path: string;
}

const HANDLE_RE = /^@?[a-z0-9_][a-z0-9_.]{1,63}$/i;

export function parseAllowList(values: readonly string[] | undefined, defaultRegion: CountryCode): AllowList {
  const hosts: HostRule[] = [];
  const emails = new Set<string>();
  const emailDomains: string[] = [];
  const handles = new Set<string>();
  const e164 = new Set<string>();
  /** national significant numbers with their country calling code */
  const national: Array<{ cc: string; nsn: string }> = [];

  for (const raw of values ?? []) {
    if (typeof raw !== 'string') continue;
    const v = raw.trim().normalize('NFKC').toLowerCase();
    if (!v) continue;
    const digits = v.replace(/\D/g, '');
    if (/^\+?[\d\s().\-\u00a0]+$/.test(v) && digits.length >= 5) {
      const p = v.startsWith('+')
        ? parsePhoneNumberFromString('+' + digits)
        : parsePhoneNumberFromString(digits, defaultRegion);
      if (p) {
        e164.add(p.number);
        national.push({ cc: p.countryCallingCode, nsn: p.nationalNumber });
      } else {
        national.push({ cc: '', nsn: digits });
      }
      continue;
    }
    if (v.startsWith('@') && v.includes('.') && !v.slice(1).includes('@')) {
      // "@example-shop.com": an e-mail domain
      emailDomains.push(v.slice(1));
      continue;
    }
    const at = v.indexOf('@');
    if (at > 0 && !v.includes('/')) {
      emails.add(v.replace(/^mailto:/, ''));
      continue;
    }
    if (HANDLE_RE.test(v) && (v.startsWith('@') || !v.includes('.'))) {
      handles.add(v.replace(/^@/, ''));
      continue;
    }
    // domain / URL
    let rest = v.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    rest = rest.replace(/^www\./, '');
    const slash = rest.search(/[/?#]/);
    const host = (slash >= 0 ? rest.slice(0, slash) : rest).replace(/:\d+$/, '').replace(/\.$/, '');
    const path = slash >= 0 ? rest.slice(slash).replace(/\/+$/, '') : '';
    if (!host) continue;
    hosts.push({ host, path });
    emailDomains.push(host);
    // t.me/brand → @brand is the brand's too
    if ((host === 't.me' || host === 'telegram.me') && path) handles.add(path.replace(/^\//, '').split('/')[0]);
  }

  const hostMatches = (h: string, d: string) => h === d || h.endsWith('.' + d);

  return {
    host(host: string, path = '') {
      const h = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
      const p = path.toLowerCase();
      for (const r of hosts) {
        if (!hostMatches(h, r.host)) continue;
        if (!r.path || p === r.path || p.startsWith(r.path + '/') || p.startsWith(r.path + '?') || p.startsWith(r.path + '#')) return true;
      }
      return false;
    },
    email(address: string) {
      const a = address.toLowerCase();
      if (emails.has(a)) return true;
      const domain = a.slice(a.lastIndexOf('@') + 1);
      return emailDomains.some((d) => hostMatches(domain, d));
    },
    handle(handle: string) {
      return handles.has(handle.toLowerCase().replace(/^@/, ''));
    },
    phone(num: string | undefined, digits: string) {
      if (num && e164.has(num)) return true;
      for (const { cc, nsn } of national) {
        if (digits === nsn || digits === cc + nsn || digits === '0' + nsn || digits === '8' + nsn) return true;
        if (digits === '00' + cc + nsn || digits === '011' + cc + nsn) return true;
      }
      return false;
    },
  };
}
