import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AuthorStanding } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** Banned now (until a date, or until unbanned), a ban that has run out, or in good standing. */
export const BanBadge = ({ standing }: { standing: AuthorStanding }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (standing.activeBan) {
    return (
      <Badge variant="danger" data-ban="active">
        {standing.bannedUntil
          ? t('authors.ban.until', 'Banned until {date}', { date: formatDate(standing.bannedUntil, { dateStyle: 'medium' }) })
          : t('authors.ban.forever', 'Banned')}
      </Badge>
    );
  }
  if (standing.banned) {
    return (
      <Badge variant="neutral" data-ban="expired">
        {t('authors.ban.expired', 'Ban expired')}
      </Badge>
    );
  }
  return (
    <Badge variant="success" data-ban="none">
      {t('authors.ban.none', 'Can comment')}
    </Badge>
  );
};
