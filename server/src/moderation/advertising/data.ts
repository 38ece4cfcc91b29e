/**
 * Word lists of the advertising detector. Data only: words, keyword phrases and TLDs.
 * All entries are written folded (lower case, no diacritics) as produced by `foldText`.
 * A space inside a phrase matches any run of spaces / `-` / `_` / `|` / `.` (or nothing).
 */

/**
 * Phrases that are advertising on their own (SEO spam, selling contact databases,
 * buying followers, contact offers in Chinese). Kept to commercial phrasings: a comment
 * that merely talks about spam ("someone is spamming links") does not contain them.
 */
export const STRONG_PHRASES: string[] = [
  // EN
  'telegram database', 'telegram data base', 'telegram users database', 'whatsapp database',
  'whatsapp number list', 'whatsapp numbers list', 'phone number list', 'phone numbers list',
  'mobile number list', 'mobile numbers list', 'cell phone number list', 'phone number database',
  'phone numbers database', 'b2b email list', 'b2b email database', 'email list for sale',
  'buy email list', 'consumer email list', 'ceo email list', 'buy followers', 'buy real followers',
  'buy instagram followers', 'buy tiktok followers', 'buy likes', 'buy views', 'buy subscribers',
  'cheap followers', 'followers cheap', 'bitcoin doubling', 'double your bitcoin',
  'gift card generator',
  // RU
  'база номеров', 'базу номеров', 'базы номеров', 'продам базу', 'продаю базу', 'база telegram',
  'база телеграм', 'купить отзывы', 'купить подписчиков', 'купить лайки', 'договорные матчи',
  'договорной матч',
  // ZH
  '电报数据库', '电话号码列表', '手机号码列表', '电话号码数据', '手机号数据', '电子邮件列表',
  '邮件列表出售', '邮箱列表', '购买粉丝', '买粉', '刷粉', '真人粉', '代开发票', '稳赚不赔',
  '兼职日赚', '电话号码出售',
];

/**
 * Topic words of promotion. Not advertising alone; they make an ambiguous contact
 * (an @handle, a bare digit run) count as one, and a homoglyph-disguised topic word is
 * advertising on its own.
 */
export const TOPIC_WORDS: string[] = [
  // EN
  'casino', 'casinos', 'bet', 'betting', 'bets', 'jackpot', 'slots', 'bonus', 'promo', 'promo code',
  'crypto', 'bitcoin', 'btc', 'usdt', 'forex', 'signals', 'trading bot', 'invest', 'investment',
  'profit', 'earn', 'income', 'loan', 'loans', 'payday', 'followers', 'likes', 'subscribers',
  'wholesale', 'resellers', 'discount code', 'gift card', 'gift cards', 'free money',
  'remote workers', 'per hour', '/hour', '/day', 'limited stock', 'for sale', 'cheap',
  'database', 'leads', 'dm me', 'check my profile', 'link in bio', 'recommend', 'got my refund',
  'sneakers', 'replica',
  // RU
  'казино', 'ставки', 'ставка', 'бонус', 'крипта', 'криптовалюта', 'биткоин', 'биткоин', 'заработок',
  'заработать', 'доход', 'займ', 'займы', 'кредит', 'деньги в долг', 'подписчиков', 'подписчики',
  'лайки', 'просмотры', 'накрутка', 'раскрутка', 'отзывы', 'продам', 'продаю', 'дёшево', 'дешево',
  'недорого', 'оптом', 'оригинал', 'рекомендую', 'помогли вернуть', 'подробности', 'канал',
  // ZH
  '兼职', '赚钱', '日赚', '贷款', '比特币', '加密货币', '投资', '返利', '出售', '便宜', '低价',
  '粉丝', '数据库', '号码', '赌', '彩票', '代理', '推广', '优惠', '货源', '刷单', '网赌', '博彩',
  '日赚', '日结', '注册送', '无需征信', '快速贷款', '翻倍', '微商', '加微信', '加v', '加qq',
  'online casino', 'casino bonus', 'free spins', 'betting tips', 'crypto signals',
  'trading signals', 'payday loans', 'no credit check', 'earn money online', 'make money online',
  'work from home', 'real followers', 'instagram followers', 'followers and likes', 'get verified',
  'email list', 'email database', 'phone numbers', 'накрутка подписчиков', 'без вложений',
  'работа на дому', 'займы онлайн', 'займ онлайн', 'ставки на спорт', 'база клиентов',
  'базу клиентов',
];

/** Messenger / contact-channel names. An @handle or number right after one is a contact. */
export const MESSENGERS: string[] = [
  'telegram', 'telegramm', 'tg', 'tlg', 'телеграм', 'телеграмм', 'телега', 'телеге', 'телегу',
  'телеграме', 'телеграмме', 'тг', 'тгк', 'whatsapp', 'whats app', 'whatsap', 'wa', 'wapp',
  'ватсап', 'вотсап', 'ватсапп', 'вацап', 'viber', 'вайбер', 'signal', 'skype', 'скайп',
  'discord', 'дискорд', 'instagram', 'insta', 'inst', 'инста', 'инстаграм', 'инст', 'vk', 'вк',
  'wechat', 'weixin', 'vx', 'wx', '微信', '薇信', '威信', 'qq', '扣扣', '电报', 'line', 'kakao',
  'kakaotalk', 'snapchat', 'snap', 'tiktok', 'facebook', 'fb', 'messenger',
  // other spellings: misspelt, declined, spaced, slang (纸飞机 "paper plane" = Telegram)
  'watsapp', 'watsap', 'whatsupp', 'вотсапп', 'вацапп', 'ватсапе', 'вотсапе', 'вацапе', 'ватс ап',
  'вотс ап', 'вайбере', 'вибер', 'телеграмчик', 'телеграмм канал', 'скайпе', 'дискорде', '飞机',
  '纸飞机', 'tele gram', 'what s app',
];

/**
 * Words that offer a contact ("write to", "DM", "call"): an @handle / digit run right after
 * one of them (within a few characters) is a contact.
 */
export const CONTACT_WORDS: string[] = [
  'contact', 'contacts', 'contact me', 'dm', 'pm', 'dm me', 'pm me', 'message', 'message me',
  'msg', 'text', 'text me', 'call', 'call me', 'write', 'write me', 'write to', 'reach', 'reach me',
  'join', 'add', 'add me', 'follow', 'apply', 'check', 'visit', 'order at', 'at', 'via', 'on',
  'inbox', 'hmu', 'ping',
  'пиши', 'пишите', 'напиши', 'напишите', 'пишем', 'звони', 'звоните', 'позвоните', 'звонить',
  'заходи', 'заходите', 'подписывайся', 'подписывайтесь', 'канал', 'канале', 'контакт', 'контакты',
  'связь', 'для связи', 'через', 'в лс', 'лс', 'тел', 'телефон', 'номер',
  '联系', '联系电话', '电话', '加', '私信', '咨询', '找', '微', '手机', '热线', '客服微信',
];

/**
 * Words after which a digit run is an identifier (order / tracking / invoice number,
 * not a phone): `order #12345678`, `заказ №…`, `订单…`.
 */
export const NUMBER_CONTEXT_WORDS: string[] = [
  'order', 'orders', 'order no', 'order number', 'order id', 'no', 'nr', 'num', 'number', 'id',
  'tracking', 'tracking number', 'track', 'tracking no', 'parcel', 'invoice', 'receipt', 'ticket',
  'case', 'sku', 'article', 'item', 'code', 'ref', 'reference', 'account', 'acct', 'card',
  'iban', 'serial', 'imei', 'model', 'batch', 'awb', 'shipment', 'package',
  'заказ', 'заказа', 'заказе', 'заказу', 'заказом', 'трек', 'трек-номер', 'трекномер', 'номер заказа',
  'посылка', 'посылки', 'отправление', 'накладная', 'артикул', 'счет', 'счёт', 'чек', 'карта',
  'карты', 'код', 'инн', 'снилс', 'договор', 'обращение', 'заявка', 'заявки', 'тикет',
  '订单', '订单号', '单号', '运单', '运单号', '快递单号', '物流单号', '编号', '发票', '卡号',
  '账号', '工单', '序列号', '型号',
];

/** Words of a price / quantity right after a digit run (`19 990 ₽`, `1466元`). */
export const AMOUNT_SUFFIX_WORDS: string[] = [
  'руб', 'рублей', 'рубля', 'р', 'тыс', 'usd', 'eur', 'rub', 'dollars', 'euros', 'yuan', 'rmb',
  '元', '块', '万', '人民币', 'pcs', 'items', 'users', 'ceos', 'km', 'kg', 'mb', 'gb',
];

/**
 * Top-level domains accepted for bare (scheme-less, www-less) links and obfuscated
 * `site dot com` forms. Kept to TLDs that are not also common words/file extensions.
 */
export const STRONG_TLDS: string[] = [
  'com', 'net', 'org', 'info', 'biz', 'pro', 'io', 'co', 'ru', 'su', 'рф', 'ua', 'by', 'kz', 'uz',
  'cn', 'cc', 'xyz', 'top', 'club', 'win', 'shop', 'store', 'online', 'site', 'live', 'vip', 'app',
  'dev', 'link', 'click', 'bet', 'casino', 'loan', 'loans', 'money', 'cash', 'fun', 'space',
  'website', 'tech', 'best', 'world', 'today', 'life', 'buzz', 'icu', 'cyou', 'sbs', 'monster',
  'rest', 'lol', 'pw', 'gg', 'uk', 'de', 'fr', 'es', 'nl', 'pl', 'ca', 'au', 'br', 'jp', 'kr', 'hk',
  'tw', 'sg', 'ae', 'sa', 'tr', 'vn', 'ph', 'th', 'ir', 'eu', 'asia', 'mobi', 'name', 'network',
  'digital', 'agency', 'email', 'market', 'trade', 'finance', 'capital', 'credit', 'investments',
  'games', 'game', 'poker', 'bingo', 'racing', 'work', 'works', 'jobs', 'date', 'dating', 'sex',
  'xxx', 'porn', 'adult', 'cam', 'tube', 'video', 'media', 'news', 'blog', 'page', 'group',
  'team', 'company', 'services', 'solutions', 'systems', 'global', 'center', 'zone', 'plus',
  'deals', 'sale', 'discount', 'coupons', 'promo', 'gift', 'gifts', 'bid', 'trading', 'exchange',
  'wang', 'ltd', 'ink', 'men', 'party', 'review', 'reviews', 'stream', 'download', 'host',
  'press', 'one', 'run', 'cloud', 'social', 'chat', 'help', 'support', 'tel', 'mx', 'ar', 'cl',
  'za', 'ng', 'ke', 'pk', 'bd', 'lk', 'np', 'ge', 'am', 'az', 'kg', 'tj', 'tm', 'md', 'lt', 'lv',
  'ee', 'fi', 'se', 'no', 'dk', 'cz', 'sk', 'hu', 'ro', 'bg', 'rs', 'hr', 'si', 'gr', 'pt', 'ch',
  'at', 'be', 'ie', 'il', 'nz', 'id', 'in', 'me', 'to', 'it', 'us', 'ws', 'tv', 'ly', 'ai', 'fm',
  'so', 'my', 'is', 'im', 'la', 'ma', 'mu', 'nu', 'sh', 'st', 'ac', 'do', 'gl', 'py', 'rs',
];

/**
 * TLDs that are also everyday words / file extensions (`fine.it`, `readme.md`, `Great.So`):
 * a bare link with one of them is only accepted with a path, `www.` or a scheme, or when
 * its host is a known link shortener / messenger host.
 */
export const AMBIGUOUS_TLDS: string[] = [
  'me', 'to', 'it', 'in', 'is', 'at', 'be', 'no', 'my', 'so', 'do', 'us', 'am', 'id', 'im',
  'la', 'ma', 'mu', 'nu', 'sh', 'st', 'ac', 'gl', 'py', 'rs', 'md', 'ws', 'tv', 'ly', 'ai', 'fm',
  'ge', 'cam', 'date', 'men', 'one', 'run', 'help', 'support', 'page', 'plus', 'chat', 'zone',
  'ch', 'pt', 'se', 'fi', 'ee', 'tm', 'sk', 'cz', 'il', 'nz', 'ie', 'ar', 'cl', 'mx', 'tel',
  'ink', 'bid', 'gift', 'sale', 'news', 'blog', 'video', 'media', 'game', 'games', 'work',
  'works', 'team', 'group', 'center', 'social', 'cloud', 'host', 'press', 'review', 'party',
  'stream', 'download', 'best', 'today', 'life', 'world', 'fun', 'rest', 'lol', 'name',
];

/** Hosts that are contacts in themselves (messenger links, shorteners). */
export const CONTACT_HOSTS: string[] = [
  't.me', 'telegram.me', 'telegram.dog', 'wa.me', 'chat.whatsapp.com', 'api.whatsapp.com',
  'vk.me', 'm.me', 'ig.me', 'bit.ly', 'tinyurl.com', 'cutt.ly', 'clck.ru', 'goo.su', 'is.gd',
  'u.wechat.com', 'qm.qq.com', 'discord.gg', 'linktr.ee', 'taplink.cc',
];

/** Words that are never the label of an obfuscated link (`the dot com bubble`). */
export const OBFUSCATION_STOP_LABELS: string[] = [
  'the', 'a', 'an', 'this', 'that', 'it', 'is', 'at', 'on', 'in', 'of', 'to', 'and', 'or', 'my',
  'your', 'our', 'its', 'polka', 'period', 'just', 'full', 'stop', 'red', 'blue', 'green',
];

/** Words that spell an obfuscated "." or "@" (`site dot com`, `name at gmail dot com`). */
export const OBFUSCATION_WORDS: string[] = ['dot', 'точка', 'at', 'собака', '点'];

/** WeChat / QQ keywords (an id after one of them is a contact). */
export const WECHAT_WORDS: string[] = [
  'wechat', 'weixin', 'wei xin', 'vx', 'wx', 'qq', 'v', 'вэ', '微', '薇信', '威信', 'v信', '扣扣', '企鹅', 'q群',
];
