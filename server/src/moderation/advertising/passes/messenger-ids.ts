/**
 * "Telegram: handle" — a messenger name, a colon and an id without @.
 */
import type { Scan } from '../scan';
import * as prescanModule from '../prescan';
import { continuesAsLink } from '../prescan';
import { F_MESSENGER } from '../phrases';

// Bound once (a cross-module constant is a property read on every use).
const { PS_COLON } = prescanModule;

const MESSENGER_ID_RE =
  /(?<![a-z0-9])(telegram|tg|тг|телега|телеграм|телеграмм|whatsapp|viber|вайбер|signal|skype|скайп|discord|дискорд|insta|instagram|инст|инста|snapchat|snap|kakao|line)\s*[:：]\s*@?([a-z_][a-z0-9_.]{2,31})(?![a-z0-9_])/g;

export function messengerIdsPass(c: Scan): void {
  const { s, st, ps, hitFlags } = c;
  const { allow } = c.cfg;
  // 3. "Telegram: handle" without @
  if (ps & PS_COLON && hitFlags & F_MESSENGER) {
    MESSENGER_ID_RE.lastIndex = 0;
    for (let m = MESSENGER_ID_RE.exec(s); m; m = MESSENGER_ID_RE.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (st.isTaken(a, b)) continue;
      const id = m[2];
      if (continuesAsLink(s, b, id)) continue;
      if (/^[\d.]+$/.test(id) || allow.handle(id)) continue;
      if (m[0].includes('@')) continue; // handled by the @handle pass
      st.ev(a, b, `${m[1]}:${id}`, 'handle');
      st.take(a, b);
    }
  }
}
