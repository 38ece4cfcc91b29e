/**
 * English phrase lists of the tone check.
 *
 * Sources: the brand-reply guidance this product follows (issue #12: never condescend, joke,
 * fawn or "bribe"; admit mistakes plainly), common customer-service style guides' lists of
 * patronising phrases ("as previously stated", "obviously", "you should have"), and the
 * review-gating / incentivised-review wording that marketplace and review-platform policies
 * forbid ("discount if you remove your review", "change your rating for a refund").
 * Phrases are matched on the folded text (case, width, diacritics, invisible characters and
 * runs of white space do not matter) at word boundaries.
 */
import type { PhraseGroup } from '../types';
import { list } from './list';

export const EN: PhraseGroup[] = [
  {
    id: 'condescension.already-said', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      as we already wrote | as we already said | as we already explained | as we already mentioned |
      as we have already | as we've already | as i already said | as i already wrote | as i've already |
      as i have already | as i said before | as we said before | as previously stated | as stated before |
      as clearly stated | as was clearly stated | as already stated | as already explained |
      as already mentioned | as mentioned several times | as mentioned many times | as we keep saying |
      for the last time | we've told you | we have told you | we already told you | i already told you |
      i'll explain it again | let me explain it again | let me repeat myself | once again, the |
      like we said | like i said | as explained above | as stated above | clearly stated |
      is clearly stated | is clearly written | it's clearly written | it says so clearly
    `),
  },
  {
    id: 'condescension.obviously', role: 'obviously', lang: 'en', kind: 'condescension',
    phrases: list(`
      obviously | clearly you | evidently | as anyone can see | it should be obvious | needless to say
    `),
  },
  {
    id: 'condescension.blame-reader', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      you should have read | you should've read | you should have checked | you should've checked |
      you should have looked | you should've looked | you should have known | you should've known |
      if you had read | if you'd read | if you had bothered | had you read | did you even read |
      did you even check | did you not read | didn't you read | you clearly did not | you clearly didn't |
      you obviously didn't | you obviously did not | you probably did not read | you probably didn't read |
      read the instructions carefully | read the description carefully | please read carefully |
      learn to read | rtfm | you failed to read | you failed to follow | you must have missed |
      try reading | next time read | next time, read | it is your responsibility to read |
      next time, maybe | next time maybe | next time, check | next time check | next time, make sure |
      next time make sure | apparently you did not | apparently you didn't | you apparently
    `),
  },
  {
    id: 'condescension.easy', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      it's not that hard | it is not that hard | it's not that difficult | it is not that difficult |
      it's not rocket science | not rocket science | it's really very simple | it's really simple |
      it is really simple | it's very simple really | everyone knows | everybody knows | common sense |
      any child could | even a child | surely you know | surely you understand | as everyone knows
    `),
  },
  {
    id: 'condescension.dismissive', role: 'flag', lang: 'en', kind: 'condescension',
    phrases: list(`
      calm down | with all due respect | no offense, but | no offence, but | no offense but |
      no offence but | i'm not sure what part | what part of | not sure why this is so hard | sweetie |
      honey, | bless your heart | we understand this can be confusing for some
    `),
  },
  {
    id: 'humor.laughter', role: 'laugh', lang: 'en', kind: 'humor',
    phrases: list(`
      haha | ahah | hehe | hihi | lol | lmao | lmfao | rofl | roflmao | xd | ha ha | hah | heh
    `),
  },
  {
    id: 'humor.joke', role: 'flag', lang: 'en', kind: 'humor',
    phrases: list(`
      just kidding | only kidding | i'm kidding | i am kidding | just joking | only joking | i'm joking |
      jk | j/k | kidding aside | joking aside | pun intended | no pun intended | ha!
    `),
  },
  {
    id: 'humor.sarcasm', role: 'flag', lang: 'en', kind: 'humor',
    phrases: list(`
      yeah right | nice try | good luck with that | what a surprise | shocking, i know | captain obvious |
      sure, because | wow, just wow | oh, the horror | cry me a river | boo hoo | welcome to the club
    `),
  },
  {
    id: 'overapology.apology', role: 'apology', lang: 'en',
    phrases: list(`
      sorry | apologize | apologise | apologizing | apologising | apologies | apology | forgive us |
      forgive me | we regret | pardon us
    `),
  },
  {
    id: 'overapology.grovel', role: 'flag', lang: 'en', kind: 'overapology',
    phrases: list(`
      beg your forgiveness | beg for your forgiveness | we humbly beg | humbly apologize |
      humbly apologise | so so sorry | so, so sorry | so very very sorry | very very sorry | sooo sorry |
      soooo sorry | terribly terribly sorry | a thousand apologies | a million apologies |
      we don't deserve | we do not deserve | deeply ashamed | we are ashamed | we're ashamed |
      on our knees | grovel | we are not worthy | please please forgive | sorry sorry |
      we cannot apologize enough | we can't apologize enough | we can't apologise enough |
      cannot apologise enough | no words can express how sorry
    `),
  },
  {
    id: 'bribe.offer', role: 'offer', lang: 'en',
    phrases: list(`
      discount | coupon | voucher | promo code | promocode | gift card | gift certificate | store credit |
      account credit | for free | free of charge | free month | free shipping | free delivery |
      free upgrade | free gift | a gift | refund | bonus | reward | compensation | cashback | cash back |
      % off | percent off | complimentary | freebie | loyalty points
    `),
  },
  {
    id: 'bribe.removal', role: 'removal', lang: 'en',
    phrases: list(`
      delete your review | delete the review | delete this review | delete your comment |
      delete the comment | delete this comment | delete your post | delete the post | remove your review |
      remove the review | remove this review | remove your comment | remove the comment | remove your post |
      take down your review | take down the review | take your review down | take the review down |
      take down your post | take the post down | edit your review | change your review |
      update your review | revise your review | change your rating | update your rating |
      raise your rating | change the rating | deleting your review | deleting the review |
      removing your review | removing the review | changing your review | updating your review |
      changing your rating | updating your rating | deleting your comment | removing your comment |
      retract your review | withdraw your review | withdraw your complaint | 5 stars | 5-star | five stars |
      five-star | positive review | good review
    `),
  },
  {
    id: 'bribe.negation', role: 'negation', lang: 'en',
    phrases: list(`
      not asking you to | don't have to | do not have to | don't need to | do not need to | no need to |
      never ask | would never ask | won't ask | will not ask | not ask you to | regardless of |
      whether or not you | no strings attached | not conditional | no conditions | whatever you decide |
      keep your review
    `),
  },
  {
    id: 'admission', role: 'admission', lang: 'en',
    phrases: list(`
      we were wrong | we are wrong | we made a mistake | we made an error | we made mistakes | our mistake |
      our fault | our error | we messed up | we got it wrong | we dropped the ball | we should have |
      we should've | on us | we failed | we let you down | our side | on our end | we missed | we did not |
      we didn't | we were at fault | mistake was ours | error was ours | fault is ours | we owe you |
      our own | not good enough | not acceptable | unacceptable | we obviously | we're obviously |
      we are obviously | i obviously | important | care about | we care | matters to
    `),
  },
  {
    id: 'condescension.repeat-verb', role: 'repeat-verb', lang: 'en',
    phrases: list(`
      explained | said this | said it | told you | answered this | answered that | mentioned this |
      mentioned it | repeated
    `),
  },
  {
    id: 'condescension.repeat-count', role: 'repeat-count', lang: 'en',
    phrases: list(`
      twice | three times | four times | several times | many times | multiple times | more than once |
      again and again | over and over | a dozen times | countless times | times already
    `),
  },
  {
    id: 'bribe.removal-verb', role: 'removal-verb', lang: 'en',
    phrases: list(`
      delete | deleting | deleted | remove | removing | removed | take down | taking down | edit | editing |
      change | changing | update | updating | revise | revising | retract | withdraw | pull down | raise |
      bump up
    `),
  },
  {
    id: 'bribe.removal-object', role: 'removal-object', lang: 'en',
    phrases: list(`
      your review | this review | that review | the review | your comment | this comment | your post |
      your rating | the rating | your complaint | your feedback | your 1-star | your one-star |
      the negative review | your negative review | your stars
    `),
  },
];
