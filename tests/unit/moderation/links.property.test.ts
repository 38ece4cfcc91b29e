/**
 * The links pass reads linkify word by word (advertising/passes/links.ts linkMatches): only the
 * words with a '.', '@', ':' or '/', each on its own. It must find exactly what linkify finds
 * in the whole view: the same links, e-mails and schemes, at the same offsets, with the same
 * text and URL.
 */
import fc from 'fast-check';
import { createLinkify, linkMatches, linkView } from '../../../server/src/moderation/advertising/passes/links';
import { createAdvertisingDetector } from '../../../server/src/moderation/advertising';
import { foldText } from '../../../server/src/moderation/normalize';

const linkify = createLinkify();
const plain = (ms: ReturnType<typeof linkMatches> | null) =>
  (ms ?? []).map((m) => ({ schema: m.schema, index: m.index, lastIndex: m.lastIndex, raw: m.raw, text: m.text, url: m.url }));

function same(view: string): void {
  expect([view, plain(linkMatches(linkify, view))]).toEqual([view, plain(linkify.match(view))]);
  // padded with words without a link mark, the view is read word by word (not whole)
  const pad = ' word'.repeat(view.length + 1);
  for (const padded of [pad + ' ' + view, view + pad, pad + '\n' + view + '\t' + pad]) {
    expect([padded, plain(linkMatches(linkify, padded))]).toEqual([padded, plain(linkify.match(padded))]);
  }
}

/** Pieces of links, e-mails, schemes and their neighbours: punctuation, brackets, quotes, scripts. */
const piece = fc.constantFrom(
  'spam-site', 'example-shop', 'luckyspin', 'casino', 'a', 'x1', 'bit', 'ly', 'www', 'www.', 'http://', 'https://', 'ftp://',
  'mailto:', '//', '://', ':', '.', '..', '.com', '.win', '.ru', '.xyz', '.co', '.io', '.рф', 'рф', '.de', '@', 'name', 'gmail',
  '/', '/path', '?id=5', '#x', '&', '=', '-', '_', ',', ';', '!', '?', '(', ')', '[', ']', '{', '}', '<', '>', '"', "'",
  '|', '｜', '$', '+', '*', '%', '~', '8080', ':8080', '127', '0', 'дом', 'сайт', 'ok', 'e.g', 'i.e.', 'Mr', ' ', ' ', '  ',
  '\n', '\t', '\u00a0', '\u3000', '\u2003', '中', '。', '：',
);

describe('links pass: linkify read word by word (advertising/passes/links.ts linkMatches)', () => {
  it('finds what linkify finds in the whole view, on generated text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => same(parts.join(''))),
      { numRuns: 6000 },
    );
  });

  it('finds what linkify finds in the view of generated comments (folded as the pass folds them)', () => {
    const words = fc.constantFrom('Buy followers at', 'пишите', 'see', 'dot', 'com', 'Т.me/spam', 'WWW.Site.COM/x', 'ｅｘａｍｐｌｅ．ｃｏｍ', '😀', '👉', 'a@b.co', 'x.y.z', 'Visit', 'https://', 'hxxps://', 'a.b', '5.5', 'e.g.', '1.5.ru');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, piece), { maxLength: 16 }), (parts) => same(linkView(foldText(parts.join(' ')).s))),
      { numRuns: 5000 },
    );
  });

  it('leaves words without a link mark out, and reads a view that is mostly link whole', () => {
    // every offset points into the view
    const view = 'write to spam@site.xyz or see http://a.win/x, luckyspin.win and the rest of it';
    const ms = linkMatches(linkify, view);
    expect(ms.map((m) => view.slice(m.index, m.lastIndex))).toEqual(['spam@site.xyz', 'http://a.win/x', 'luckyspin.win']);
    expect(linkMatches(linkify, 'no links here at all, not one')).toEqual([]);
    same('spam.win/a.b.c@d.com');
  });

  it('gives the detector the same evidence (a two-byte view: Cyrillic and emoji around the links)', () => {
    const ad = createAdvertisingDetector({ allow: ['example-shop.com'], exhaustive: true });
    for (const [text, term] of [
      ['Заходи 👉 luckyspin-casino.win 🎰 бонус', 'luckyspin-casino.win'],
      ['пишите на spam.seller@mail.xyz, ответим', 'spam.seller@mail.xyz'],
      ['наш сайт example-shop.com, а спам — https://cheap-followers.xyz/ref?id=1', 'cheap-followers.xyz'],
    ]) {
      const ev = ad.detect(text).evidence;
      expect([text, ev.map((e) => e.term)]).toEqual([text, [term]]);
      expect(text.slice(ev[0].start, ev[0].end).toLowerCase()).toContain(term.split('.')[0].split('@')[0]);
    }
  });
});
