/**
 * Links and e-mails found by linkify-it (slow): only when the pre-scan saw a link shape and,
 * unless `exhaustive`, when the cheap passes found nothing.
 */
import LinkifyIt from 'linkify-it';
import { AMBIGUOUS_TLDS, STRONG_TLDS } from '../data';
import { originalIndex } from '../../normalize';
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { isAlnum } from '../prescan';
import { isTokenChar } from '../phrases';

// Bound once (a cross-module constant is a property read on every use).
const { PS_LINK } = prescanModule;

const NON_ASCII = /[^\x00-\x7f]/;
/** The end of "scheme://" and an authority so far (no path yet): a colon here is "user:password" or a port. */
const AUTHORITY_BEFORE = /(?:^|[\s(<"'])[a-z][a-z0-9+.\-]{0,15}:\/\/[^\s/?#]{0,64}$/i;

export function linksPass(c: Scan): void {
  const { text, f, s, st, ps } = c;
  const { allow, linkify, contactHosts, ambiguousTlds } = c.cfg;
  // 6. links and e-mails (linkify-it, slow): only when a link shape is present and, unless
  //    `exhaustive`, when the cheap passes found nothing
  if (ps & PS_LINK && c.wantMore) {
    const view = linkView(s);
    const matches = linkMatches(linkify, view);
    for (const m of matches) {
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
      // "t.me/" or "wa.me" with no channel or number after it names no contact
      if (kind === 'messenger' && /^[/?#]*$/.test(path)) continue;
      st.ev(a, b, host + (kind === 'messenger' ? path : ''), kind);
      st.take(a, b);
    }
  }
}

/** The detector's linkify: its TLDs, fuzzy links and e-mails (no bare IPs), one-pass http validator. */
export function createLinkify(): LinkifyIt {
  const linkify = new LinkifyIt();
  linkify.tlds(Array.from(new Set([...STRONG_TLDS, ...AMBIGUOUS_TLDS])), false);
  linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
  // Its own validator of http(s) and ftp links runs its large expression twice (a test, then a
  // match); one exec gives the same length.
  linkify.add('http:', { validate: validateHttp });
  return linkify;
}

/** A run of the view that may hold a link: no white space inside, and a '.', '@', ':' or '/' before its last character. */
const LINK_MARKS = new Uint8Array(0x80);
for (const ch of '.@:/') LINK_MARKS[ch.charCodeAt(0)] = 1;

function isCut(c: number): boolean {
  // ASCII white space and NBSP: Unicode Z / Cc characters, which no linkify match holds
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
}

/**
 * linkify's matches in the view, read word by word. Its expressions are large and run over the
 * whole string several times (one global search per kind of link); a link, an e-mail or a
 * scheme never holds white space, and white space before or after one reads like the string's
 * start or end to every boundary test, so the words that have no '.', '@', ':' or '/' before
 * their last character (no link without one) are left out. Indexes are into the view. When those words are most of the view,
 * it is read whole, as before. tests/unit/moderation/links.property.test.ts compares both.
 */
export function linkMatches(linkify: LinkifyIt, view: string): LinkifyIt.Match[] {
  const n = view.length;
  const words: number[] = [];
  let kept = 0;
  let wide = false;
  for (let i = 0; i < n; ) {
    let c = view.charCodeAt(i);
    if (isCut(c)) {
      i++;
      continue;
    }
    const a = i;
    let marked = false;
    let high = false;
    for (; i < n && !isCut((c = view.charCodeAt(i))); i++) {
      if (c < 0x80) {
        // a mark ending the word links nothing ("помогите.", "mailto:", "name@")
        if (LINK_MARKS[c] === 1 && i + 1 < n && !isCut(view.charCodeAt(i + 1))) marked = true;
      } else high = true;
    }
    if (high) wide = true;
    if (!marked) continue;
    words.push(a, i, high ? 1 : 0);
    kept += i - a;
  }
  if (words.length === 0) return [];
  if (kept * 3 >= n * 2) return linkify.match(view) ?? [];
  const out: LinkifyIt.Match[] = [];
  for (let k = 0; k < words.length; k += 3) {
    const a = words[k];
    // an ASCII word of a string with wider characters is read as a one-byte string (see linkView)
    const word = wide && words[k + 2] === 0 ? oneByte(view.slice(a, words[k + 1])) : view.slice(a, words[k + 1]);
    const found = linkify.match(word);
    if (!found) continue;
    for (const m of found) {
      m.index += a;
      m.lastIndex += a;
      out.push(m);
    }
  }
  return out;
}

/** Same-length view of the folded text for linkify: non-Latin/Cyrillic/Greek chars become spaces. */
export function linkView(s: string): string {
  let out = '';
  let changed = false;
  // whether a character kept in the view is wider than one byte (Cyrillic, Greek)
  let wide = false;
  const n = s.length;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (isTokenChar(c)) {
      if (c > 0xff) wide = true;
      continue;
    }
    // keep typical URL punctuation of other blocks out; everything else becomes a space
    out += s.slice(runStart, i) + ' ';
    runStart = i + 1;
    changed = true;
  }
  // Pieces of a two-byte string stay two-byte even when only one-byte characters are left (an
  // emoji became spaces), and linkify's large Unicode-class expressions run several times slower on
  // a two-byte string: such a view is rebuilt as a one-byte string.
  let v = changed ? (wide ? out + s.slice(runStart) : oneByte(out + s.slice(runStart))) : s;
  // "Пишите:spam@x.com", "网址：spam.xyz/a", "note:site.xyz": a colon right before a letter is
  // punctuation, not part of the link (linkify would take it into the link or refuse it);
  // "https://", "mailto:" and "host:8080" are untouched
  // (commas and semicolons likewise: linkify would let them into an e-mail's local part)
  if (v.includes(':') || v.includes(',') || v.includes(';')) {
    // (a colon in the authority right after a scheme, "https://user:pw@host", stays: the window
    // looked back at is bounded, so the pass stays linear)
    v = v.replace(/:(?=[a-z_])|[,;](?=[a-z0-9_])/g, (m, at: number) =>
      m === ':' && (/mailto$/.test(v.slice(Math.max(0, at - 6), at)) || AUTHORITY_BEFORE.test(v.slice(Math.max(0, at - 96), at))) ? m : ' ',
    );
  }
  if (v.includes('//') || v.includes('xx') || v.includes('**')) {
    v = v.replace(/h(?:xx|\*\*|tt)p(s?)(\s*:\s*\/\/)/g, (m, sec: string, rest: string) =>
      // "https ://host": a scheme written with spaces is blanked (same length), the host is still a link
      rest.length > 3 ? ' '.repeat(m.length) : 'http' + sec + rest,
    );
  }
  return v;
}

/**
 * linkify-it's validator of `http:` links (and `https:`, `ftp:`, its aliases), with the expression
 * it builds (lazily, as the TLD list may change), run once instead of twice: the length of the link
 * after the scheme, or 0.
 */
export function validateHttp(text: string, pos: number, self: { re: Record<string, any> }): number {
  const re = self.re;
  re.http ??= new RegExp(`^\\/\\/${re.src_auth}${re.src_host_port_strict}${re.src_path}`, 'i');
  const m = (re.http as RegExp).exec(text.slice(pos));
  return m ? m[0].length : 0;
}

/** The same text as a one-byte string (every code unit below 256): `String.fromCharCode` makes one. */
function oneByte(v: string): string {
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < v.length; i += 4096) {
    const end = Math.min(v.length, i + 4096);
    codes.length = end - i;
    for (let k = i; k < end; k++) codes[k - i] = v.charCodeAt(k);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

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
