import { Badge, Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AppealState } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { Section } from './DetailSections';

/** Marks a queue row whose author appealed. */
export const AppealBadge = () => {
  const t = useT();
  return (
    <Badge backgroundColor="alternative100" textColor="alternative700" data-testid="bc-appealed">
      {t('deletions.appealed', 'Appealed')}
    </Badge>
  );
};

/** The author's appeal, next to the comment it answers; their words stay text. */
export const AppealSection = ({ appeal }: { appeal: AppealState | null }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (!appeal) return null;
  return (
    <Section title={t('deletions.detail.appeal', 'Appeal from the author')}>
      <Box padding={3} background="alternative100" hasRadius data-testid="bc-appeal">
        <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {appeal.message}
        </Typography>
      </Box>
      <Typography variant="pi" textColor="neutral600">
        {t('deletions.detail.appealAt', 'Sent {date}', {
          date: formatDate(appeal.at, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
        {appeal.decidedAt
          ? ` · ${t('deletions.detail.appealAnswered', 'The decision was sent to the author.')}`
          : ''}
      </Typography>
    </Section>
  );
};
