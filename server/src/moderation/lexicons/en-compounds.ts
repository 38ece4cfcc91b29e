/**
 * Obscene stems that make a glued word obscene when every other part is an English word
 * (ass + hat, dick + brain, cum + bucket). Stems matched anywhere already (fuck, shit, cunt …) need
 * no entry. `first`: only as the first part (-cock ends many surnames: Laycock, Heathcock).
 * The other parts come from the SCOWL word list (see ../segment/words.ts).
 */
export const EN_COMPOUND_STEMS = {
  anywhere: 'ass arse dick dicks cum tit tits twat turd piss prick pussy wank slut jizz dildo douche skank fag',
  first: 'cock',
};
