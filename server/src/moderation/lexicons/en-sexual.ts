import type { LexiconSpec } from './types';

/**
 * English sexual vocabulary (data only; rule category `obscenity`, reported as kind `sexual`).
 *
 * Sources: the LDNOOBW list (npm `naughty-words`, `en.json`, CC-BY-4.0), `badwords-list` (MIT,
 * the list behind `bad-words`) and the `obscenity` package's English dataset (MIT); we keep the
 * explicit terms and leave out words with an everyday meaning (sex, butt, snatch, xxx, shag,
 * fingering, escort, rape …), which no context rule separates reliably.
 * Clinical words (penis, vagina, semen …) are whole words only.
 */
export const EN_SEXUAL: LexiconSpec = {
  lang: 'en',
  sets: [
    {
      view: 'lat',
      mode: 'root',
      lang: 'en',
      kind: 'sexual',
      terms: `
        blowjob handjob footjob rimjob titjob boobjob lubejob
        gangbang cunnilingus cunilingus cunillingus anilingus fellatio fellate
        masturbat masterbat
        bukkake creampie deepthroat doggystyle doggiestyle buttplug
        fingerbang fingerfuck fistfuck titfuck tittyfuck titwank
        bestiality beastiality zoophilia
        cameltoe upskirt ballsack nutsack butthole
        smegma splooge poontang
        pornograph pornstar
        felch feltch blumpkin camwhore camslut sexcam livesex phonesex jailbait tubgirl
      `,
    },
    {
      view: 'lat',
      mode: 'head',
      lang: 'en',
      kind: 'sexual',
      terms: `
        orgasm ejaculat sodomi nympho
        dildo jizz jism jizm
      `,
    },
    {
      view: 'lat',
      mode: 'word',
      lang: 'en',
      kind: 'sexual',
      terms: `
        blow_job hand_job rim_job gang_bang gang_banged deep_throat doggy_style butt_plug
        jerk_off jack_off circlejerk
        milf milfs gilf
        fisting fisted_her
        rimming sodomy sodomize sodomise
        anal porn porno pornos pr0n
        orgy orgies threesome
        bdsm femdom strapon dominatrix dominatrixes
        boner boners boob boobs boobies booobs
        tit tits clit clits clitoris
        penis penises vagina vaginas vulva vulvas semen spunk
        horny hornier horniest
        hentai smut smutty
        goatse queef quim punany minge pubes
        schlong hardon hard_on
        humping dry_hump
        cumming cummed
      `,
    },
  ],
  exceptions: [
    {
      view: 'lat',
      terms: `
        nympholepsy nympholepsies nympholept
      `,
    },
  ],
  contexts: [
    // the birds and the idiom
    { view: 'lat', terms: 'tit', cleanNear: 'tat blue great coal willow marsh crested long tailed bird birds', window: 2 },
    // hentai as a plain word in Japanese names is rare; anal as in "anal retentive"
    { view: 'lat', terms: 'anal', cleanNear: 'retentive retentiveness fissure fin fins gland glands canal', window: 2 },
  ],
};
