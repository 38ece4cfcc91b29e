import type { LexiconSpec } from './types';

/**
 * Russian slurs and insults that are not mat (data only; rule category `insults`), and sexual
 * vocabulary that is not mat (rule `obscenity`).
 *
 * Sources: ethnic and homophobic slurs from the team's original list, completed from
 * `russian-bad-words` (MIT) and LDNOOBW `ru.json` (npm `naughty-words`, CC-BY-4.0); ableist
 * insults (дебил, даун) from the same lists. Mild everyday words (идиот, дурак, козёл, лох) are
 * left out on purpose: an angry but clean complaint is never removed.
 */
export const RU_INSULTS: LexiconSpec = {
  lang: 'ru',
  sets: [
    {
      view: 'cyr',
      mode: 'root',
      lang: 'ru',
      kind: 'slur',
      rule: 'insults',
      terms: `
        пидорас пидарас пидарасы пидрил педрил
        ниггер черножоп черномаз
      `,
    },
    {
      view: 'cyr',
      mode: 'head',
      lang: 'ru',
      kind: 'slur',
      rule: 'insults',
      terms: `
        пидор пидар пидр педик педераст пидорг гомосек петушар
        пиндос узкоглаз жидовск чучмек
        дебил дегенерат
      `,
    },
    {
      view: 'cyr',
      mode: 'word',
      lang: 'ru',
      kind: 'slur',
      rule: 'insults',
      terms: `
        жид жиды жидов жидам жидами жидовка жидовки жидяра жидяры
        хач хачи хачей хачик хачики
        чурка чурки чурок чуркам
        нигеры нигеров нигерам нигерами
        гомик гомики гомика гомиков
        хохол хохлы хохлов хохлам хохлами хохлушка хохлушки
        москаль москали москалей кацап кацапы кацапов нерусь
        даун дауны даунов даунам даунище
        урод уроды уродов уродина уродины
        быдло
      `,
    },
    {
      view: 'cyr',
      mode: 'word',
      lang: 'ru',
      kind: 'sexual',
      terms: `
        минет минета минетом порно порнуха порнухи куни кунилингус
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'ru',
      kind: 'translit',
      rule: 'insults',
      terms: `
        pidor pidar pidr pidoras pidaras pidorasy pidarasy pidrila
      `,
    },
  ],
  exceptions: [
    {
      view: 'cyr',
      terms: `
        педикюр педикюра педикюре педикюром педикулез
      `,
    },
  ],
  contexts: [
    // синдром Дауна; the tuft of hair (хохол на макушке)
    { view: 'cyr', terms: 'даун дауны', cleanNear: 'синдром синдрома синдромом синдроме', window: 2 },
    { view: 'cyr', terms: 'хохол', cleanNear: 'макушке макушка волос волосы торчит чуб птицы', window: 3 },
  ],
};
