/**
 * Simplified Chinese phrase lists of the tone check.
 *
 * Sources: the reply guidance of issue #12 (「显然」, 「你应该先看」), Chinese customer-service
 * training lists of 服务禁语 (phrases support staff must not use: 「我们已经说过了」,
 * 「你自己没看清楚」, 「这很简单」), internet laughter and sarcasm markers (哈哈, 呵呵, [狗头]),
 * and e-commerce platform rules against 好评返现 / 删差评给补偿 (incentives to change or delete
 * a review). No word boundaries in Chinese: phrases are long enough to stand alone.
 */
import type { PhraseGroup } from '../types';
import { list } from './list';

export const ZH: PhraseGroup[] = [
  {
    id: 'condescension.already-said', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      我们已经说过 | 我们已经说了 | 我们已经写过 | 我们已经写了 | 我们早就说过 | 我们之前已经说 | 我们已经解释过 | 我已经说过 | 我已经解释过 | 如我们之前所说 | 正如我们已经 |
      正如我们之前 | 如前所述 | 上面已经写 | 上面写得很清楚 | 写得很清楚 | 写得清清楚楚 | 说了多少遍 | 说过多少次 | 再说一遍 | 再说最后一遍 | 已经告诉过你 | 已经告诉过您 |
      明明写着 | 白纸黑字
    `),
  },
  {
    id: 'condescension.obviously', role: 'obviously', lang: 'zh', kind: 'condescension',
    phrases: list(`
      显然 | 很明显 | 显而易见 | 明摆着
    `),
  },
  {
    id: 'condescension.blame-reader', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      你应该先看 | 您应该先看 | 你应该先阅读 | 您应该先阅读 | 你应该仔细看 | 您应该仔细看 | 你应该看清楚 | 您应该看清楚 | 你自己没看 | 您自己没看 | 你没看清楚 | 您没看清楚 |
      你是不是没看 | 您是不是没看 | 请仔细阅读 | 请先看清楚 | 自己去看 | 你自己看 | 您自己看 | 下次看清楚 | 你不会看吗 | 怪你自己 | 是你自己的问题 | 是您自己的问题 |
      要是你看了 | 如果你认真看 | 下次注意 | 下次请看清楚 | 下次请注意
    `),
  },
  {
    id: 'condescension.easy', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      这很简单 | 这么简单 | 一点都不难 | 没那么难 | 有那么难吗 | 连这都不知道 | 连这个都不会 | 大家都知道 | 谁都知道 | 常识 | 小学生都 | 三岁小孩都
    `),
  },
  {
    id: 'condescension.dismissive', role: 'flag', lang: 'zh', kind: 'condescension',
    phrases: list(`
      请冷静 | 你冷静一点 | 您冷静一点 | 别激动 | 恕我直言 | 有什么看不懂的 | 哪里看不懂 | 难道你不知道 | 难道您不知道
    `),
  },
  {
    id: 'humor.laughter', role: 'laugh', lang: 'zh', kind: 'humor',
    phrases: list(`
      哈哈 | 呵呵 | 嘿嘿 | 嘻嘻 | 笑死 | 2333 | 笑哭
    `),
  },
  {
    id: 'humor.joke', role: 'flag', lang: 'zh', kind: 'humor',
    phrases: list(`
      开玩笑 | 开个玩笑 | 逗你玩 | [狗头] | 狗头保命 | 手动狗头 | [doge] | [滑稽] | 手动滑稽
    `),
  },
  {
    id: 'humor.sarcasm', role: 'flag', lang: 'zh', kind: 'humor',
    phrases: list(`
      祝你好运吧 | 真是厉害呢 | 好一个 | 您可真行 | 你可真行 | 想得美 | 做梦吧 | 意不意外 | 惊不惊喜
    `),
  },
  {
    id: 'overapology.apology', role: 'apology', lang: 'zh',
    phrases: list(`
      对不起 | 抱歉 | 道歉 | 歉意 | 不好意思 | 请原谅 | 见谅 | 致歉
    `),
  },
  {
    id: 'overapology.grovel', role: 'flag', lang: 'zh', kind: 'overapology',
    phrases: list(`
      万分抱歉 | 万分歉意 | 千万个对不起 | 一万个对不起 | 跪求原谅 | 跪求您原谅 | 求求您原谅 | 求您原谅 | 罪该万死 | 实在是太对不起了 | 真的真的很抱歉 | 真的真的对不起 |
      无地自容 | 我们不配得到 | 给您跪下 | 对不起对不起 | 抱歉抱歉
    `),
  },
  {
    id: 'bribe.offer', role: 'offer', lang: 'zh',
    phrases: list(`
      优惠 | 折扣 | 打折 | 红包 | 返现 | 代金券 | 购物券 | 礼品 | 礼物 | 赠品 | 赠送 | 积分 | 补偿 | 免费 | 退款 | 现金 | 好处
    `),
  },
  {
    id: 'bribe.removal', role: 'removal', lang: 'zh',
    phrases: list(`
      删除评论 | 删掉评论 | 删除评价 | 删掉评价 | 删除差评 | 删掉差评 | 删除这条评价 | 删除这条评论 | 删评 | 删帖 | 删除帖子 | 撤回评价 | 撤销评价 | 修改评价 |
      改评价 | 修改差评 | 改成好评 | 改为好评 | 改好评 | 追加好评 | 五星好评 | 给个好评 | 给我们好评 | 好评返现 | 撤销投诉 | 撤回投诉 | 撤诉
    `),
  },
  {
    id: 'bribe.negation', role: 'negation', lang: 'zh',
    phrases: list(`
      无需 | 不需要 | 不必 | 不用 | 不会要求 | 不要求 | 无论 | 不论 | 不管您 | 不管你 | 没有任何条件 | 与评价无关 | 保留您的评价
    `),
  },
  {
    id: 'admission', role: 'admission', lang: 'zh',
    phrases: list(`
      我们的错 | 我们的失误 | 我们的责任 | 我们的问题 | 我们错了 | 我们搞错 | 我们做错 | 我们的疏忽 | 是我们 | 我方 | 我们没有 | 我们应该 | 重要 | 我们显然 |
      我们很明显 | 我们非常重视 | 重视
    `),
  },
  {
    id: 'condescension.repeat-verb', role: 'repeat-verb', lang: 'zh',
    phrases: list(`
      解释 | 说了 | 说过 | 回答过 | 回复过 | 告诉过 | 强调过 | 重复
    `),
  },
  {
    id: 'condescension.repeat-count', role: 'repeat-count', lang: 'zh',
    phrases: list(`
      两遍 | 三遍 | 几遍 | 很多遍 | 好几遍 | 无数遍 | 两次 | 三次 | 多次 | 好几次 | 很多次 | 无数次 | 一再
    `),
  },
  {
    id: 'bribe.removal-verb', role: 'removal-verb', lang: 'zh',
    phrases: list(`
      删 | 撤回 | 撤销 | 撤掉 | 修改 | 改成 | 改为 | 改一下 | 更改 | 追加 | 拿掉
    `),
  },
  {
    id: 'bribe.removal-object', role: 'removal-object', lang: 'zh',
    phrases: list(`
      评论 | 评价 | 差评 | 帖子 | 好评 | 投诉 | 留言 | 星
    `),
  },
];
