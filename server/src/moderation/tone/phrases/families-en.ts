/**
 * English feature families of the tone check: instead of listing whole sentences, a framing
 * word and a content word that together make the move, whatever sits between them.
 *
 * The families follow the moves customer-service style guides describe as patronising
 * (pointing back to what was already said, counterfactual blame of the reader, presumed
 * knowledge, minimising the difficulty, policing the reader's tone, shifting the blame) and the
 * sarcasm of feigned intent ("sure, we lose parcels on purpose"). Tuned on replies.jsonl and
 * heldout.jsonl only; heldout-b.jsonl was written before them and is only reported.
 */
import type { PhraseGroup } from '../types';
import { family, list } from './list';

const SAY_VERBS = `
  mentioned | said | explained | wrote | written | noted | pointed out | stated | told you | indicated |
  specified | informed you | advised | highlighted | emphasized | emphasised | clarified | repeated |
  outlined | described | in my previous | in our previous | in my last | in our last | in my earlier |
  in our earlier
`;
const READ_VERBS = `
  read | looked | checked | followed | opened | noticed | consulted | paid attention | scrolled | bothered |
  known | read through | taken a look | had a look
`;

export const EN_FAMILIES: PhraseGroup[] = [
  // "As I pointed out…", "like we noted in our earlier message", "as has been explained"
  ...family('en', 'condescension.already-said', 25, `
    as i | as we | like i | like we | as was | as has been | as it was | as it has been | as already |
    as previously | as earlier | i already | we already | i've already | we've already | i have already |
    we have already
  `, SAY_VERBS),
  // "Had you looked at…", "if you had checked…", "you could have read…"
  ...family('en', 'condescension.blame-reader', 25, `
    had you | if you had | if you'd | if only you | you could have | you could've | you would have |
    you would've | you should have | you should've | you might have | you'd have
  `, READ_VERBS, { name: 'counterfactual' }),
  // "Reading it first would have saved us both some time."
  ...family('en', 'condescension.blame-reader', 40, `
    reading | checking | looking at | a look at | a glance at | following | opening
  `, `
    would have saved | would've saved | would have avoided | would've avoided | would have prevented |
    would have spared | could have avoided | could have been avoided | would have told you |
    would have shown you
  `, { name: 'saved', unlessAdmission: true }),
  // "You simply need to read…", "all you had to do was check…"
  ...family('en', 'condescension.blame-reader', 20, `
    you simply | you merely | all you had to do | all you needed to do | all you needed | all you had
  `, `read | look | check | follow | open | scroll`, { name: 'simply' }),
  // "Surely you know…", "I'm sure you understand…"
  ...family('en', 'condescension.obviously', 12, `
    surely you | surely, you | i'm sure you | i am sure you | you surely | you of course | you must surely
  `, `
    know | understand | realise | realize | be aware | are aware | remember | appreciate | see that |
    can see | can tell | noticed
  `, { name: 'presumed' }),
  // "It isn't complicated", "not that difficult", "couldn't be simpler"
  ...family('en', 'condescension.easy', 8, `
    not that | not so | isn't | is not | nothing | not at all | not particularly | hardly | couldn't be |
    could not be | isn't really | not really
  `, `hard | difficult | complicated | complex | tricky | rocket science | simpler | easier`),
  // Feigned intent: "Sure, because we lose parcels on purpose."
  ...family('en', 'humor.sarcasm', 40, `
    of course | sure | yes | yeah | because we | oh
  `, `
    on purpose | deliberately | intentionally | for fun | for the fun of it | just to annoy
  `, { guard: `not | n't | never | no one | nobody` }),
  {
    id: 'condescension.dismissive', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      relax | chill out | settle down | take a deep breath | no need to get | no reason to get |
      no need to be so | don't be so | stop shouting | no need to shout | overreacting | overreact |
      so worked up | get worked up | calm yourself | don't get so
    `),
  },
  {
    id: 'condescension.blame-reader', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      not our fault | not our problem | not our responsibility | not our mistake | not our issue |
      no fault of ours | your own fault | your own mistake | your own error | that's your problem |
      that is your problem | user error | that's on you | that is on you | the fault is yours |
      the mistake is yours
    `),
  },
  {
    id: 'humor.sarcasm', role: 'flag', lang: 'en', kind: 'humor',
    phrases: list(`
      oh sure | oh, sure | oh great | oh, great | oh wonderful | oh, wonderful | oh brilliant |
      oh, brilliant | oh right | oh, right | yeah, because | because obviously | thanks for nothing |
      who would have thought | who'd have thought | big surprise | what a shock
    `),
  },
  // Object first, then the removal: "as soon as the review is gone".
  ...family('en', 'removal', 20, `
    review | rating | comment | post | complaint | feedback | stars
  `, `
    is gone | is removed | is deleted | is taken down | comes down | disappears | gets deleted |
    gets removed | is edited | is changed | is updated | has been removed | has been deleted | goes away
  `),
  {
    id: 'bribe.removal-object', role: 'removal-object', lang: 'en',
    phrases: list(`
      one-star | 1-star | one star | 1 star | two-star | 2-star | low rating | bad review |
      negative review | negative comment | critical review | that review | that comment
    `),
  },
];
