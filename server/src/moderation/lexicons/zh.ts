import type { LexiconSpec } from './types';

/**
 * Chinese profanity and vulgar insults (data only): characters (matched anywhere, with
 * context exceptions such as 妈妈的 / 我操心 / 死海), pinyin and abbreviations (whole words).
 * Terms may mix CJK characters and Latin letters (傻b).
 */
export const ZH_LEXICON: LexiconSpec = {
  lang: 'zh',
  sets: [
    {
      view: 'cjk',
      mode: 'root',
      lang: 'zh',
      kind: 'hanzi',
      terms: `
        傻逼 傻b 傻比 傻屄 傻币 傻x 傻叉 傻吊 傻屌 傻逼们 煞笔 煞逼 煞比 沙比 沙币 啥比 二逼 苕逼
        装逼 逼样 骚逼 贱逼 妈逼 你妈逼 屄 肏
        操你 操你妈 操你大爷 操你祖宗 操你娘 操他妈 操她妈 操死你 操蛋 我操 卧槽 我艹 握草 窝草 我草泥
        艹你 艹你妈 艹 草你妈 草泥马 草尼玛 操泥马 艹泥马 曹你妈 草拟吗 草拟马 草你大爷 曹尼玛 操尼玛 cao你 cao你妈 草你娘
        日你妈 日你大爷 日你先人 日你娘 日你祖宗 日了狗 狗日的 狗娘养的
        他妈的 她妈的 你妈的 特么的 妈的 他娘的 去你妈 去你的吧 滚你妈 你妈死了 你妈炸了 你妈没了 你全家死
        操你马 草你马 日你马 艹你马 你马死了 你马的 他马的 去你马的 你妈死了 nm死了
        妈了个逼 妈了个巴子 马勒戈壁 麻痹的 你麻痹 尼玛的 你大爷的
        干你娘 干你老母 他奶奶的 你奶奶的 狗逼 逼崽子 贱种 野种 杂碎 碧池 表子 婊砸
        婊子 臭婊子 婊子养的 贱人 贱货 贱婊 骚货 烂货 鸡巴 鸡掰 屌你 屌毛 吊毛
        脑残 智障 弱智 去死 去死吧 死全家 全家死光 滚蛋 滚犊子 滚你丫的 王八蛋 王八羔子 混蛋 狗杂种 杂种
        畜生 畜牲 人渣 狗东西 龟儿子 龟孙子 狗屎 吃屎 蠢货 蠢猪 废物东西 死妈 孤儿玩意
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'zh',
      kind: 'pinyin',
      terms: `
        sb shabi sha_bi shabee
        caonima cao_ni_ma cao_ni caoni caonimade cnm cnmb wcnm nmsl nmb tmd tamade ta_ma_de ni_ma_de nimade nimabi
        mlgb malegebi ma_le_ge_bi nmlgb
        wocao wo_cao
        rnm rinima ri_ni_ma qnmd qunimade
        gundan wangbadan wang_ba_dan hundan
        wsnd rnmb ni_ma_bi mdzz
        naocan nao_can zhizhang zhi_zhang biaozi biao_zi
        sbwanyi
      `,
    },
  ],
  contexts: [
    // Short pinyin abbreviations are abuse in Chinese text (客服SB, cnm！) or said to someone
    // (you sb), but names elsewhere: SB Logistics, Team SB, CNM as a display name.
    {
      view: 'lat',
      terms: 'sb cnm cnmb wcnm nmsl nmb tmd mlgb nmlgb rnm rnmb qnmd wsnd mdzz',
      abuseOnlyWith: { cjk: true, before: 'you u ur your youre ya ni nimen ta mom mum' },
    },
  ],
  exceptions: [
    {
      view: 'cjk',
      terms: `
        妈妈的 我妈的 老妈的 大妈的 姨妈的 舅妈的 姑妈的 后妈的 奶妈的 干妈的 亲妈的 宝妈的 孩子妈的 岳母妈的
        我操心 我操作 我操纵 我操控 我操办 我操场 我操练 我操持 我操劳 操你的心 操你们的心
        去死海 过去死
        杂种优势 杂种狗 杂种猫
        狗屎运
        干你娘家
        智障人士 智障儿童 智障患者 弱智儿童

        艹字头 草字头
        {生,今,明,昨,节,每,周,假,平,末,当,次,前,往,近,本,某,全,半,整,终,翌,工作,星期,纪念,营业,这几,那几}日你{妈,娘,大爷,祖宗,先人}
        {体,早,广播,健美,出,课间}操你
        鸡巴西 鸡巴士
      `,
    },
  ],
};
