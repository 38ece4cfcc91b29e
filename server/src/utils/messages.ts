/**
 * The private explanations sent to authors, made from the explanation texts (editable content,
 * see services/explanations.ts; built-in defaults in defaults/explanations.ts).
 */
import { resolveExplanations, type ExplanationTexts } from '../defaults/explanations';
import { appealLine } from './appeal-texts';

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
  /** A one-time link where the author can appeal (services/appeals.ts); the explanation ends with it. */
  appealUrl?: string | null;
}

/** Fills {name} placeholders; an unknown one stays as written, so an editor's typo shows. */
const fill = (s: string, vars: Record<string, string | number | undefined>) =>
  s.replace(/\{(\w{1,32})\}/g, (whole, k: string) => (k in vars ? String(vars[k] ?? '') : whole));

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

/**
 * Subject and text of an explanation in the language of `locale`, from `texts` (the editors'
 * texts for that locale, see services/explanations.ts) over the built-in ones.
 */
export const buildMessage = (input: MessageInput, locale?: string | null, texts?: Partial<ExplanationTexts> | null) => {
  const t = resolveExplanations(locale, texts);
  const subject = t[input.kind].trim();
  const lines: string[] = [/[.!?。！？]$/.test(subject) ? subject : `${subject}.`];
  if (input.rule) {
    lines.push('', fill(t.ruleLine, { number: input.rule.number, title: input.rule.title }));
    if (input.rule.explanation) lines.push(input.rule.explanation);
  }
  if (input.kind === 'warned' && input.maxWarnings) {
    lines.push('', fill(t.warnCount, { warnings: input.warnings, max: input.maxWarnings }));
  }
  if (input.excerpt) lines.push('', t.yourComment, ...quote(excerptOf(input.excerpt)));
  if (input.kind !== 'restored' && input.kind !== 'approved') lines.push('', input.canReply ? t.footerReply : t.footerNoReply);
  if (input.appealUrl) lines.push('', appealLine(locale, input.appealUrl, texts));
  return { subject, body: lines.join('\n') };
};
