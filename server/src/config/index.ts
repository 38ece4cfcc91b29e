/**
 * Plugin configuration: defaults and a validator that stops boot with a clear
 * message. Target uids/fields are checked against the loaded schema in register().
 */

import type { ModeratedCategory, ModerationAction, TermEntry } from '../../../shared/contracts';
import { DEFAULT_DUPLICATE_THRESHOLD, DEFAULT_DUPLICATE_WINDOW } from '../moderation';
import { configProblem } from './spec';
import { announcementDefaults, validateAnnouncements, type AnnouncementsConfig, type ChannelsConfig } from './announcements';
import { fakesDefaults, validateAnswers, type FakesConfig, type RepliesConfig } from './answers';

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
  /**
   * Extra obscene terms and exceptions (clean words), merged with the community rules' `customTerms`;
   * each a text (every language) or `{ term, lang }`.
   */
  extraTerms: TermEntry[];
  extraExceptions: TermEntry[];
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
  /** Suspected fakes: what the author is asked for, until when, how often the answer may be tried (./answers.ts). */
  fakes: FakesConfig;
  /** Who the brand's public replies are posted as (./answers.ts). */
  replies: RepliesConfig;
  /**
   * How often (ms) a node compares its copy of the rules, the saved settings and the learned
   * exceptions with the database, so a change made on another node applies within this time.
   */
  refreshMs: number;
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
  fakes: fakesDefaults,
  replies: {},
  refreshMs: 5_000,
  starterRules: 'published',
  publicContent: true,
  announcements: announcementDefaults,
  channels: {},
};

const fail = (message: string): never => {
  throw new Error(`[brand-community] Invalid plugin config: ${message}`);
};

/**
 * Stops boot with the first problem of the merged config, naming the field. The same field
 * descriptions check settings saved from the console (config/spec.ts).
 */
export const validator = (config: unknown): void => {
  const problem = configProblem(config);
  if (problem) fail(problem.message);
  validateAnnouncements(config as Record<string, any>, fail);
  validateAnswers(config as Record<string, any>, fail);
};

export default {
  default: defaults,
  validator,
};
