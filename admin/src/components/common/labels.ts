import { useCallback } from 'react';

import type { LogAction, LogCategory } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** English defaults for every log action: the id is `common.action.<action>`. */
const ACTION_LABELS = {
  removed: 'Removed',
  held: 'Held',
  flagged: 'Flagged',
  allowed: 'Allowed',
  approved: 'Approved',
  restored: 'Restored',
  confirmed: 'Confirmed',
  warned: 'Warned',
  banned: 'Banned',
  unbanned: 'Unbanned',
  notified: 'Notified',
  refused: 'Refused',
  requested: 'Details requested',
  answered: 'Author answered',
  replied: 'Replied',
  linked: 'Linked to a claim',
  resolved: 'Case resolved',
  unlinked: 'Unlinked from a claim',
} as const satisfies Record<LogAction, string>;

/** English defaults for every log category: the id is `common.category.<category>`. */
const CATEGORY_LABELS = {
  allow: 'Clean',
  obscenity: 'Obscenity',
  advertising: 'Advertising',
  duplicate: 'Repeated',
  banned: 'Banned author',
  manual: 'Moderator',
} as const satisfies Record<LogCategory, string>;

/** Translated names of actions and categories, shared by every console page. */
export const useLabels = () => {
  const t = useT();
  const action = useCallback((a: LogAction) => t(`common.action.${a}`, ACTION_LABELS[a]), [t]);
  const category = useCallback((c: LogCategory) => t(`common.category.${c}`, CATEGORY_LABELS[c]), [t]);
  return { action, category };
};
