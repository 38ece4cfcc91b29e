import type { FilterCategory, ModeratedCategory, ModerationAction } from './constants';
import type { EvidenceItem } from './logs';

export namespace Check {
  /** POST /check: what the filter would do with a comment. Nothing is stored, nobody is warned. */
  export interface Request {
    text: string;
    /** Author key (e.g. an e-mail): enables the duplicate check against that author's recent comments. */
    author?: string;
    thread?: string;
    /** Language of the explanation and of the rule cited (default: the site's default locale). */
    locale?: string;
  }
  export interface Response {
    data: {
      category: FilterCategory;
      /** The category the site's settings act on (`contact` for a bare link/e-mail/phone). */
      moderatedAs: ModeratedCategory | null;
      /** What would happen: `allow` when the comment is accepted. */
      action: ModerationAction;
      evidence: EvidenceItem[];
      promotion: boolean | null;
      rule: { documentId: string; number: number; title: string; explanation: string; locale: string } | null;
      /** The private explanation the author would receive, or null when none is sent. */
      explanation: { subject: string; body: string } | null;
      dryRun: boolean;
      /**
       * The author (when given) is banned now: the comment would be refused as AUTHOR_BANNED
       * before the filter runs, whatever it says. Added after the first version: may be absent.
       */
      authorBanned?: boolean;
    };
  }
}
