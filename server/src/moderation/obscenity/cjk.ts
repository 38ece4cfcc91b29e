/**
 * Chinese: CJK characters (and Latin letters/digits mixed into Chinese terms) scanned in their
 * own stream, separators between characters dropped, traditional and variant characters folded
 * to the simplified forms of the lexicon (他媽的, 操妳妈), 🐴 read as 马.
 */
import * as m_normalize from '../normalize';
import * as m_buffers from './buffers';
import type { State } from './buffers';

// module-local bindings (hot loops: no cross-module accessor per use)
const { BREAK, charClass } = m_normalize;
const { C_CJK, C_CYR, C_CYRX, C_DIGIT, C_GREEK, C_LAT, C_OTHERL, C_STOP, isAsciiLetter } = m_buffers;

/** Traditional → simplified for the characters of the Chinese lexicon (他媽的, 賤人, 腦殘 …). */
export const TRAD_TO_SIMP = new Uint16Array(0x10000);
{
  const pairs = '媽妈 幹干 賤贱 腦脑 殘残 滾滚 雞鸡 臥卧 嗎吗 馬马 個个 們们 貨货 騷骚 爛烂 雜杂 種种 東东 龜龟 兒儿 孫孙 豬猪 廢废 筆笔 裝装 樣样 爺爷 頭头 養养 瑪玛 癡痴 鳥鸟 屍尸 糞粪 賣卖 媽妈 嗎吗 吊吊 屌屌 隻只 說说 這这 麼么 對对 們们 犢犊 氣气 來来 鬼鬼 畜畜 孃娘 妳你 伱你 祢你 屄屄 肏肏 嬲操 黃黄 愛爱 黑黑 淫淫 蕩荡 婦妇 鬍胡 孖孖 痴痴 飛飞 機机 約约 砲炮 癈废 兒儿 狗狗 逼逼';
  for (let k = 0; k + 1 < pairs.length; k += 3) TRAD_TO_SIMP[pairs.charCodeAt(k)] = pairs.charCodeAt(k + 1);
}

export function scanCjk(st: State, codes: Uint16Array, n: number): void {
  if (st.cjkSym.length < n + 1) {
    let cap = st.cjkSym.length * 2;
    while (cap < n + 1) cap *= 2;
    st.cjkSym = new Uint16Array(cap);
    st.cjkPos = new Int32Array(cap);
  }
  const sym = st.cjkSym;
  const pos = st.cjkPos;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c === 0xd83d && i + 1 < n && codes[i + 1] === 0xdc34) {
      // 🐴 (horse) for 妈 / 马: 草你🐴
      sym[len] = 0x9a6c;
      pos[len++] = i;
      i++;
      continue;
    }
    const k = charClass(c);
    if (k === C_CJK || (c >= 0x61 && c <= 0x7a) || k === C_DIGIT) {
      sym[len] = TRAD_TO_SIMP[c] || c;
      pos[len++] = i;
    } else if (k === C_STOP || c === 0x21 || k === C_CYR || k === C_CYRX || k === C_OTHERL || k === C_LAT || k === C_GREEK) {
      if (len > 0 && sym[len - 1] !== BREAK) {
        sym[len] = BREAK;
        pos[len++] = -1;
      }
    }
    // spaces, symbols, emoji, masks, leet symbols: skipped
  }
  st.lastWork += len;
  const V = st.c.cjk;
  const A = V.main;
  const { symOf, delta, alphabet, hasOut, patAt, patNext, outLink } = A;
  const pats = V.mainPatterns;
  let s = 0;
  for (let i = 0; i < len; i++) {
    s = delta[s * alphabet + symOf[sym[i]]];
    if (hasOut[s] === 0) continue;
    for (let t = patAt[s] >= 0 ? s : outLink[s]; t >= 0; t = outLink[t]) {
      for (let p = patAt[t]; p >= 0; p = patNext[p]) {
        const pat = pats[p];
        const end = i + 1;
        const start = end - pat.len;
        if (pat.latinStart && start > 0 && isAsciiLetter(sym[start - 1])) continue;
        if (pat.latinEnd && end < len && isAsciiLetter(sym[end])) continue;
        const entry = st.c.entries[pat.entry];
        let excluded = false;
        for (const ex of entry.exceptions) {
          const es = end - ex.endOff;
          const ee = es + ex.codes.length;
          if (es < 0 || ee > len) continue;
          let eq = true;
          for (let q = 0; q < ex.codes.length; q++) {
            if (sym[es + q] !== ex.codes.charCodeAt(q)) {
              eq = false;
              break;
            }
          }
          if (eq) {
            excluded = true;
            break;
          }
        }
        if (!excluded) st.hits.push({ start: pos[start], end: pos[end - 1], entry: pat.entry });
      }
    }
  }
}

