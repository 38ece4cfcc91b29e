import type { LexiconSpec } from './types';

/**
 * English insults and slurs (data only; rule category `insults`).
 *
 * Where each family comes from:
 * - compound insults (asshole, dickhead, fuckwit …): the team's original list, completed from
 *   the public lists of `badwords-list` (MIT, the list behind the `bad-words` package) and
 *   `naughty-words` (the LDNOOBW list, CC-BY-4.0);
 * - ethnic slurs (coon, darkie, jigaboo, raghead, wetback …) and homophobic slurs
 *   (carpetmuncher, fudgepacker, dyke …): LDNOOBW `en.json`, the `obscenity` package's English
 *   dataset (MIT) and `leo-profanity`'s dictionary (MIT, from the Shutterstock list);
 * - ableist slurs (retard, spaz, spastic, mong): the same lists.
 * Ambiguous words (coon, chink, dyke, homo, negro, hooker, twinkie, spastic …) are whole words
 * only and carry context rules (`contexts` below).
 */
export const EN_INSULTS: LexiconSpec = {
  lang: 'en',
  sets: [
    {
      view: 'lat',
      mode: 'root',
      lang: 'en',
      kind: 'insult',
      rule: 'insults',
      terms: `
        asshole arsehole azzhole asswipe asslick assclown asshat assmunch assface arsewipe
        dipshit
        cockface cockhead cockmunch dickhead dickwad dickface dickweed dickbag dickish dickhole dickless dickbrain
        tosspot twatface twatwaffle twathead
        wanker wankstain
        jackass dumbass smartass fatass lardass kissass
        douchebag douchecanoe douchenozzle
        fucktard libtard retardo
        fuckwit fuckwhit fukwit fuckface fuckhead fucknut fuckstick
        shitheel nobhead
      `,
    },
    {
      view: 'lat',
      mode: 'root',
      lang: 'en',
      kind: 'slur',
      rule: 'insults',
      terms: `
        nigger nigga nigguh niggah niggaz nignog
        faggot fagot faggit fagget
        jigaboo jiggaboo jiggerboo africoon coonass
        spearchucker zipperhead slanteye chingchong greaseball halfbreed
        sandnigger
        carpetmuncher muffdiver muffdiving fudgepacker fudgepack shirtlifter battyboy bulldyke bulldike poofter
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'en',
      kind: 'insult',
      rule: 'insults',
      terms: `
        bellend knobhead knobend tosser
        scumbag scumbucket
        numbnut shithead shitbag shitface shitstain
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'en',
      kind: 'slur',
      rule: 'insults',
      terms: `
        retard
        tranny trannie shemale
        wetback raghead towelhead
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'en',
      kind: 'insult',
      rule: 'insults',
      terms: `
        bastard bastards
        bint pillock pillocks
        son_of_a_bitch sonofabitch
        kill_yourself kys
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'en',
      kind: 'slur',
      rule: 'insults',
      terms: `
        wog wogs paki pakis honky honkies honkey whitey
        kike kikes spic spics spick gook gooks beaner beaners chink chinks chinaman
        coon coons darkie darkies darky niglet
        wop wops dago dagos gyppo gypo pikey pikeys injun injuns squaw squaws redskin redskins
        boong boonga abeed arabush
        ching_chong porch_monkey camel_jockey
        negro negros negroes
        fag fags fagz dyke dykes lesbo lesbos homo homos
        carpet_muncher fudge_packer batty_boy nancy_boy
        twinkie twinkies
        hooker hookers
        retards retarded tard tards spaz spazz spastic spastics mong mongs mongoloid mongoloids sperg
      `,
    },
  ],
  exceptions: [
    {
      view: 'lat',
      terms: `
        retardant retardants retardation retardment
        knobend
        dickbrained
        woops
      `,
    },
  ],
  contexts: [
    // the animal and the cat breed: raccoon and cocoon are other words anyway (whole words only)
    { view: 'lat', terms: 'coon coons', cleanNear: 'maine hound hounds coonhound cat cats kitten kittens breed' },
    { view: 'lat', terms: 'chink chinks', cleanNear: 'in of armor armour light wall curtain door', window: 2 },
    { view: 'lat', terms: 'dyke dykes', cleanNear: 'van offa offas dick dutch flood dam', window: 2 },
    { view: 'lat', terms: 'homo homos', cleanNear: 'sapiens erectus habilis neanderthalensis ecce faber ludens economicus', window: 2 },
    // Spanish and Portuguese: the colour
    {
      view: 'lat',
      terms: 'negro negros negroes',
      cleanNear: `el la los las lo un una unos unas de del en y o es son muy mas color colores rio mar vino cafe pan oro
        gato perro pelo ojos camisa vestido traje blanco rojo azul verde gris negra negras preto cor
        mercado humor agujero punto tinta montenegro`,
    },
    // rugby position
    { view: 'lat', terms: 'hooker hookers', cleanNear: 'rugby scrum scrums lineout prop props flanker lock fly half try tries tackle squad league union throw throws', window: 4 },
    // the snack cake
    { view: 'lat', terms: 'twinkie twinkies', cleanNear: 'hostess cake cakes snack snacks ate eat eating eats cream filling box pack fried sweet sponge bought buy', window: 4 },
    // medicine: spastic paraplegia / cerebral palsy
    { view: 'lat', terms: 'spastic spastics', cleanNear: 'paraplegia diplegia quadriplegia hemiplegia cerebral palsy muscle muscles colon dysphonia paralysis gait', window: 3 },
    { view: 'lat', terms: 'mong mongs', cleanNear: 'kok hmong', window: 2 },
  ],
};
