import { useCallback } from 'react';

import type { ModeratedCategory, ModerationAction } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** Badge colour of what the filter would do. */
export const VERDICT_VARIANT = {
  allow: 'success',
  remove: 'danger',
  hold: 'warning',
  flag: 'secondary',
} as const satisfies Record<ModerationAction, string>;

/** Translated verdicts and the categories the site acts on (`check.verdict.*`, `check.category.*`). */
export const useVerdictLabels = () => {
  const t = useT();
  const verdict = useCallback(
    (a: ModerationAction) =>
      ({
        allow: t('check.verdict.allow', 'Accepted'),
        remove: t('check.verdict.remove', 'Removed'),
        hold: t('check.verdict.hold', 'Held for a moderator'),
        flag: t('check.verdict.flag', 'Published and flagged for review'),
      })[a],
    [t]
  );
  const category = useCallback(
    (c: ModeratedCategory) =>
      ({
        obscenity: t('check.category.obscenity', 'Obscenity or insult'),
        advertising: t('check.category.advertising', 'Advertising'),
        duplicate: t('check.category.duplicate', 'Repeated comment'),
        contact: t('check.category.contact', 'Bare link, e-mail or phone number'),
      })[c],
    [t]
  );
  return { verdict, category };
};
