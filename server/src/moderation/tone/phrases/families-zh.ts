/**
 * Chinese feature families of the tone check (see families-en.ts): a framing word and a
 * content word close together (no word boundaries in Chinese, so windows are short).
 */
import type { PhraseGroup } from '../types';
import { family, list } from './list';

export const ZH_FAMILIES: PhraseGroup[] = [
  // 「正如我们之前说明的」「我在上一条回复里已经提过了」
  ...family('zh', 'condescension.already-said', 15, `
    正如 | 如同 | 就像 | 之前 | 上一条 | 上次 | 前面 | 早就 | 已经 | 早已
  `, `
    说过 | 提过 | 讲过 | 解释过 | 说明过 | 强调过 | 告诉过 | 提到过 | 说明的 | 提到的 | 解释的 | 说过的 |
    讲过的 | 所说 | 所述 | 告知过
  `),
  // 「如果您仔细看了…就不会」「先看一下就不会有这个问题」
  ...family('zh', 'condescension.blame-reader', 25, `
    如果您 | 如果你 | 要是您 | 要是你 | 您要是 | 你要是 | 先看 | 先读 | 先查 | 早点看 | 仔细看 | 认真看 |
    看一下 | 看一眼 | 看清楚
  `, `就不会 | 就知道 | 就明白 | 就能看到 | 就清楚 | 也不会`, { name: 'counterfactual', unlessAdmission: true }),
  // 「您本该先看」
  ...family('zh', 'condescension.blame-reader', 8, `
    您本应 | 你本应 | 您本该 | 你本该 | 您早该 | 你早该 | 您早就应该 | 你早就应该
  `, `看 | 读 | 查 | 注意 | 确认 | 了解`, { name: 'should' }),
  // 「您应该知道」「您肯定明白」
  ...family('zh', 'condescension.obviously', 6, `
    您应该 | 你应该 | 您肯定 | 你肯定 | 您一定 | 你一定 | 难道您 | 难道你 | 您难道 | 你难道 | 您不会不 |
    你不会不 | 您总该 | 你总该
  `, `知道 | 明白 | 清楚 | 懂 | 了解 | 记得`, { name: 'presumed' }),
  // 「一点都不难」「并不复杂」
  ...family('zh', 'condescension.easy', 4, `
    一点都不 | 一点也不 | 并不 | 没那么 | 没有那么 | 又不 | 根本不 | 哪有那么 | 有什么
  `, `难 | 复杂 | 麻烦`),
  {
    id: 'condescension.dismissive', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      冷静 | 不要激动 | 别这么激动 | 别生气 | 消消气 | 淡定 | 没必要这么 | 犯不着 | 至于吗 | 大惊小怪 | 小题大做
    `),
  },
  {
    id: 'condescension.blame-reader', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      不是我们的责任 | 不是我们的问题 | 不是我们的错 | 不是我们的原因 | 与我们无关 | 跟我们没关系 |
      和我们没关系 | 非我方原因 | 不是我方 | 您自己的原因 | 您自己的责任 | 您自己填错 | 您自己弄错 |
      您自己搞错 | 你自己的原因 | 你自己的责任 | 你自己填错 | 你自己弄错 | 你自己搞错
    `),
  },
  {
    // Repeated agreement is a common sarcasm marker in Chinese (对对对, 是是是, 您说的都对).
    id: 'humor.sarcasm', role: 'flag', lang: 'zh', kind: 'humor',
    phrases: list(`对对对 | 是是是 | 好好好 | 行行行 | 您说的都对 | 你说的都对`),
  },
  {
    id: 'bribe.offer', role: 'offer', lang: 'zh',
    phrases: list(`礼盒 | 礼包 | 小礼品 | 奖励 | 奖品 | 福利 | 返利 | 好礼 | 优惠券 | 送您 | 送你 | 赠您 | 返您`),
  },
  {
    id: 'bribe.removal-object', role: 'removal-object', lang: 'zh',
    phrases: list(`一星 | 两星 | 低分 | 打分 | 评分`),
  },
];
