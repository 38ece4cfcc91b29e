import type { LexiconSpec } from './types';

/**
 * Russian mat, vulgarisms and strong insults (data only), plus transliterated mat; rule
 * category `obscenity`. Slurs and non-mat insults are in ./ru-insults.ts.
 * Sources: the team's original list, cross-checked with the public lists of the npm packages
 * `russian-bad-words` (MIT) and `naughty-words` (LDNOOBW `ru.json`, CC-BY-4.0).
 * Folding at build time: ё→е, й→и, ъ→ь, repeated letters collapsed.
 * `stem` terms may follow word-formation prefixes (за-, по-, на-, от(ъ)-, вы-, до-, об(ъ)-,
 * раз(ъ)-, у-, с(ъ)-, недо-, про-, пере- …); before a stem that starts with е/ё/ю/я a
 * consonant prefix needs ъ/ь (съебать, but not себя).
 */
export const RU_LEXICON: LexiconSpec = {
  lang: 'ru',
  sets: [
    {
      view: 'cyr',
      mode: 'root',
      lang: 'ru',
      kind: 'root',
      terms: `
        пизд пезд писд пёзд
        залуп
        хуесос хуеплет хуеглот хуила хуйло хуило
        долбоеб долбаеб долбоёб мозгоеб
        ебанат ебанут ебанько ебантяй ебальник
        блядск блядств блядун блядин
        уебок уёбок уебищ уёбищ уебан
        членосос
        мандавошк
      `,
    },
    {
      view: 'cyr',
      mode: 'stem',
      lang: 'ru',
      kind: 'root',
      terms: `
        хуй хуе хуя хую хуё
        еб ёб иоб йоб
        ебан ебал ебат
        жоп
        дроч
        говн гавн
      `,
    },
    {
      view: 'cyr',
      mode: 'head',
      lang: 'ru',
      kind: 'root',
      terms: `
        бля блеат блеад выбляд
        бляд блят
        хуйн хуев хуёв
        мудак мудач мудил мудозвон мудло мудень
        гандон гондон
        шлюх шлюш шалав
        ублюд
        дерьм
        херн херов херова херово херотен
        засран обосра обосса обоссы усрат усрал сраны сраная сраное сраную сраные сраным сраной
        ссыкл ссыкун
        мразот мразин
        сучар сучон сучат сученыш
        хуесос хуепутал
        минетчиц
      `,
    },
    {
      view: 'cyr',
      mode: 'word',
      lang: 'ru',
      kind: 'word',
      terms: `
        сук{а,и,е,у,ой,ою,ам,ами,ах} ссук{а,и,у,ой} сукин{,а,ы,ым,ому,ого} сукин_сын
        сучк{а,и,е,у,ой,ами} сучий сучья сучье сучьи сучьего сучьей сучьих
        мраз{ь,и,ью,ей,ям,ями}
        твар{ь,и,ью,ей,ям,ями,ина,ины}
        гнид{а,ы,е,у,ой,ам,ами}
        падл{а,ы,е,у,ой,ам,ами,юка,юки}
        сволоч{ь,и,ью,ей,ам,ами} сволота
        курв{а,ы,е,у,ой}
        манд{а,ы,е,у,ой,ец}
        чмо чмош{ник,ники,ника,нику} чмыр{ь,и,я}
        шмар{а,ы,у,ой}
        давалк{а,и,у,ой}
        хер хера херу нахер нахера похер похеру похерить похерил похерили захерачить
        пох
        епт епта ептыть ёпт ёпта ёптыть
        срать сру срёт срет срут срал срала срали срань насрать насрал насрали насрано обосрать обосрался обосрались
        ссать ссыт ссут ссал ссали ссанина ссаный ссаная обоссать обоссал обоссали обоссанный
        трахать трахаться трахнуть трахнул трахнули трахал трахали трахает трахают оттрахать оттрахал отымел
        отсоси отсосать отсосал отсосёт отсосет соси сосни соснул соснули
        проблядь проблядью проблядина
      `,
    },
    // Transliterated mat (Latin letters).
    {
      view: 'lat',
      mode: 'root',
      lang: 'ru',
      kind: 'translit',
      terms: `
        pizd pezd pisd pyzd
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'ru',
      kind: 'translit',
      terms: `
        nahuy nahuj nahui nakhuy nakhui nahuya nihuya nihuja pohuy pohuj pohui pohuyu pohuist
        ohuel ohuet ohuen ahuel ahuet ahuen
        huinya huynya hujnya huinia huyna huyovo huyovy huevy huevyi huyak huylo huilo
        xyinya xyunya xuinya xuynya xyeta xueta
        zaeb zayeb zaebal zaebis naeb naebal uebok uyobok ueban uebish uyobish dolboeb dolboyob dolbaeb mozgoeb
        otyebis otebis hujnja huinja
        ebanat yebanat ebanut yebanut ebanyi ebaniy ebanij ebanaya ebanoe yobany yobaniy yobanyi eblan
        zalup
        blyad blyat blyadi blyadina blyadsk bljad bljat bliad bliat blyaaa
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'ru',
      kind: 'translit',
      terms: `
        blya blia blja
        huy huj khuy xuy xyu xyi xyj hueta
        gandon gondon
        mudak mudil mudach mudozvon
        shluh shlyuh shlukh shlyukh shalav
        ebat ebal ebut ebash yebat yebal yobat yoban eban
        ublyud ubljud
        govno govnyuk govnuk gavno
        zhopa zhopu zhope zhopoy jopa
        derjmo derymo
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'ru',
      kind: 'translit',
      terms: `
        suka sukoy sooka sukka cyka cyka_blyat syka sukablyat sukin_syn sukinsyn
        suchka suchki suchara
        mraz mrazi mrazota
        gnida gnidy
        padla padly
        svoloch svolochi
        kurva kurwa
        chmo
        eblo ebalo
        pofig_blya
        nahera nahuja
      `,
    },
  ],
  prefixes: [
    {
      view: 'cyr',
      terms: `
        за по на от ото вы до об обо раз рас роз у с со про пере под подо при из ис вз вс воз вос
        в во о не ни недо без бес пре над надо а
        долбо мудо мозго
        съ отъ объ разъ подъ изъ въ взъ надъ сь оть обь разь подь изь вь взь надь
      `,
    },
  ],
  exceptions: [
    {
      view: 'cyr',
      terms: `
        бляха бляхи бляху бляхе бляхой бляшка бляшки бляшку бляшек
        оскорбля употребля корабля рубля сабля
        страхуй страхуе страхуя страхую психуй психуе психуя психую
        педикюр педикюра педикюре педикюром педикулез
        жопер
        говнев
        хулиган
      `,
    },
    {
      view: 'lat',
      terms: `
        huygens huyton huyen huynh
        ebano ebanista
        ebanking ebanker ebank$ ebanks$

        mrazek

        sukiyaki sukhoi
      `,
    },
  ],
};
