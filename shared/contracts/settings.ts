import type { IsoDate } from './common';
import type { ModeratedCategory, ModerationAction } from './constants';

/**
 * Moderation settings a moderator edits in the console. They have the file config's shape
 * (`config/plugins` → `brand-community.config`): the file gives the defaults, a saved setting wins.
 */
export const SETTINGS_KEYS = [
  'targets',
  'actions',
  'explain',
  'banOnAdvertising',
  'maxWarnings',
  'banDays',
  'dryRun',
  'allowlist',
  'extraTerms',
  'extraExceptions',
] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

/** Languages a blocked or allowed term may be limited to (absent: every language). */
export const TERM_LANGS = ['en', 'ru', 'zh'] as const;
export type TermLang = (typeof TERM_LANGS)[number];

/** A term: plain text (every language) or limited to one language. */
export type TermEntry = string | { term: string; lang: TermLang };

export interface SettingsTarget {
  uid: string;
  textField: string;
  authorField: string;
  authorNameField?: string;
  threadField?: string;
  emailField?: string;
}

export interface Settings {
  targets: SettingsTarget[];
  actions: Record<ModeratedCategory, ModerationAction>;
  explain: Record<ModeratedCategory, boolean>;
  banOnAdvertising: boolean;
  maxWarnings: number;
  /** 0 = until unbanned. */
  banDays: number;
  dryRun: boolean;
  /** Domains, e-mail domains (`@example.com`), @handles, phone numbers. */
  allowlist: string[];
  /** Extra blocked terms. */
  extraTerms: TermEntry[];
  /** Extra allowed (clean) words. */
  extraExceptions: TermEntry[];
}

/** Limits a saved setting must respect (the same for the file config). */
export const SETTINGS_LIMITS = {
  targets: 20,
  listItems: 1000,
  itemLength: 200,
  maxWarnings: 1000,
  banDays: 36_500,
} as const;

export interface SettingsMeta {
  /** Keys a saved setting overrides (the rest come from the file config). */
  stored: SettingsKey[];
  /** Bumped by every save; null while nothing was ever saved. */
  version: number | null;
  updatedAt: IsoDate | null;
  updatedBy: string | null;
}

export namespace GetSettings {
  /** GET /settings: the effective settings. */
  export interface Response {
    data: Settings;
    meta: SettingsMeta;
  }
}

type DeepPartial<T> = T extends Array<unknown> ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export namespace UpdateSettings {
  /**
   * PUT /settings: any part of the settings; objects (`actions`, `explain`) are merged, lists
   * replaced. `null` for a top-level key drops the saved value (back to the file config's).
   */
  export type Request = { [K in SettingsKey]?: DeepPartial<Settings[K]> | null };
  export type Response = GetSettings.Response;
}

/** A field a target may use, from the site's loaded schema. */
export interface ContentTypeField {
  name: string;
  /** Strapi attribute type: string, text, richtext, email, relation, uid, integer… */
  type: string;
}

export interface ContentTypeOption {
  uid: string;
  displayName: string;
  fields: ContentTypeField[];
}

export namespace GetContentTypes {
  /** GET /settings/content-types: collection types a target may name, with their usable fields. */
  export interface Response {
    data: ContentTypeOption[];
  }
}

/** Attribute types each target field accepts (checked on save and at boot). */
export const TARGET_FIELD_TYPES = {
  textField: ['string', 'text', 'richtext'],
  authorField: ['string', 'text', 'richtext', 'email', 'relation', 'uid', 'integer', 'biginteger'],
  authorNameField: ['string', 'text', 'richtext', 'email'],
  threadField: ['string', 'text', 'richtext', 'email', 'relation', 'uid', 'integer', 'biginteger'],
  emailField: ['email', 'string'],
} as const satisfies Record<Exclude<keyof SettingsTarget, 'uid'>, readonly string[]>;
