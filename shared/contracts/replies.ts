/**
 * Replies (issue #12): the tone check of a moderator's reply and the localized reply templates.
 * Shared by the server and the console; nothing here imports Strapi or React.
 */

/** What the tone check flags (the same list as the core's TONE_KINDS). */
export const REPLY_TONE_KINDS = ['condescension', 'humor', 'bribe', 'overapology'] as const;
export type ReplyToneKind = (typeof REPLY_TONE_KINDS)[number];

/** Reply languages the tone check knows; a site locale (ru-RU, zh-Hans…) maps to one of them. */
export const REPLY_TONE_LANGS = ['en', 'ru', 'zh'] as const;
export type ReplyToneLang = (typeof REPLY_TONE_LANGS)[number];

/** The starter reply templates, created at first boot in en / ru / zh-Hans; editors change them. */
export const REPLY_TEMPLATE_KEYS = [
  'fake-request',
  'fake-unverified-public',
  'complaint-acknowledged',
  'case-solution-offered',
  'case-resolved',
  'claim-refutation',
] as const;
export type ReplyTemplateKey = (typeof REPLY_TEMPLATE_KEYS)[number];

/** The placeholders each starter template uses (a caller fills what it knows; the rest stay visible). */
export const REPLY_TEMPLATE_PLACEHOLDERS: Record<ReplyTemplateKey, readonly string[]> = {
  'fake-request': ['authorName', 'orderNumberField', 'purchaseDateField', 'deadline'],
  'fake-unverified-public': ['date'],
  'complaint-acknowledged': ['authorName', 'caseNumber'],
  'case-solution-offered': ['authorName', 'caseNumber', 'solution'],
  'case-resolved': ['authorName', 'caseNumber', 'cause', 'solution'],
  'claim-refutation': ['claim', 'facts', 'evidenceLink'],
};

/** Limits of the replies API. */
export const REPLY_LIMITS = {
  /** Longest text the tone check accepts over the API (characters, UTF-16 units). */
  toneText: 20_000,
  /** Longest template body an editor can save (the content type's maxLength). */
  templateBody: 5_000,
} as const;

/** `{name}` placeholders: a letter, then letters and digits, at most 40. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]{0,39})\}/g;

/**
 * Fills `{name}` placeholders with `values` (plain text in, plain text out: escaping for HTML
 * or e-mail stays the caller's job). Unknown or missing names stay as they are and are listed
 * in `missing`, so a moderator sees what is left to write. One pass, linear.
 */
export const fillTemplate = (body: string, values: Record<string, string | number | null | undefined>) => {
  const missing: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined || value === null) {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return String(value);
  });
  return { text, missing };
};

export namespace Replies {
  export interface ToneFlag {
    kind: ReplyToneKind;
    /** UTF-16 offsets into the text sent: `text.slice(start, end)` is the flagged span. */
    start: number;
    end: number;
    /** Rule id (e.g. `condescension.already-said`); the console translates its explanation by it. */
    rule: string;
    /** The explanation in English. */
    explanation: string;
  }

  /** POST /tone (replies.write): advice on a reply before it is sent. Nothing is stored. */
  export namespace CheckTone {
    export interface Request {
      /** At most REPLY_LIMITS.toneText characters, no NUL. */
      text: string;
      /** The reply's language or locale (en, ru, zh, ru-RU, zh-Hans…); absent: every language. */
      lang?: string;
    }
    export interface Response {
      data: { flags: ToneFlag[] };
    }
  }

  export interface Template {
    documentId: string;
    key: string;
    locale: string;
    title: string;
    /** Plain text with `{placeholders}`. */
    body: string;
    /** The placeholders the body uses, in order of first use. */
    placeholders: string[];
    updatedAt: string | null;
  }

  /** GET /reply-templates?locale= (replies.write): the templates in a locale (default: the site's default). */
  export namespace ListTemplates {
    export interface Query {
      locale?: string;
    }
    export interface Response {
      data: Template[];
      meta: { locale: string };
    }
  }
}
