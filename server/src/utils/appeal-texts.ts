/** Built-in texts of the appeal link line and of the answer to an appeal that was not granted (en, ru, zh). */

type Lang = 'en' | 'ru' | 'zh';

const langOf = (locale?: string | null): Lang => {
  const l = (locale ?? '').toLowerCase();
  return l.startsWith('ru') ? 'ru' : l.startsWith('zh') ? 'zh' : 'en';
};

const TEXTS: Record<Lang, { link: string; subject: string; kept: string; yours: string }> = {
  en: {
    link: 'Think this was a mistake? Tell a moderator why (this link works once): {url}',
    subject: 'Your appeal was reviewed',
    kept: 'A moderator read your appeal and kept the decision: the comment stays removed. Thank you for explaining.',
    yours: 'Your appeal:',
  },
  ru: {
    link: 'Считаете, что это ошибка? Объясните модератору (ссылка работает один раз): {url}',
    subject: 'Ваше обращение рассмотрено',
    kept: 'Модератор прочитал ваше обращение и оставил решение в силе: комментарий остаётся удалённым. Спасибо за объяснение.',
    yours: 'Ваше обращение:',
  },
  zh: {
    link: '认为这是误判？请告诉版主原因（此链接仅可使用一次）：{url}',
    subject: '您的申诉已审核',
    kept: '版主已阅读您的申诉，维持原决定：该评论仍被删除。感谢您的说明。',
    yours: '您的申诉：',
  },
};

/** The line an explanation ends with: where to appeal. */
export const appealLine = (locale: string | null | undefined, url: string) =>
  TEXTS[langOf(locale)].link.replace('{url}', url);

/** The answer to an appeal when the moderator kept the removal; the author's words quoted, never mixed with ours. */
export const appealDecisionMessage = (locale: string | null | undefined, message: string) => {
  const t = TEXTS[langOf(locale)];
  const quoted = message.split(/\r\n|\r|\n/).map((line) => `> ${line}`);
  return {
    subject: t.subject,
    body: [`${t.subject}.`, '', t.kept, '', t.yours, ...quoted].join('\n'),
  };
};
