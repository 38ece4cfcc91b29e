import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AdminTimelineEntry } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { StatusBadge } from './labels';

/** The dated entries, newest first: status, when, who, and the text as plain text. */
export const Timeline = ({ entries }: { entries: AdminTimelineEntry[] }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (!entries.length) {
    return (
      <Typography textColor="neutral600">
        {t('announcements.timeline.empty', 'No entry yet: publishing writes the first one.')}
      </Typography>
    );
  }
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('announcements.timeline', 'Timeline')}>
      {entries.map((e) => (
        <Box tag="li" key={`${e.documentId}:${e.locale}`} padding={3} hasRadius background="neutral100" data-testid="bc-timeline-entry">
          <Flex gap={2} wrap="wrap">
            <StatusBadge status={e.status} />
            <Typography variant="pi" textColor="neutral600">
              {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
              {e.author ? ` · ${e.author}` : ''}
              {e.locale ? ` · ${e.locale}` : ''}
            </Typography>
          </Flex>
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 4 }}>
            {e.text ?? ''}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
};
