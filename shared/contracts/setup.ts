import type { IsoDate } from './common';

/** The setup checklist: what a site needs before moderation speaks to anyone. Facts only; the console words them. */
export const SETUP_ITEMS = ['targets', 'rules', 'email', 'sender', 'public', 'dryRun'] as const;
export type SetupItemId = (typeof SETUP_ITEMS)[number];

/** `warning` is a deliberate state (dry run), not a mistake. */
export type SetupLevel = 'ok' | 'warning' | 'error';

/** Categories that need a published rule each (the `rules` item). */
export const RULE_CATEGORIES = ['obscenity', 'duplicate', 'advertising'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface SetupDetails {
  /** Configured comment collections. */
  targets: { uids: string[] };
  /** Categories no published rule covers. */
  rules: { uncovered: RuleCategory[] };
  email: {
    /** The email plugin's provider (`nodemailer`, `sendmail`…). */
    provider: string | null;
    /** Last e-mail delivered (an explanation or a test), or null when none ever was. */
    deliveredAt: IsoDate | null;
    /** Last test e-mail sent from the console. */
    lastTest: { status: 'sent' | 'failed'; at: IsoDate; error: string | null } | null;
  };
  sender: { from: string | null; replyTo: string | null };
  /** Public role permissions still missing (`plugin::brand-community.public.*`) when `publicContent` is off. */
  public: { publicContent: boolean; missing: string[] };
  dryRun: { on: boolean };
}

export type SetupItem = {
  [K in SetupItemId]: { id: K; ok: boolean; level: SetupLevel; detail: SetupDetails[K] };
}[SetupItemId];

export namespace GetSetup {
  /** GET /setup */
  export interface Response {
    data: { items: SetupItem[]; complete: boolean };
  }
}

export namespace SendTestEmail {
  /** POST /setup/test-email: sends one e-mail with the plugin's from/reply-to and records the delivery. */
  export interface Request {
    to: string;
  }
  export interface Response {
    data: { to: string; provider: string | null; sentAt: IsoDate };
  }
}
