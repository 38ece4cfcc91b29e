import { createAdvertisingDetector } from '../../../server/src/moderation/advertising';
import type { Evidence } from '../../../server/src/moderation/types';

const ALLOW = ['example-shop.com', '+1 800 555 0100'];
const detector = createAdvertisingDetector({ allow: ALLOW });

function kinds(ev: Evidence[]): string[] {
  return ev.map((e) => e.kind ?? '');
}

/** Every evidence span must point into the ORIGINAL text. */
function expectSpansValid(text: string, ev: Evidence[]): void {
  for (const e of ev) {
    expect(e.detector).toBe('advertising');
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
}

describe('advertising: contacts are found, with spans into the original text', () => {
  const cases: Array<[string, string, string, string]> = [
    // text, expected kind, expected term, expected slice of the original text
    ['Great deals at https://cheap-deals.xyz/promo today', 'url', 'cheap-deals.xyz', 'https://cheap-deals.xyz/promo'],
    ['Visit www.luckyspin-casino.win now', 'url', 'luckyspin-casino.win', 'www.luckyspin-casino.win'],
    ['Loans approved in 5 minutes, apply bestloans.io', 'url', 'bestloans.io', 'bestloans.io'],
    ['Cheap reviews, otzyvy-market dot ru', 'url', 'otzyvy-market.ru', 'otzyvy-market dot ru'],
    ['Cheap reviews, otzyvy-market DOT ru', 'url', 'otzyvy-market.ru', 'otzyvy-market DOT ru'],
    ['Cheap reviews — kazino-vulkan . win', 'url', 'kazino-vulkan.win', 'kazino-vulkan . win'],
    ['Cheap reviews — kazino-vulkan(.)win', 'url', 'kazino-vulkan.win', 'kazino-vulkan(.)win'],
    ['Bonus 200% hxxps://iphone-outlet.store/promo', 'url', 'iphone-outlet.store', 'hxxps://iphone-outlet.store/promo'],
    ['Join t.me/crypto_master565 for signals', 'messenger', 't.me/crypto_master565', 't.me/crypto_master565'],
    ['DM me on Telegram t . me/crypto_master565', 'messenger', 't.me/crypto_master565', 't . me/crypto_master565'],
    ['Private group https://t.me/+r8JLCxmWS5U9', 'messenger', 't.me/+r8jlcxmws5u9', 'https://t.me/+r8JLCxmWS5U9'],
    ['message me wa.me/971561728481', 'messenger', 'wa.me/971561728481', 'wa.me/971561728481'],
    ['Crypto x10 in a week, TG: @zaimking35', 'handle', '@zaimking35', '@zaimking35'],
    ['Крипта x10 за неделю, пиши тг @signalsshop', 'handle', '@signalsshop', '@signalsshop'],
    ['Had the same problem, a guy on Telegram @refund_helper got my refund in 1 day', 'handle', '@refund_helper', '@refund_helper'],
    ['Wholesale, WhatsApp +971 52 847 1823', 'phone', '+971528471823', '+971 52 847 1823'],
    ['Займы онлайн, звоните +7 (938) 634-39-45', 'phone', '+79386343945', '+7 (938) 634-39-45'],
    ['Продам товар, whatsapp 8 (930) 989-15-57', 'phone', '+79309891557', '8 (930) 989-15-57'],
    ['Продам товар, WA + 7 9 6 7 8 7 6 6 8 2 0', 'phone', '+79678766820', '+ 7 9 6 7 8 7 6 6 8 2 0'],
    ['Sneakers 70% off, text 945.325.4623', 'phone', '+19453254623', '945.325.4623'],
    ['发票问题，联系电话13838869635', 'phone', '+8613838869635', '13838869635'],
    ['电报数据库出售，需要的加微信vip17861', 'messenger', '微信:vip17861', '微信vip17861'],
    ['购买粉丝，真人粉，微信：kefu19055', 'messenger', '微信:kefu19055', '微信：kefu19055'],
    ['电报数据库出售，需要的vx:wz_8273', 'messenger', 'vx:wz_8273', 'vx:wz_8273'],
    ['低价出售微商货源，+V fensi24119', 'messenger', 'v:fensi24119', '+V fensi24119'],
    ['兼职日赚500，QQ群：712262507', 'messenger', 'qq:712262507', 'QQ群：712262507'],
    ['刷单兼职，日结，加QQ472776066', 'messenger', 'qq:472776066', 'QQ472776066'],
    ['Leads for sale: bestdata42@gmail.com', 'email', 'bestdata42@gmail.com', 'bestdata42@gmail.com'],
    ['Leads for sale: leads4sale50 at gmail dot com', 'email', 'leads4sale50@gmail.com', 'leads4sale50 at gmail dot com'],
  ];

  it.each(cases)('%s', (text, kind, term, slice) => {
    const ev = detector.detect(text).evidence;
    expectSpansValid(text, ev);
    const hit = ev.find((e) => e.kind === kind && e.term === term);
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(slice);
  });
});

describe('advertising: SEO spam phrases and disguised brand keywords', () => {
  it.each([
    ['Telegram Database | UAE Phone Number List | B2B Email List - best leads provider', 'telegram database'],
    ['Buy followers / cheap likes, fast delivery', 'buy followers'],
    ['电报数据库，需要的联系', '电报数据库'],
    ['购买粉丝，真人粉', '购买粉丝'],
    ['База номеров, актуальная', 'база номеров'],
  ])('%s', (text, phrase) => {
    const ev = detector.detect(text).evidence;
    expect(ev.some((e) => e.kind === 'seo' && e.term === phrase)).toBe(true);
  });

  it('flags a mixed-script brand keyword and points at the disguised word', () => {
    // "Теlegram" with a Cyrillic Т and е
    const text = 'Лучший \u0422\u0435legram канал';
    const ev = detector.detect(text).evidence;
    const h = ev.find((e) => e.kind === 'homoglyph');
    expect(h?.term).toBe('telegram');
    expect(text.slice(h!.start, h!.end)).toBe('\u0422\u0435legram');
  });

  it('folds fullwidth and zero-width characters inside links; spans stay in the original', () => {
    const text = 'join ｔ.ｍｅ/ｓｐａｍｍｅｒ now';
    const ev = detector.detect(text).evidence;
    expect(kinds(ev)).toContain('messenger');
    const e = ev.find((x) => x.kind === 'messenger')!;
    expect(text.slice(e.start, e.end)).toBe('ｔ.ｍｅ/ｓｐａｍｍｅｒ');

    const zw = 'casino bonus at lucky\u200bspin.win';
    const ev2 = detector.detect(zw).evidence;
    const u = ev2.find((x) => x.kind === 'url')!;
    expect(u.term).toBe('luckyspin.win');
    expect(zw.slice(u.start, u.end)).toBe('lucky\u200bspin.win');
  });
});

describe('advertising: hard negatives stay clean', () => {
  it.each([
    'Can I change the delivery address on order #92986750?',
    'Tracking 1Z627AA90505713 has not moved since June 11.',
    'Трек YT5136686986304238 не обновляется с 13.12.',
    '订单20247296867079已经13天没发货了，客服也不理人，请尽快退款！',
    '运单号RU620038582CN三天没动了。',
    'Заказ 5524-347409 задерживается уже 4 дней, поддержка молчит.',
    'I was charged twice for order no. 2939424. Please return my money!',
    'Заказ № 8677976 должен был прийти 10.08.2025, до сих пор ничего.',
    'Why is nobody answering? Been waiting since 2025-02-06.',
    'Delivery window says 18:00–22:00, the courier came at 21:40.',
    'Refund of £299.99 arrived after 14 days. Slow but fine.',
    'iPhone 15 за 19 990 ₽ — это дорого',
    'Списали 10 000 000 руб? Шучу, 14052 руб.',
    'Version 2.3.1 of the app still crashes, 2.3.0 was fine',
    '@tom.h try clearing the app cache, that fixed it for me.',
    '@max_ivanov у меня то же самое, вам ответили?',
    '@小王 我也是，你那边有回复吗？',
    'Do you have an official Telegram channel for order updates?',
    'У вас есть официальный Telegram-канал?',
    '有官方微信公众号吗？',
    '用微信支付付款失败，换了支付宝才成功。',
    'Сделайте поддержку в WhatsApp, в чате бот ничего не понимает.',
    'Заказал iPhone 15 через Wildberries и Ozon, оплатил через Apple Pay',
    'Mods, someone above is spamming links, please check.',
    '评论区有人刷广告，管理员管管。',
    'Great.So happy with the order',
    'It arrived today.It works fine',
    'The file report.pdf is attached',
    'Sent 3 emails and 2 messages, still nothing',
  ])('%s', (text) => {
    expect(detector.detect(text).evidence).toEqual([]);
  });
});

describe('advertising: the brand allow list', () => {
  it.each([
    'The checkout page on example-shop.com keeps freezing.',
    'https://example-shop.com/orders still shows "processing"',
    'See https://WWW.Example-Shop.com/help?x=1',
    'Try help.example-shop.com/faq',
    'I emailed support@example-shop.com yesterday',
    'Called +1 800 555 0100, waited 40 minutes.',
    'the official support line is 1-800-555-0100',
    'call (800) 555-0100 please',
    'звонил на 8005550100, никто не ответил',
  ])('%s', (text) => {
    expect(detector.detect(text).evidence).toEqual([]);
  });

  it('accepts @handles and t.me links of the brand, and still flags others', () => {
    const d = createAdvertisingDetector({ allow: ['@brand_official', 'example-shop.com'] });
    expect(d.detect('Contact us on Telegram @brand_official').evidence).toEqual([]);
    expect(d.detect('Contact us on Telegram t.me/brand_official').evidence).toEqual([]);
    expect(kinds(d.detect('Contact me on Telegram @someone_else').evidence)).toEqual(['handle']);
  });

  it('does not allow look-alike domains', () => {
    const ev = detector.detect('Order at https://example-shop.com.evil.xyz/login').evidence;
    expect(kinds(ev)).toContain('url');
    expect(kinds(detector.detect('Order at notexample-shop.com').evidence)).toContain('url');
  });

  it('compares phone numbers in E.164 whatever the formatting', () => {
    const d = createAdvertisingDetector({ allow: ['+7 (495) 123-45-67'], defaultPhoneRegion: 'RU' });
    expect(d.detect('Звоните 8 495 123-45-67').evidence).toEqual([]);
    expect(d.detect('Call +74951234567').evidence).toEqual([]);
    expect(kinds(d.detect('Звоните +7 (495) 765-43-21').evidence)).toContain('phone');
  });
});

describe('advertising: robustness', () => {
  it('returns [] for empty or non-string input', () => {
    expect(detector.detect('').evidence).toEqual([]);
    expect(detector.detect(undefined as unknown as string).evidence).toEqual([]);
    expect(detector.detect(42 as unknown as string).evidence).toEqual([]);
  });

  it('handles a long mixed text with many contacts', () => {
    const text = Array.from({ length: 200 }, (_, i) => `spam ${i} at t.me/spam_${i} and casino${i}.win`).join('\n');
    const ev = detector.detect(text).evidence;
    // default mode: the cheap passes already prove it is an ad, linkify is skipped
    expect(ev.filter((e) => e.kind === 'messenger')).toHaveLength(200);
    expectSpansValid(text, ev);
    const full = createAdvertisingDetector({ allow: ALLOW, exhaustive: true }).detect(text).evidence;
    expect(full.filter((e) => e.kind === 'messenger')).toHaveLength(200);
    expect(full.filter((e) => e.kind === 'url')).toHaveLength(200);
    expectSpansValid(text, full);
  });

  it('exhaustive mode also reports phones when other evidence exists', () => {
    const text = 'Продам базу номеров, WhatsApp +971 52 847 1823';
    const fast = createAdvertisingDetector({ allow: ALLOW });
    const full = createAdvertisingDetector({ allow: ALLOW, exhaustive: true });
    expect(kinds(fast.detect(text).evidence)).toContain('seo');
    expect(kinds(full.detect(text).evidence)).toEqual(expect.arrayContaining(['seo', 'phone']));
  });
});

describe('advertising: "+v https://…" is a link, not a messenger contact', () => {
  it('a URL right after "+v", "加v", "wx", "t.me/ " or "tg:" is read as the URL', () => {
    for (const pre of ['+v ', '加v ', 'wx ', 'qq: ', 'vx: ', 't.me/ ', 'tg: ']) {
      const text = `${pre}https://spam-site.xyz/x`;
      const ev = detector.detect(text).evidence;
      expect([text, ev.map((e) => `${e.kind}:${e.term}`)]).toEqual([text, ['url:spam-site.xyz']]);
      expect(text.slice(ev[0].start, ev[0].end)).toBe('https://spam-site.xyz/x');
    }
    const mail = detector.detect('qq12345@qq.com please').evidence;
    expect(mail.map((e) => `${e.kind}:${e.term}`)).toEqual(['email:qq12345@qq.com']);
  });

  it('the other side: real ids after "+v", "加v", "wx", "t.me/", "tg:" are still messenger contacts', () => {
    expect(kinds(detector.detect('+v abc12345 兼职').evidence)).toEqual(['messenger']);
    expect(kinds(detector.detect('加v spam_id123').evidence)).toEqual(['messenger']);
    expect(kinds(detector.detect('wx: shop_8899').evidence)).toEqual(['messenger']);
    expect(detector.detect('Join t.me/ spam_channel').evidence[0]).toMatchObject({ kind: 'messenger', term: 't.me/spam_channel' });
    expect(detector.detect('tg: spam_channel cheap crypto').evidence[0]).toMatchObject({ kind: 'handle' });
  });
});

describe('advertising: link schemes in any spelling', () => {
  it('https, hxxps, h**ps, with spaces around the colon or fullwidth, all lead to the host', () => {
    for (const scheme of ['https://', 'hxxps://', 'h**ps://', 'https ://', 'https: //', 'hxxp : //', 'ｈｔｔｐｓ：／／', 'HTTPS://']) {
      const text = `see ${scheme}spam-site.xyz/offer`;
      const ev = detector.detect(text).evidence;
      expect([text, ev.map((e) => `${e.kind}:${e.term}`)]).toEqual([text, ['url:spam-site.xyz']]);
      expect(text.slice(ev[0].start, ev[0].end)).toMatch(/spam-site\.xyz\/offer$/);
    }
  });

  it('the other side: a colon and slashes in prose are no scheme', () => {
    expect(detector.detect('ratio is 3 : 1 // not a link').evidence).toEqual([]);
    expect(detector.detect('http is a protocol: // comments too').evidence).toEqual([]);
  });
});

describe('advertising: messenger names in other spellings make a handle a contact', () => {
  it.each(['пишите в вотсапп', 'я в ватсапе', 'ищи в вайбере', 'напиши в телеграмчик', '纸飞机', 'my watsapp', "what's app", 'tele gram'])('%s @spam_id', (pre) => {
    const text = `${pre} @spam_id`;
    expect(detector.detect(text).evidence.map((e) => `${e.kind}:${e.term}`)).toEqual(['handle:@spam_id']);
  });

  it('the other side: a mention with no messenger or contact word is no contact', () => {
    expect(detector.detect('@spam_id thanks for the tip about sizes').evidence).toEqual([]);
  });
});

describe('advertising: links after emoji and other wide characters', () => {
  // The link view drops characters no link holds (emoji become spaces) and is then rebuilt as a
  // one-byte string; links, their spans and the http(s) validator must not notice. A user part
  // ("user:password@") before the host is part of the link, not a word before it.
  const dirty: Array<[string, string, string]> = [
    ['Casino bonus 🎰 http://luckyspin-casino.win', 'luckyspin-casino.win', 'http://luckyspin-casino.win'],
    ['🎰🎰 https://user:pw@luckyspin-casino.win:8080/go?a=1 🎰', 'luckyspin-casino.win', 'https://user:pw@luckyspin-casino.win:8080/go?a=1'],
    ['Бонус 🎰 http://luckyspin-casino.win сегодня', 'luckyspin-casino.win', 'http://luckyspin-casino.win'],
    ['注册送88元 ftp://fensi-buy.net/x 👍', 'fensi-buy.net', 'ftp://fensi-buy.net/x'],
    ['😍 http://кто-то.рф/акция', 'кто-то.рф', 'http://кто-то.рф/акция'],
    // the brand's own domain as the user part hides nothing: the host after '@' is the link
    ['Refunds at https://example-shop.com:support@refund-desk.xyz/claim 👍', 'refund-desk.xyz', 'https://example-shop.com:support@refund-desk.xyz/claim'],
    ['Refunds at https://example-shop.com@refund-desk.xyz/claim', 'refund-desk.xyz', 'https://example-shop.com@refund-desk.xyz/claim'],
  ];
  it.each(dirty)('%s', (text, term, slice) => {
    const ev = detector.detect(text).evidence;
    expectSpansValid(text, ev);
    const url = ev.find((e) => e.kind === 'url');
    expect(url?.term).toBe(term);
    expect(text.slice(url!.start, url!.end)).toBe(slice);
  });

  it('the other side: an http scheme with no host after it, next to emoji, is no link', () => {
    for (const text of ['🎰 http:// 🎰', '😍 https://@ 😍', 'see http://. 👍', '🎰 http://example-shop.com/go 🎰']) {
      expect(detector.detect(text).evidence).toEqual([]);
    }
  });
});
