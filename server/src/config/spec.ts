/**
 * The one description of the plugin's options: the file config is checked against CONFIG_SPEC at
 * boot, a saved setting against SETTINGS_SPEC (the same field descriptions, limited to the keys a
 * moderator may change in the console).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

import {
  MODERATED_CATEGORIES,
  MODERATION_ACTIONS,
  SETTINGS_KEYS,
  SETTINGS_LIMITS,
  TERM_LANGS,
  type SettingsKey,
} from '../../../shared/contracts';
import { check, type Ctx, type Problem, type Spec } from './schema';

const UID_RE = /^[a-z0-9-]{1,60}::[a-z0-9-]{1,60}\.[a-z0-9-]{1,60}$/;
const PHONE_LIKE = /^\+?[\d\s().\-\u00a0]+$/;
const HANDLE = /^[a-z0-9_][a-z0-9_.]{1,63}$/i;
const HOST = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?$/u;
const SCHEME = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;

/** What is wrong with one allowlist entry (a domain, e-mail domain, @handle or phone number), or null. */
export const allowlistProblem = (raw: string, ctx: Ctx): string | null => {
  const v = raw.trim().normalize('NFKC');
  const digits = v.replace(/\D/g, '');
  if (PHONE_LIKE.test(v) && digits.length >= 5) {
    const region = (ctx.defaultPhoneRegion ?? 'US') as CountryCode;
    const phone = v.startsWith('+') ? parsePhoneNumberFromString(`+${digits}`) : parsePhoneNumberFromString(digits, region);
    return phone?.isValid()
      ? null
      : `is not a valid phone number ("${v}"); write it with its country code, e.g. +1 800 555 0100.`;
  }
  if (/\s/.test(v)) return `must be one domain, e-mail domain, @handle or phone number, without spaces ("${v}").`;
  if (v.startsWith('@')) {
    const rest = v.slice(1);
    return HANDLE.test(rest) || HOST.test(rest) ? null : `is neither an @handle nor an e-mail domain ("${v}").`;
  }
  const at = v.indexOf('@');
  if (at > 0) {
    const domain = v.slice(at + 1);
    return !domain.includes('@') && HOST.test(domain) ? null : `is not an e-mail address ("${v}").`;
  }
  const rest = v.replace(SCHEME, '');
  const host = rest.split(/[/?#]/, 1)[0].replace(/:\d{1,5}$/, '');
  return host && HOST.test(host) ? null : `is not a domain, link, @handle or phone number ("${v}").`;
};

const text = (max = SETTINGS_LIMITS.itemLength): Spec => ({ t: 'text', max });
const optionalText: Spec = { t: 'text', max: SETTINGS_LIMITS.itemLength, optional: true };
const terms = (): Spec => ({
  t: 'list',
  hint: 'terms (text, or { term, lang })',
  max: SETTINGS_LIMITS.listItems,
  of: {
    t: 'either',
    hint: `a term, or { term, lang } with lang one of ${TERM_LANGS.join(', ')}`,
    options: [
      text(),
      { t: 'object', hint: '{ term, lang }', fields: { term: text(), lang: { t: 'enum', values: TERM_LANGS } } },
    ],
  },
});

const target: Spec = {
  t: 'object',
  hint: '{ uid, textField, authorField }',
  optional: ['authorNameField', 'threadField', 'emailField'],
  fields: {
    uid: {
      t: 'text',
      max: 200,
      check: (v) => (UID_RE.test(v) ? null : `"${v}" is not a content type uid such as "api::comment.comment".`),
    },
    textField: text(),
    authorField: text(),
    authorNameField: optionalText,
    threadField: optionalText,
    emailField: optionalText,
  },
};

/** The options a moderator may change from the console (saved in the database). */
export const SETTING_SPECS: Record<SettingsKey, Spec> = {
  targets: {
    t: 'list',
    hint: '{ uid, textField, authorField }',
    max: SETTINGS_LIMITS.targets,
    of: target,
    unique: (t) => String((t as { uid?: unknown }).uid),
  },
  actions: { t: 'keyed', keys: MODERATED_CATEGORIES, of: { t: 'enum', values: MODERATION_ACTIONS } },
  explain: { t: 'keyed', keys: MODERATED_CATEGORIES, of: { t: 'bool' } },
  banOnAdvertising: { t: 'bool' },
  maxWarnings: { t: 'int', min: 0, max: SETTINGS_LIMITS.maxWarnings },
  banDays: { t: 'int', min: 0, max: SETTINGS_LIMITS.banDays },
  dryRun: { t: 'bool' },
  allowlist: {
    t: 'list',
    max: SETTINGS_LIMITS.listItems,
    of: { t: 'text', max: SETTINGS_LIMITS.itemLength, check: allowlistProblem },
    unique: (v) => String(v).trim().toLowerCase(),
  },
  extraTerms: terms(),
  extraExceptions: terms(),
};

export const SETTINGS_SPEC: Spec = {
  t: 'object',
  hint: `with the keys ${SETTINGS_KEYS.join(', ')}`,
  fields: SETTING_SPECS,
  optional: [...SETTINGS_KEYS],
};

const ms = (min: number, max = 86_400_000): Spec => ({ t: 'int', min, max });

/** The whole file config (Strapi merges the site's config over the defaults before this runs). */
export const CONFIG_SPEC: Spec = {
  t: 'object',
  hint: '',
  // Options this version does not know are left alone (a newer or older site config still boots).
  loose: true,
  optional: ['refreshMs'],
  fields: {
    ...SETTING_SPECS,
    maxLength: { t: 'int', min: 1, max: 1_000_000 },
    defaultPhoneRegion: {
      t: 'text',
      max: 2,
      check: (v) => (/^[A-Z]{2}$/.test(v) ? null : 'must be a two-letter ISO country code such as "US".'),
    },
    duplicate: {
      t: 'object',
      hint: '{ threshold, window, sameThread }',
      fields: { threshold: { t: 'fraction' }, window: { t: 'int', min: 1, max: 10_000 }, sameThread: { t: 'bool' } },
    },
    notifications: {
      t: 'object',
      hint: '',
      loose: true,
      optional: ['from', 'replyTo'],
      fields: {
        email: { t: 'bool' },
        inApp: { t: 'bool' },
        maxAttempts: { t: 'int', min: 1, max: 100 },
        backoffMs: ms(0),
        pollIntervalMs: ms(0),
        claimTimeoutMs: ms(1_000),
        from: { t: 'text', max: 320 },
        replyTo: { t: 'text', max: 320 },
      },
    },
    starterRules: { t: 'enum', values: ['published', 'draft', 'off'] },
    publicContent: { t: 'bool' },
    leaseMs: ms(1_000, 600_000),
    refreshMs: ms(0, 600_000),
  },
};

/** The first problem of a whole file config, or null. */
export const configProblem = (config: unknown): Problem | null => {
  const region = (config as { defaultPhoneRegion?: unknown } | null)?.defaultPhoneRegion;
  return check(CONFIG_SPEC, config, '', { defaultPhoneRegion: typeof region === 'string' ? region : undefined });
};
