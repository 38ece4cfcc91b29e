/**
 * Messenger links, also obfuscated: "t.me/x", "https://t.me/+invite", "t . me/x", "wa.me/…".
 */
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { continuesAsLink } from '../prescan';

// Bound once (a cross-module constant is a property read on every use).
const { PS_SLASH } = prescanModule;

const TG_OBF_RE = /(?<![a-z0-9.\-])(?:h(?:tt|xx)ps?:\/\/)?(?:www\.)?(t|wa|telegram)\s*(?:\.|\(\.\)|\[\.\]|\(dot\)|\[dot\]|\sdot\s|。)\s*me\s*\/\s*(\+?[a-z0-9_\-]{3,64})/g;

export function messengerLinksPass(c: Scan): void {
  const { s, st, ps } = c;
  const { allow } = c.cfg;
  // 1. messenger links, also obfuscated: "t.me/x", "https://t.me/+invite", "t . me/x", "wa.me/…"
  if (ps & PS_SLASH) {
    TG_OBF_RE.lastIndex = 0;
    for (let m = TG_OBF_RE.exec(s); m; m = TG_OBF_RE.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (st.isTaken(a, b) || continuesAsLink(s, b, m[2])) continue;
      const host = m[1] === 'wa' ? 'wa.me' : 't.me';
      if (allow.host(host, '/' + m[2]) || allow.handle(m[2])) continue;
      st.ev(a, b, `${host}/${m[2]}`, 'messenger');
      st.take(a, b);
    }
  }
}
