import type { LexiconSpec } from './types';

/**
 * English profanity, vulgar insults and slurs (data only).
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
        asshole arsehole azzhole asswipe asslick assclown asshat assfuck
        bastard bullshit horseshit dipshit batshit apeshit chickenshit
        cocksuck cocksuk cocksmok cockface cockhead dicksuck dickhead dickwad dickface dickweed dickbag dickish dickhole dickless
        assmunch assface arsewipe tosspot twatface twatwaffle
        whore
        cunt
        wanker wankstain
        jackass dumbass smartass fatass lardass kissass
        douchebag douchecanoe
        fucktard libtard
        cumslut cumdump cumstain cumbucket
        pussylick
        clusterfuck
        nigger nigga nigguh
        faggot fagot faggit fagget
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
        retard
        bellend knobhead knobend tosser
        scumbag scumbucket
        cocksucker
        numbnut shithead shitbag shitface shitstain shithole
        pissed piss pissing pisser pisshead pisstake
        jerkoff jackoff
        motherf mthrfckr mfer mofo
        tranny trannie shemale
        wetback raghead towelhead
        arse{hole,wipe,licker}
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
        turd turds fugly bint wog wogs paki pakis honky honkies spaz spazz
        fag fags fagz
        kike kikes spic spics gook gooks beaner beaners chinks
        tard tards
        thot thots
        bugger buggers buggered buggering sod_off
        twats pissoff
        cuck cucks cuckold
        wtf stfu gtfo
        fuckboy
        son_of_a_bitch sonofabitch piece_of_shit
        suck_my_dick suck_my_cock eat_shit go_fuck_yourself
        kill_yourself
        retards retarded
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
      `,
    },
  ],
};
