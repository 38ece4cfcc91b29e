/**
 * Texts of the answering workflows (issue #12), per language: the request for details sent to a
 * suspected fake's author, the prepared public replies, the "resolved" notice of a case. Calm,
 * factual, never accusing; a site's reply templates (when present) take precedence.
 */

export type Lang = 'en' | 'ru' | 'zh';

export const langOf = (locale?: string | null): Lang => {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('ru')) return 'ru';
  if (l.startsWith('zh')) return 'zh';
  return 'en';
};

/** The language a comment is written in, by its letters (Cyrillic, CJK, else English): one pass. */
export const guessLocale = (text: string | null | undefined): string => {
  let cyr = 0;
  let cjk = 0;
  const s = (text ?? '').slice(0, 2000);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
  }
  if (cjk > 0 && cjk >= cyr) return 'zh-Hans';
  return cyr > 0 ? 'ru' : 'en';
};

const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  en: { orderNumber: 'Order number', purchaseDate: 'Purchase date' },
  ru: { orderNumber: 'Номер заказа', purchaseDate: 'Дата покупки' },
  zh: { orderNumber: '订单号', purchaseDate: '购买日期' },
};

const T = {
  en: {
    requestSubject: 'Could you help us find your order?',
    requestIntro: 'Thank you for your comment. We would like to look into it, and for that we need to find your purchase.',
    requestAsk: 'Could you send us these details by {deadline}?',
    requestLink: 'Answer here (the link works once): {link}',
    requestCode: 'Your answer code (it works once): {token}',
    requestNotYou: 'If you did not write this comment, you can ignore this message.',
    yourComment: 'Your comment, as you wrote it:',
    replyNoAnswer:
      'On {date} we asked the author of this comment for the order number and purchase date so that we could look into it. We have not received an answer. If you are the author, write to us and we will gladly look into it.',
    replyUnverified:
      'On {date} we asked the author of this comment for the details of the purchase so that we could look into it. The details we received do not match any order in our records. If you are the author and we got something wrong, write to us and we will check again.',
    resolvedSubject: 'Your complaint is resolved (case #{number})',
    resolvedIntro: 'Thank you for telling us about the problem. We looked into it as case #{number}.',
    cause: 'What we found: {cause}',
    solution: 'What we did: {solution}',
    resolvedOutro: 'If the problem is still there, answer this message and quote case #{number}.',
  },
  ru: {
    requestSubject: 'Помогите нам найти ваш заказ',
    requestIntro: 'Спасибо за ваш комментарий. Мы хотим разобраться, и для этого нам нужно найти вашу покупку.',
    requestAsk: 'Пожалуйста, пришлите эти данные до {deadline}:',
    requestLink: 'Ответить можно здесь (ссылка действует один раз): {link}',
    requestCode: 'Ваш код для ответа (действует один раз): {token}',
    requestNotYou: 'Если вы не писали этот комментарий, просто не отвечайте на это письмо.',
    yourComment: 'Ваш комментарий, как вы его написали:',
    replyNoAnswer:
      '{date} мы попросили автора этого комментария сообщить номер заказа и дату покупки, чтобы разобраться. Ответа мы не получили. Если вы автор, напишите нам — мы обязательно разберёмся.',
    replyUnverified:
      '{date} мы попросили автора этого комментария сообщить данные покупки, чтобы разобраться. Присланные данные не совпадают ни с одним заказом в нашей системе. Если вы автор и мы что-то упустили, напишите нам — мы проверим ещё раз.',
    resolvedSubject: 'Ваше обращение решено (обращение №{number})',
    resolvedIntro: 'Спасибо, что рассказали о проблеме. Мы разобрались с ней в обращении №{number}.',
    cause: 'Причина: {cause}',
    solution: 'Что мы сделали: {solution}',
    resolvedOutro: 'Если проблема осталась, ответьте на это письмо и укажите обращение №{number}.',
  },
  zh: {
    requestSubject: '请帮助我们找到您的订单',
    requestIntro: '感谢您的评论。我们希望跟进此事，为此需要找到您的购买记录。',
    requestAsk: '请在 {deadline} 之前提供以下信息：',
    requestLink: '请在此回复（链接仅可使用一次）：{link}',
    requestCode: '您的回复码（仅可使用一次）：{token}',
    requestNotYou: '如果这条评论不是您写的，请忽略此邮件。',
    yourComment: '您的评论原文：',
    replyNoAnswer:
      '我们于 {date} 请这条评论的作者提供订单号和购买日期，以便跟进处理，但尚未收到回复。如果您是作者，请联系我们，我们很乐意跟进。',
    replyUnverified:
      '我们于 {date} 请这条评论的作者提供购买信息以便跟进处理。收到的信息与我们记录中的任何订单都不相符。如果您是作者且我们有所疏漏，请联系我们，我们会再次核实。',
    resolvedSubject: '您的投诉已解决（工单 #{number}）',
    resolvedIntro: '感谢您告诉我们这个问题。我们已在工单 #{number} 中处理。',
    cause: '原因：{cause}',
    solution: '我们的处理：{solution}',
    resolvedOutro: '如果问题仍然存在，请回复此邮件并注明工单 #{number}。',
  },
} satisfies Record<Lang, Record<string, string>>;

export const fill = (s: string, vars: Record<string, string | number | null | undefined>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined || vars[k] === null ? m : String(vars[k])));

/** A date as the author reads it: YYYY-MM-DD HH:mm UTC (no locale data needed). */
export const utcDate = (d: Date, withTime = true) =>
  withTime ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : d.toISOString().slice(0, 10);

const quote = (text: string, max = 280) => {
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return cut.split(/\r\n|\r|\n/).map((line) => `> ${line}`);
};

export const fieldLabel = (name: string, locale: string | null | undefined, siteLabel?: string) =>
  FIELD_LABELS[langOf(locale)][name] ?? siteLabel ?? name;

export const fakeRequestMessage = (input: {
  locale: string | null;
  fields: Array<{ name: string; label: string }>;
  deadline: Date;
  link: string | null;
  token: string;
  excerpt: string | null;
  /** The site's `fake-request` template, filled: it replaces the built-in greeting and question. */
  intro?: string | null;
}) => {
  const t = T[langOf(input.locale)];
  const lines = input.intro
    ? [input.intro, '']
    : [t.requestIntro, '', fill(t.requestAsk, { deadline: utcDate(input.deadline) })];
  for (const f of input.fields) lines.push(`- ${fieldLabel(f.name, input.locale, f.label)}`);
  lines.push('', input.link ? fill(t.requestLink, { link: input.link }) : fill(t.requestCode, { token: input.token }));
  if (input.excerpt) lines.push('', t.yourComment, ...quote(input.excerpt));
  lines.push('', t.requestNotYou);
  return { subject: t.requestSubject, body: lines.join('\n') };
};

export const fakeReplyText = (kind: 'no-answer' | 'unverified', locale: string | null, askedAt: Date) => {
  const t = T[langOf(locale)];
  return fill(kind === 'no-answer' ? t.replyNoAnswer : t.replyUnverified, { date: utcDate(askedAt, false) });
};

export const caseResolvedMessage = (input: {
  locale: string | null;
  number: number;
  cause: string | null;
  solution: string | null;
  excerpt: string | null;
}) => {
  const t = T[langOf(input.locale)];
  const subject = fill(t.resolvedSubject, { number: input.number });
  const lines = [fill(t.resolvedIntro, { number: input.number })];
  if (input.cause) lines.push('', fill(t.cause, { cause: input.cause }));
  if (input.solution) lines.push('', fill(t.solution, { solution: input.solution }));
  if (input.excerpt) lines.push('', t.yourComment, ...quote(input.excerpt));
  lines.push('', fill(t.resolvedOutro, { number: input.number }));
  return { subject, body: lines.join('\n') };
};
