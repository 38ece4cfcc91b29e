/**
 * Evidence covers exactly the matched text: `text.slice(start, end)` is the contact or phrase
 * as posted — no punctuation or word before it, whatever the script or the disguise.
 */
import fc from 'fast-check';
import { createAdvertisingDetector, createModerator } from '../../../server/src/moderation';

const m = createModerator({ allow: ['example-shop.com', '+1 800 555 0100'], exhaustiveEvidence: true, logger: { error: () => undefined } });

const CASES: Array<[text: string, matched: string]> = [
  ['例如：developer@example.com', 'developer@example.com'],
  ['联系：spam@gmail.com 兼职', 'spam@gmail.com'],
  ['邮箱:spam@gmail.com', 'spam@gmail.com'],
  ['mail:spam@gmail.com', 'spam@gmail.com'],
  ['Пишите:spam@gmail.com', 'spam@gmail.com'],
  ['«spam@gmail.com»', 'spam@gmail.com'],
  ['（spam@gmail.com）', 'spam@gmail.com'],
  ['网址：spam-site.xyz/a', 'spam-site.xyz/a'],
  ['网址：https://spam-site.xyz/a', 'https://spam-site.xyz/a'],
  ['см.spam-site.xyz/a', 'spam-site.xyz/a'],
  ['Note:cheap-likes.top/offer', 'cheap-likes.top/offer'],
  ['电话：13912345678', '13912345678'],
  ['Join ｔ．ｍｅ／spam_channel', 'ｔ．ｍｅ／spam_channel'],
  ['Join t\u200b.me/spam_channel!', 't\u200b.me/spam_channel'],
  ['Join т.ме/spam_channel', 'т.ме/spam_channel'],
  ['WhatsApp: +٧٩١٦١٢٣٤٥٦٧', '+٧٩١٦١٢٣٤٥٦٧'],
  ['звоните: восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь.', 'восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь'],
  ['電話：一三九一二三四五六七八。', '一三九一二三四五六七八'],
  ['😀😀 spam@gmail.com 😀', 'spam@gmail.com'],
];

const ads = createAdvertisingDetector({ allow: ['example-shop.com'], exhaustive: true });

describe('evidence offsets', () => {
  it.each(CASES)('%s → exactly %s', (text, matched) => {
    const d = m.classifyText(text);
    expect(d.category).toBe('advertising');
    expect(d.evidence.map((e) => text.slice(e.start, e.end))).toContain(matched);
    for (const e of d.evidence) expect(text.slice(e.start, e.end)).not.toMatch(/^[\s:：,，。.;«（(]/u);
  });

  it('an e-mail after any word and any colon-like separator starts at the address', () => {
    const words = fc.constantFrom('例如', 'Пишите', 'mail', 'contact', 'почта', '邮箱', '');
    const seps = fc.constantFrom(':', '：', ': ', '： ', ' ', ' - ', '—', '，');
    fc.assert(
      fc.property(words, seps, fc.stringMatching(/^[a-z][a-z0-9]{2,10}$/), (w, sep, user) => {
        const text = `${w}${sep}${user}@gmail.com`;
        // the advertising detector alone: a random user name may spell a swear word (e6aiaa)
        const d = ads.detect(text);
        const at = text.length - `${user}@gmail.com`.length;
        expect([text, d.evidence.map((e) => text.slice(e.start, e.end))]).toEqual([text, expect.arrayContaining([`${user}@gmail.com`])]);
        for (const e of d.evidence) expect([text, e.start >= at]).toEqual([text, true]);
      }),
      { numRuns: 400 },
    );
  });
});
