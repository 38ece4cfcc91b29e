/**
 * WeChat / QQ ids: "微信 abc123", "加v abc123", "wx: abc123".
 */
import type { Scan } from '../scan';
import { F_WECHAT } from '../phrases';
import { continuesAsLink } from '../prescan';

const WECHAT_RE =
  /(?:(?<![a-z0-9])(wechat|weixin|vx|wx|qq|wei\s*xin)|(微信|薇信|威信|v信|微|扣扣|企鹅|q群)|(?:(\+|加)\s*(?:v|вэ)(?![a-z])))\s*(号|群|id|号码)?\s*([:：=]?)\s*([a-z0-9][a-z0-9_\-]{3,24})(?![a-z0-9_])/g;

export function wechatPass(c: Scan): void {
  const { s, st, hitFlags } = c;
  const { allow } = c.cfg;
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
      if (continuesAsLink(s, b, id)) continue;
      st.ev(a, b, `${(latinKw ?? cjkKw ?? 'v').replace(/\s+/g, '')}:${id}`, 'messenger');
      st.take(a, b);
    }
  }
}
