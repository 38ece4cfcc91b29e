/** Texts of the private explanations sent to authors, per language (en, ru, zh). */

export type MessageKind = 'removed' | 'held' | 'warned' | 'banned' | 'restored' | 'approved';

export interface MessageInput {
  kind: MessageKind;
  rule?: { number: number; title: string; explanation?: string | null } | null;
  excerpt?: string | null;
  warnings?: number;
  maxWarnings?: number;
  siteName?: string;
  /** Whether the author can answer the message (a reply address is set): only then does it invite a reply. */
  canReply?: boolean;
}

type Lang = 'en' | 'ru' | 'zh';

const pickLang = (locale?: string | null): Lang => {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('ru')) return 'ru';
  if (l.startsWith('zh')) return 'zh';
  return 'en';
};

const T: Record<Lang, Record<MessageKind | 'rule' | 'yourComment' | 'warnCount' | 'footer' | 'footerNoReply', string>> = {
  en: {
    removed: 'Your comment was removed',
    held: 'Your comment is waiting for a moderator',
    warned: 'Your comment was removed: repeated comment',
    banned: 'Your comment was removed and you can no longer comment',
    restored: 'Your comment was restored',
    approved: 'Your comment was approved',
    rule: 'Rule {number}: {title}',
    yourComment: 'Your comment, as you wrote it:',
    warnCount: 'This is warning {warnings} of {max}. After that, new comments are not accepted.',
    footer: 'If you think this is a mistake, reply to this message and a moderator will review it. Nothing you wrote was lost.',
    footerNoReply: 'Moderators review every removal and restore the ones made by mistake. Nothing you wrote was lost.',
  },
  ru: {
    removed: 'Ваш комментарий удалён',
    held: 'Ваш комментарий ждёт проверки модератором',
    warned: 'Ваш комментарий удалён: повторный комментарий',
    banned: 'Ваш комментарий удалён, и вы больше не можете комментировать',
    restored: 'Ваш комментарий восстановлен',
    approved: 'Ваш комментарий одобрен',
    rule: 'Правило {number}: {title}',
    yourComment: 'Ваш комментарий, как вы его написали:',
    warnCount: 'Это предупреждение {warnings} из {max}. После этого новые комментарии не принимаются.',
    footer: 'Если вы считаете это ошибкой, ответьте на это письмо, и модератор всё проверит. Ваш текст сохранён.',
    footerNoReply: 'Модераторы проверяют каждое удаление и восстанавливают ошибочно удалённое. Ваш текст сохранён.',
  },
  zh: {
    removed: '您的评论已被删除',
    held: '您的评论正在等待审核',
    warned: '您的评论已被删除：重复评论',
    banned: '您的评论已被删除，您已无法继续评论',
    restored: '您的评论已恢复',
    approved: '您的评论已通过审核',
    rule: '第 {number} 条规则：{title}',
    yourComment: '您的评论原文：',
    warnCount: '这是第 {warnings} 次警告（共 {max} 次）。之后将不再接受新评论。',
    footer: '如果您认为这是误判，请回复此邮件，版主会重新审核。您的内容没有丢失。',
    footerNoReply: '版主会审核每一次删除，并恢复误删的内容。您的内容没有丢失。',
  },
};

const fill = (s: string, vars: Record<string, string | number | undefined>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

const excerptOf = (text?: string | null, max = 280) => {
  if (!text) return '';
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

/** The author's words as a quotation ("> " before every line), never mixed with the brand's own text. */
const quote = (text: string) => text.split(/\r\n|\r|\n/).map((line) => `> ${line}`);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The HTML part of an explanation, made from its text: every character escaped, quoted lines
 * ("> …", the author's comment) in a blockquote, so nothing the author wrote can become markup
 * or a link and nothing they wrote reads as the brand's words.
 */
export const renderHtml = (body: string) => {
  const out: string[] = [];
  let quoted: string[] = [];
  const flush = () => {
    if (!quoted.length) return;
    out.push(
      `<blockquote style="margin:8px 0;padding:8px 12px;border-left:3px solid #ccc;color:#555;white-space:pre-wrap">${quoted.join('<br>')}</blockquote>`
    );
    quoted = [];
  };
  for (const line of body.split('\n')) {
    if (line.startsWith('> ')) {
      quoted.push(escapeHtml(line.slice(2)) || '&nbsp;');
      continue;
    }
    flush();
    if (line.trim()) out.push(`<p style="margin:0 0 8px">${escapeHtml(line)}</p>`);
  }
  flush();
  return `<!doctype html><html><body style="font-family:sans-serif;font-size:14px;line-height:1.5">${out.join('')}</body></html>`;
};

export const buildMessage = (input: MessageInput, locale?: string | null) => {
  const t = T[pickLang(locale)];
  const subject = t[input.kind];
  const lines: string[] = [subject + '.'];
  if (input.rule) {
    lines.push('', fill(t.rule, { number: input.rule.number, title: input.rule.title }));
    if (input.rule.explanation) lines.push(input.rule.explanation);
  }
  if (input.kind === 'warned' && input.maxWarnings) {
    lines.push('', fill(t.warnCount, { warnings: input.warnings, max: input.maxWarnings }));
  }
  if (input.excerpt) lines.push('', t.yourComment, ...quote(excerptOf(input.excerpt)));
  if (input.kind !== 'restored' && input.kind !== 'approved') lines.push('', input.canReply ? t.footer : t.footerNoReply);
  return { subject, body: lines.join('\n') };
};
