/**
 * @handles: a contact when offered as one (a messenger or contact word right before it, or
 * other evidence / promotion in the comment), a mention of another commenter otherwise.
 */
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { contactWordBefore } from '../context';

// Bound once (a cross-module constant is a property read on every use).
const { PS_AT } = prescanModule;

const HANDLE_RE = /(?<![\p{L}\p{N}_.\-@/+])@([a-z0-9_](?:[a-z0-9_.]{1,31}))/gu;

export function handlesPass(c: Scan): void {
  const { s, st, ps, hits } = c;
  const { allow } = c.cfg;
  // 4. @handles: a contact when offered as one, a mention otherwise
  if (ps & PS_AT) {
    const contactElsewhere = st.found.length > 0 || c.topicAnywhere;
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
}
