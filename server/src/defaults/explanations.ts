/**
 * The built-in texts of the private explanations sent to authors, per language. A new site gets
 * them as the "Explanation texts" single type (localized), which editors change in the Content
 * Manager; a field left empty, or a locale without an entry, falls back to these.
 *
 * Placeholders: {number} and {title} (the rule line), {warnings} and {max} (the warning count),
 * {url} (the one-time appeal link an explanation ends with).
 */

export const EXPLANATION_FIELDS = [
  'removed',
  'held',
  'warned',
  'banned',
  'restored',
  'approved',
  'ruleLine',
  'yourComment',
  'warnCount',
  'footerReply',
  'footerNoReply',
  'appealLink',
  'appealReviewed',
  'appealKept',
  'appealYours',
] as const;

export type ExplanationField = (typeof EXPLANATION_FIELDS)[number];
export type ExplanationTexts = Record<ExplanationField, string>;
export type ExplanationLanguage = 'en' | 'ru' | 'zh';

/** The language of our built-in texts for a locale code (`ru-RU` → ru, `zh-Hans` → zh, else en). */
export const explanationLanguage = (locale?: string | null): ExplanationLanguage => {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('ru')) return 'ru';
  if (l.startsWith('zh')) return 'zh';
  return 'en';
};

/** Whether we have built-in texts in the language of `locale` (English only for `en…`). */
export const hasExplanationLanguage = (locale: string) => {
  const l = locale.toLowerCase();
  return l.startsWith('en') || l.startsWith('ru') || l.startsWith('zh');
};

export const DEFAULT_EXPLANATIONS: Record<ExplanationLanguage, ExplanationTexts> = {
  en: {
    removed: 'Your comment was removed',
    held: 'Your comment is waiting for a moderator',
    warned: 'Your comment was removed: repeated comment',
    banned: 'Your comment was removed and you can no longer comment',
    restored: 'Your comment was restored',
    approved: 'Your comment was approved',
    ruleLine: 'Rule {number}: {title}',
    yourComment: 'Your comment, as you wrote it:',
    warnCount: 'This is warning {warnings} of {max}. After that, new comments are not accepted.',
    footerReply: 'If you think this is a mistake, reply to this message and a moderator will review it. Nothing you wrote was lost.',
    footerNoReply: 'Moderators review every removal and restore the ones made by mistake. Nothing you wrote was lost.',
    appealLink: 'Think this was a mistake? Tell a moderator why (this link works once): {url}',
    appealReviewed: 'Your appeal was reviewed',
    appealKept: 'A moderator read your appeal and kept the decision: the comment stays removed. Thank you for explaining.',
    appealYours: 'Your appeal:',
  },
  ru: {
    removed: 'Ваш комментарий удалён',
    held: 'Ваш комментарий ждёт проверки модератором',
    warned: 'Ваш комментарий удалён: повторный комментарий',
    banned: 'Ваш комментарий удалён, и вы больше не можете комментировать',
    restored: 'Ваш комментарий восстановлен',
    approved: 'Ваш комментарий одобрен',
    ruleLine: 'Правило {number}: {title}',
    yourComment: 'Ваш комментарий, как вы его написали:',
    warnCount: 'Это предупреждение {warnings} из {max}. После этого новые комментарии не принимаются.',
    footerReply: 'Если вы считаете это ошибкой, ответьте на это письмо, и модератор всё проверит. Ваш текст сохранён.',
    footerNoReply: 'Модераторы проверяют каждое удаление и восстанавливают ошибочно удалённое. Ваш текст сохранён.',
    appealLink: 'Считаете, что это ошибка? Объясните модератору (ссылка работает один раз): {url}',
    appealReviewed: 'Ваше обращение рассмотрено',
    appealKept: 'Модератор прочитал ваше обращение и оставил решение в силе: комментарий остаётся удалённым. Спасибо за объяснение.',
    appealYours: 'Ваше обращение:',
  },
  zh: {
    removed: '您的评论已被删除',
    held: '您的评论正在等待审核',
    warned: '您的评论已被删除：重复评论',
    banned: '您的评论已被删除，您已无法继续评论',
    restored: '您的评论已恢复',
    approved: '您的评论已通过审核',
    ruleLine: '第 {number} 条规则：{title}',
    yourComment: '您的评论原文：',
    warnCount: '这是第 {warnings} 次警告（共 {max} 次）。之后将不再接受新评论。',
    footerReply: '如果您认为这是误判，请回复此邮件，版主会重新审核。您的内容没有丢失。',
    footerNoReply: '版主会审核每一次删除，并恢复误删的内容。您的内容没有丢失。',
    appealLink: '认为这是误判？请告诉版主原因（此链接仅可使用一次）：{url}',
    appealReviewed: '您的申诉已审核',
    appealKept: '版主已阅读您的申诉，维持原决定：该评论仍被删除。感谢您的说明。',
    appealYours: '您的申诉：',
  },
};

/**
 * The texts to use: the editors' texts where a field has text, the built-in ones of the same
 * language elsewhere. Editors' texts are plain text: whatever they contain is escaped later.
 */
export const resolveExplanations = (
  locale?: string | null,
  edited?: Partial<Record<ExplanationField, unknown>> | null
): ExplanationTexts => {
  const base = DEFAULT_EXPLANATIONS[explanationLanguage(locale)];
  if (!edited) return base;
  const out = { ...base };
  for (const field of EXPLANATION_FIELDS) {
    const value = edited[field];
    if (typeof value === 'string' && value.trim()) out[field] = value;
  }
  return out;
};
