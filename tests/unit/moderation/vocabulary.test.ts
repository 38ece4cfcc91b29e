/**
 * Vocabulary: sexual terms, slurs and insults in EN / RU / ZH, each citing its rule category,
 * with the same disguise handling as the older terms; ambiguous words with context rules,
 * each tested on both sides; coverage measured against two independent public lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';

const detector = createObscenityDetector();
const hits = (t: string) => detector.detect(t);

function expectFlagged(texts: string[]): void {
  expect(texts.filter((t) => hits(t).length === 0)).toEqual([]);
}
function expectClean(texts: string[]): void {
  expect(texts.filter((t) => hits(t).length > 0).map((t) => `${t} → ${hits(t).map((e) => t.slice(e.start, e.end)).join(', ')}`)).toEqual([]);
}

describe('new vocabulary', () => {
  it('English sexual terms, also disguised, cite the obscenity rule', () => {
    const texts = ['blowjob', 'handjob', 'gangbang', 'rimjob', 'masturbate', 'masturbating', 'fisting', 'milf', 'cunnilingus', 'bukkake', 'b l o w j o b', 'h@ndj0b', 'g*ngbang', 'mаsturbate' /* Cyrillic а */, 'ｍｉｌｆ'];
    expectFlagged(texts);
    for (const t of texts) expect(hits(t)[0]).toMatchObject({ rule: 'obscenity', kind: 'sexual' });
  });

  it('English slurs (ethnic, homophobic, ableist) and insults cite the insults rule', () => {
    const texts = ['coon', 'darkie', 'jigaboo', 'raghead', 'towelhead', 'wetback', 'carpetmuncher', 'carpet muncher', 'fudgepacker', 'retard', 'retarded', 'spaz', 'dyke', 'asshat', 'fuckwit', 'dickbrain', 'f.u.d.g.e.p.a.c.k.e.r', 'r3tard'];
    expectFlagged(texts);
    for (const t of texts) expect(hits(t)[0]).toMatchObject({ rule: 'insults' });
    expect(hits('fuck')[0]).toMatchObject({ rule: 'obscenity' });
  });

  it('Russian slurs, ableist insults and sexual words', () => {
    expectFlagged(['хохлы', 'москали', 'жиды', 'пидор', 'педики', 'дебил', 'дебилы', 'ты даун', 'черножопый', 'минет', 'порнуха', 'д3бил', 'п.и.д.о.р', 'нигеры']);
    expect(hits('дебил')[0]).toMatchObject({ rule: 'insults', lang: 'ru' });
    expectClean(['дебют', 'педикюр', 'москвич', 'хохолок', 'урожай', 'уроки', 'Нигер', 'Нигерия', 'река Нигер']);
  });

  it('Chinese sexual words and slurs', () => {
    expectFlagged(['黑鬼', '死基佬', '娘炮', '白痴', '约炮', '口交', '自慰', '三级片']);
    expect(hits('黑鬼')[0]).toMatchObject({ rule: 'insults', lang: 'zh' });
    expectClean(['出口交易', '进出口交货', '路口交通', '印度支那半岛', '考试日逼近', '基本功', '人民']);
  });
});

describe('Chinese variant characters and 逼/屄 compounds', () => {
  it('妳 for 你 (also traditional forms)', () => {
    expectFlagged(['操妳', '操妳妈', '操妳媽', '幹妳娘', '草妳马']);
    expect(hits('操妳妈')[0].term).toBe('操你妈');
  });

  it('逼 compounds are abuse; 逼 as a verb is not', () => {
    expectFlagged(['操逼', '烂逼', '臭逼', '舔逼', '肏屄', '你个烂逼', '操 逼']);
    expectClean(['逼迫', '逼近', '逼真', '咄咄逼人', '被逼无奈', '他被逼着加班', '寒气逼人', '体操逼近满分', '画面很逼真']);
  });
});

describe('ambiguous words: context rules, both sides', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['coon', ['go home, coon', 'you dumb coon'], ['my Maine Coon is sick', 'raccoon', 'cocoon', 'coon hound puppy']],
    ['negro (Spanish/Portuguese colour)', ['shut up negro'], ['el perro negro', 'color negro', 'vino negro y pan', 'Río Negro', 'Montenegro']],
    ['hooker (rugby)', ['cheap hooker', 'your mom is a hooker'], ['the hooker threw into the lineout', 'our hooker won the scrum', 'Hooker played rugby for Leeds']],
    ['twinkie (the cake)', ['shut up, twinkie'], ['I ate a Twinkie', 'a box of Hostess Twinkies', 'deep fried twinkie at the fair']],
    ['tit (the bird, the idiom)', ['show your tits', 'what a tit'], ['tit for tat', 'a blue tit at the feeder', 'the great tit sings']],
    ['chink', ['stupid chink'], ['a chink in the armour', 'a chink of light', 'chinks in the wall']],
    ['dyke', ['stupid dyke'], ["Offa's Dyke path", 'Van Dyke Parks']],
    ['homo', ['you homo'], ['Homo sapiens', 'homo erectus fossils', 'homogeneous', 'homeopathy']],
    ['spastic', ['you spastic'], ['spastic paraplegia', 'spastic cerebral palsy']],
    ['даун', ['ты даун?', 'дауны'], ['синдром Дауна', 'дети с синдромом Дауна', 'даунлоад', 'дауншифтинг']],
    ['хохол', ['хохлы', 'тупой хохол'], ['хохол на макушке торчит', 'хохолок', 'хохлатый']],
    ['поп / по- prefix', ['попиздели', 'похуй'], ['поп-музыка', 'попкорн', 'поп', 'попутчик', 'попа болит', 'попробуйте']],
    ['逼', ['操逼'], ['逼迫']],
  ];
  it.each(cases)('%s', (_name, dirty, clean) => {
    expectFlagged(dirty);
    expectClean(clean);
  });
});

describe('short pinyin abbreviations: abuse in Chinese text, names elsewhere', () => {
  it('abuse inside Chinese text or after "you"', () => {
    expectFlagged(['客服SB', '你是sb吗', '什么sb客服', 'APP又崩了，cnm！！', '说好的次日达呢？tmd！！', 'nmsl，又发错货了', 'you sb', 'u sb', 'ur sb', 'Refund still pending, 客服SB!!', 'ur mom nmsl']);
  });
  it('names elsewhere', () => {
    expectClean(['SB Logistics', 'Team SB', 'CNM', 'cnm', 'TMD', 'Shipped by SB Logistics, tracking SB1234', 'CNM Consulting', 'NMSL', 'tmd tools', 'MDZZ']);
  });
  it('long pinyin stays abuse anywhere', () => {
    expectFlagged(['shabi', 'caonima', 'tamade', 'wocao']);
  });
});

describe('coverage of public lists', () => {
  it('catches at least 9 in 10 words that two independent public lists agree on', () => {
    // the list of `badwords-list` (MIT; what the `bad-words` package filters with; an ES module,
    // so its quoted strings are read from the file) and LDNOOBW (`naughty-words`, CC-BY-4.0)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ldnoobw: string[] = require('naughty-words').en;
    const source = readFileSync(join(__dirname, '../../../node_modules/badwords-list/dist/array.js'), 'utf8');
    const badWords = new Set([...source.matchAll(/'([^'\n]+)'/g)].map((m) => m[1].toLowerCase().trim()));
    expect(badWords.size).toBeGreaterThan(400);
    const agreed = [...new Set(ldnoobw.map((w) => w.toLowerCase().trim()))].filter((w) => badWords.has(w));
    expect(agreed.length).toBeGreaterThan(50);
    const missed = agreed.filter((w) => hits(w).length === 0);
    const rate = 1 - missed.length / agreed.length;
    if (process.env.VOCAB_REPORT) console.log(`agreed ${agreed.length}, caught ${(rate * 100).toFixed(1)} %, missed: ${missed.join(', ')}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});

describe('eval breakdown (per language and per family)', () => {
  it('computes recall per language and counts caught lines per family and rule', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { obscenityBreakdown, formatBreakdown } = require('../../../server/src/moderation/obscenity/breakdown');
    const row = (expect: string, lang: string, text: string) => {
      const evidence = detector.detect(text);
      return { expect, lang, decision: { category: evidence.length ? 'obscenity' : 'allow', evidence } };
    };
    const b = obscenityBreakdown([row('obscenity', 'en', 'asshat'), row('obscenity', 'en', 'hello'), row('obscenity', 'zh', '操逼'), row('allow', 'en', 'fine')]);
    expect(b.perLanguage.en).toEqual({ support: 2, caught: 1, recall: 0.5 });
    expect(b.perLanguage.zh.recall).toBe(1);
    expect(b.perFamily.insult.caught).toBe(1);
    expect(b.perFamily.sexual.caught).toBe(1);
    expect(b.perRule.insults.caught).toBe(1);
    expect(formatBreakdown(b)).toContain('recall per language');
  });
});
