import { Badge } from '@strapi/design-system';
import type { ComponentProps } from 'react';

import type { LogAction, LogCategory } from '../../../../shared/contracts';
import { useLabels } from './labels';

type Variant = NonNullable<ComponentProps<typeof Badge>['variant']>;

/** Badge colour per log action: removals red, holds and flags amber, settled green. */
export const ACTION_VARIANT = {
  removed: 'danger',
  held: 'warning',
  flagged: 'secondary',
  allowed: 'neutral',
  approved: 'success',
  restored: 'success',
  confirmed: 'neutral',
  warned: 'warning',
  banned: 'danger',
  unbanned: 'primary',
  notified: 'primary',
  refused: 'danger',
  requested: 'secondary',
  answered: 'neutral',
  replied: 'primary',
  linked: 'secondary',
  resolved: 'success',
  unlinked: 'neutral',
} as const satisfies Record<LogAction, Variant>;

/**
 * One colour per category, for charts and legends (theme keys, so dark mode works).
 * Each hue is distinct enough for the common forms of colour blindness next to its neighbours.
 */
export const CATEGORY_COLOR = {
  allow: 'neutral500',
  obscenity: 'danger600',
  advertising: 'warning600',
  duplicate: 'primary600',
  banned: 'alternative600',
  manual: 'success600',
} as const satisfies Record<LogCategory, string>;

export const ActionBadge = ({ action }: { action: LogAction }) => {
  const labels = useLabels();
  return <Badge variant={ACTION_VARIANT[action]}>{labels.action(action)}</Badge>;
};

export const CategoryBadge = ({ category }: { category: LogCategory }) => {
  const labels = useLabels();
  return <Badge>{labels.category(category)}</Badge>;
};
