import type { LexiconSpec } from './types';

/**
 * Chinese sexual vocabulary (rule `obscenity`) and slurs (rule `insults`) (data only).
 *
 * Sources: the LDNOOBW list (npm `naughty-words`, `zh.json`, CC-BY-4.0) for the sexual terms;
 * ethnic and homophobic slurs from the team's knowledge cross-checked with the same list.
 * 逼/屄 compounds are listed whole (操逼, 烂逼): a lone 逼 is an ordinary verb (逼迫, 逼近, 逼真).
 * Variant characters (妳 for 你, 媽 for 妈 …) are folded by the matcher, not listed here.
 */
export const ZH_INSULTS: LexiconSpec = {
  lang: 'zh',
  sets: [
    {
      view: 'cjk',
      mode: 'root',
      lang: 'zh',
      kind: 'sexual',
      terms: `
        操逼 肏逼 日逼 插逼 舔逼 烂逼 臭逼 逼毛 屄毛 操b 艹逼 草逼 肏你
        口交 肛交 乳交 颜射 自慰 手淫 约炮 三级片 黄片 av女优 淫荡 荡妇 骚屄 鸡婆 卖逼
      `,
    },
    {
      view: 'cjk',
      mode: 'root',
      lang: 'zh',
      kind: 'slur',
      rule: 'insults',
      terms: `
        黑鬼 支那 支那猪 小日本 日本鬼子 死基佬 基佬死 死gay 人妖 娘炮 死娘炮 死残废 白痴 低能儿 死肥猪 死胖子
      `,
    },
  ],
  exceptions: [
    {
      view: 'cjk',
      terms: `
        {体,早,出,广播,课间,健美}操逼
        {出,入,路,港,接,端,窗,门,借,缺,开,窗}口交 日逼近 日逼真 印度支那 支那特 鬼子母
      `,
    },
  ],
};
