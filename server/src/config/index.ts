/**
 * Plugin configuration: defaults and a validator that stops boot with a clear
 * message. Target uids/fields are checked against the loaded schema in register().
 */

import {
  MODERATED_CATEGORIES,
  MODERATION_ACTIONS,
  type ModeratedCategory,
  type ModerationAction,
} from '../../../shared/contracts';
import { DEFAULT_DUPLICATE_THRESHOLD, DEFAULT_DUPLICATE_WINDOW } from '../moderation';
import { announcementDefaults, validateAnnouncements, type AnnouncementsConfig, type ChannelsConfig } from './announcements';

export type { AnnouncementsConfig, ChannelsConfig };

/**
 * What moderation acts on (`ModeratedCategory`): `contact` is advertising that is only a bare
 * link, e-mail or phone number with no promotion at all — often a customer's own contact or a
 * tracking link. The lists are the console contract's.
 */
export type { ModeratedCategory, ModerationAction };

export interface TargetConfig {
  /** Content type uid, e.g. `api::comment.comment`. */
  uid: string;
  /** Attribute holding the comment text. */
  textField: string;
  /** Attribute identifying the author (e-mail for visitors, or a relation to a user). */
  authorField: string;
  /** Optional attribute with the author's display name (also moderated). */
  authorNameField?: string;
  /** Optional attribute identifying the thread (a relation or a string). */
  threadField?: string;
  /** Optional attribute with the author's e-mail, used to send explanations (defaults to authorField). */
  emailField?: string;
}

export interface PluginConfig {
  targets: TargetConfig[];
  /** The brand's own contacts: domains, e-mail domains, @handles, phone numbers. Never advertising. */
  allowlist: string[];
  actions: Record<ModeratedCategory, ModerationAction>;
  /** Whether removals of each category are explained privately to the author. */
  explain: Record<ModeratedCategory, boolean>;
  /** Ban an advertiser immediately. */
  banOnAdvertising: boolean;
  /** Warnings (for repeated comments) after which the author is banned. */
  maxWarnings: number;
  /** Ban length in days; 0 = permanent. */
  banDays: number;
  /** Log what would happen, change nothing. */
  dryRun: boolean;
  /** Longest accepted comment text (characters). */
  maxLength: number;
  /** Extra obscene terms and exceptions, merged with the community rules' `customTerms`. */
  extraTerms: string[];
  extraExceptions: string[];
  /** Region for phone numbers written without a country code. */
  defaultPhoneRegion: string;
  /**
   * Near-duplicate detection: similarity at which two comments of one author are the same,
   * how many recent ones are compared, and whether a repeat under the SAME post counts
   * (default false: a double submit is not spam).
   */
  duplicate: { threshold: number; window: number; sameThread: boolean };
  notifications: {
    email: boolean;
    inApp: boolean;
    maxAttempts: number;
    /** First retry delay; doubled on each attempt. */
    backoffMs: number;
    /** How often the worker looks for due notifications; 0 disables the timer (tests drive it). */
    pollIntervalMs: number;
    /** How long an e-mail may stay claimed by a node before another node takes it back (the node died). */
    claimTimeoutMs: number;
    /** Sender of explanations (default: the email plugin's defaultFrom). */
    from?: string;
    /** Where authors' replies go (default: the email plugin's defaultReplyTo); without one, no e-mail invites a reply. */
    replyTo?: string;
  };
  /**
   * On first boot with no rule at all, create the starter rules (obscenity and insults, repeated
   * comments, advertising; en / ru / zh-Hans where the site has those locales): `published`,
   * `draft` (for editors to review first) or `off`.
   */
  starterRules: 'published' | 'draft' | 'off';
  /** Published rules and announcements answer on the content API without hand-granted permissions. */
  publicContent: boolean;
  /** How long one author's lease holds when the node holding it dies mid-way (several nodes on one database). */
  leaseMs: number;
  /** Announcements: scheduler, delivery worker, early-warning lead time (see ./announcements.ts). */
  announcements: AnnouncementsConfig;
  /** Social channels announcements are posted to; tokens from the site's environment. */
  channels: ChannelsConfig;
}

export const defaults: PluginConfig = {
  targets: [],
  allowlist: [],
  actions: { obscenity: 'remove', advertising: 'remove', duplicate: 'remove', contact: 'hold' },
  explain: { obscenity: true, advertising: false, duplicate: true, contact: true },
  banOnAdvertising: true,
  maxWarnings: 2,
  banDays: 0,
  dryRun: false,
  maxLength: 5000,
  extraTerms: [],
  extraExceptions: [],
  defaultPhoneRegion: 'US',
  duplicate: { threshold: DEFAULT_DUPLICATE_THRESHOLD, window: DEFAULT_DUPLICATE_WINDOW, sameThread: false },
  notifications: {
    email: true,
    inApp: true,
    maxAttempts: 6,
    backoffMs: 30_000,
    pollIntervalMs: 5_000,
    claimTimeoutMs: 600_000,
  },
  leaseMs: 30_000,
  starterRules: 'published',
  publicContent: true,
  announcements: announcementDefaults,
  channels: {},
};

const ACTIONS: readonly ModerationAction[] = MODERATION_ACTIONS;
const CATEGORIES: readonly ModeratedCategory[] = MODERATED_CATEGORIES;

const fail = (message: string): never => {
  throw new Error(`[brand-community] Invalid plugin config: ${message}`);
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const checkStringArray = (value: unknown, path: string) => {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    fail(`\`${path}\` must be an array of non-empty strings.`);
  }
};

const checkInt = (value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`\`${path}\` must be an integer between ${min} and ${max} (got ${JSON.stringify(value)}).`);
  }
};

export const validator = (config: unknown): void => {
  if (!isPlainObject(config)) fail('the plugin config must be an object.');
  const c = config as Record<string, any>;

  if (!Array.isArray(c.targets)) fail('`targets` must be an array of { uid, textField, authorField }.');
  c.targets.forEach((t: unknown, i: number) => {
    if (!isPlainObject(t)) fail(`\`targets[${i}]\` must be an object.`);
    const target = t as Record<string, unknown>;
    for (const key of ['uid', 'textField', 'authorField']) {
      if (typeof target[key] !== 'string' || (target[key] as string).trim() === '') {
        fail(`\`targets[${i}].${key}\` is required and must be a non-empty string.`);
      }
    }
    for (const key of ['authorNameField', 'threadField', 'emailField']) {
      if (target[key] !== undefined && (typeof target[key] !== 'string' || target[key] === '')) {
        fail(`\`targets[${i}].${key}\` must be a non-empty string when set.`);
      }
    }
    if (!/^[a-z0-9-]+::[a-z0-9-]+\.[a-z0-9-]+$/.test(target.uid as string)) {
      fail(`\`targets[${i}].uid\` "${target.uid}" is not a content type uid such as "api::comment.comment".`);
    }
  });
  const uids = c.targets.map((t: TargetConfig) => t.uid);
  if (new Set(uids).size !== uids.length) fail('`targets` lists the same uid twice.');

  checkStringArray(c.allowlist, 'allowlist');
  checkStringArray(c.extraTerms, 'extraTerms');
  checkStringArray(c.extraExceptions, 'extraExceptions');

  for (const group of ['actions', 'explain'] as const) {
    if (!isPlainObject(c[group])) fail(`\`${group}\` must be an object keyed by ${CATEGORIES.join(', ')}.`);
    for (const key of Object.keys(c[group])) {
      if (!CATEGORIES.includes(key as ModeratedCategory)) {
        fail(`\`${group}.${key}\` is not a category; use one of ${CATEGORIES.join(', ')}.`);
      }
    }
  }
  for (const cat of CATEGORIES) {
    if (!ACTIONS.includes(c.actions[cat])) {
      fail(`\`actions.${cat}\` must be one of ${ACTIONS.join(', ')} (got ${JSON.stringify(c.actions[cat])}).`);
    }
    if (typeof c.explain[cat] !== 'boolean') fail(`\`explain.${cat}\` must be true or false.`);
  }

  for (const key of ['banOnAdvertising', 'dryRun']) {
    if (typeof c[key] !== 'boolean') fail(`\`${key}\` must be true or false.`);
  }
  checkInt(c.maxWarnings, 'maxWarnings', 0, 1000);
  checkInt(c.banDays, 'banDays', 0, 36500);
  checkInt(c.maxLength, 'maxLength', 1, 1_000_000);
  if (typeof c.defaultPhoneRegion !== 'string' || !/^[A-Z]{2}$/.test(c.defaultPhoneRegion)) {
    fail('`defaultPhoneRegion` must be a two-letter ISO country code such as "US".');
  }

  if (!isPlainObject(c.duplicate)) fail('`duplicate` must be an object { threshold, window, sameThread }.');
  if (typeof c.duplicate.threshold !== 'number' || !(c.duplicate.threshold > 0 && c.duplicate.threshold <= 1)) {
    fail('`duplicate.threshold` must be a number in (0, 1].');
  }
  checkInt(c.duplicate.window, 'duplicate.window', 1, 10_000);
  if (typeof c.duplicate.sameThread !== 'boolean') fail('`duplicate.sameThread` must be true or false.');

  const n = c.notifications;
  if (!isPlainObject(n)) fail('`notifications` must be an object.');
  for (const key of ['email', 'inApp']) {
    if (typeof n[key] !== 'boolean') fail(`\`notifications.${key}\` must be true or false.`);
  }
  checkInt(n.maxAttempts, 'notifications.maxAttempts', 1, 100);
  checkInt(n.backoffMs, 'notifications.backoffMs', 0, 86_400_000);
  checkInt(n.pollIntervalMs, 'notifications.pollIntervalMs', 0, 86_400_000);
  checkInt(n.claimTimeoutMs, 'notifications.claimTimeoutMs', 1_000, 86_400_000);
  for (const key of ['from', 'replyTo']) {
    if (n[key] !== undefined && (typeof n[key] !== 'string' || !n[key].trim())) {
      fail(`\`notifications.${key}\` must be an e-mail address (or "Name <address>").`);
    }
  }
  checkInt(c.leaseMs, 'leaseMs', 1_000, 600_000);
  if (!['published', 'draft', 'off'].includes(c.starterRules)) {
    fail('`starterRules` must be "published", "draft" or "off".');
  }
  if (typeof c.publicContent !== 'boolean') fail('`publicContent` must be true or false.');
  validateAnnouncements(c, fail);
};

export default {
  default: defaults,
  validator,
};
