import type { LexiconSpec } from './types';

/**
 * English profanity (data only; rule category `obscenity`). Insults and slurs are in
 * ./en-insults.ts, sexual vocabulary in ./en-sexual.ts.
 * Sources: the team's original list; spellings cross-checked with the public lists of the npm
 * packages `badwords-list` (MIT, via `bad-words`) and `naughty-words` (LDNOOBW, CC-BY-4.0).
 * Terms are folded like the text (lower case, look-alikes, leetspeak) and repeated letters
 * are collapsed at build time, so list plain spellings only.
 */
export const EN_LEXICON: LexiconSpec = {
  lang: 'en',
  sets: [
    {
      view: 'lat',
      mode: 'root',
      lang: 'en',
      kind: 'root',
      terms: `
        fuck fukking fucc fuxk fvck phuck phuk phuq fcuk{ing,er,ed}
        motherfuck muthafuck mutherfuck mothafuck motherfuk muthafuk mofuck
        shit shyt shiet
        bitch biatch biotch beotch bytch
        assfuck
        bullshit horseshit batshit apeshit chickenshit dogshit jackshit eatshit
        cocksuck cocksuk cocksmok dicksuck
        whore
        cunt
        cumslut cumdump cumstain cumbucket
        pussylick
        clusterfuck
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'en',
      kind: 'root',
      terms: `
        fuk fck fcking fkin fking fuq fuqing
        shite shitt{y,ier,iest}
        slut skank twat wank wanking jizz dildo douche beyotch
        bollock bolock
        cocksucker
        shithole
        pissed piss pissing pisser pisshead pisstake
        jerkoff jackoff
        motherf mthrfckr mfer mofo
        arselicker
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'en',
      kind: 'word',
      terms: `
        ass asses arse arses
        dick dicks dik diks
        cock cocks
        prick pricks
        pussy pussies puss{i,ey} pusy
        cum cums cumming cummed cumshot
        tits titty titties
        turd turds fugly
        thot thots
        bugger buggers buggered buggering sod_off
        twats pissoff
        cuck cucks cuckold
        wtf stfu gtfo
        fuckboy
        piece_of_shit
        suck_my_dick suck_my_cock eat_shit go_fuck_yourself
      `,
    },
  ],
  exceptions: [
    {
      view: 'lat',
      terms: `
        scunthorpe penistone
        matsushita yamashita kinoshita takeshita morishita kishita hashita oshita kushita
        shiitake shitake shitzu shihtzu
        fukushima fukuoka fukuyama fukui fukuda fukunaga fuku
        huygens
        cocktail cockpit cockroach cockatoo cockney cockerel cockburn cocky hitchcock peacock woodcock
        dickens dickinson dickson dickey dickie
        pissarro
        retardant retardants retardation
        tittle titter titular titillate
        scumble
        cumulative cumulus cumin cumbersome document cucumber
        bassist
        skankin
        wankel fuqua
        snigger sniggers sniggering sniggered niggard niggardly
        twatch smartwatch
        arsenal arsenic arsenio
        knobend
        bitchute brainfuck shitz
        kshiti twattle
      `,
    },
  ],
};
