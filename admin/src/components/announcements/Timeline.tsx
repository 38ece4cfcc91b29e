import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { AdminTimelineEntry } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { StatusBadge } from './labels';
import { TranslateEntryModal } from './TranslateEntryModal';

interface Props {
  entries: AdminTimelineEntry[];
  /** With `announcement` and `locales`: each entry offers Translate. */
  canManage?: boolean;
  announcement?: string;
  locales?: string[];
}

/** The dated entries, newest first: status, when, who, the text as plain text, and its other locales. */
export const Timeline = ({ entries, canManage = false, announcement, locales = [] }: Props) => {
  const t = useT();
  const { formatDate } = useIntl();
  const [translating, setTranslating] = useState<AdminTimelineEntry | null>(null);
  if (!entries.length) {
    return (
      <Typography textColor="neutral600">
        {t('announcements.timeline.empty', 'No entry yet: publishing writes the first one.')}
      </Typography>
    );
  }
  return (
    <>
      <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('announcements.timeline', 'Timeline')}>
        {entries.map((e) => {
          const others = Object.entries(e.translations ?? {}).filter(([l]) => l !== e.locale);
          return (
            <Box tag="li" key={`${e.documentId}:${e.locale}`} padding={3} hasRadius background="neutral100" data-testid="bc-timeline-entry">
              <Flex gap={2} wrap="wrap" justifyContent="space-between">
                <Flex gap={2} wrap="wrap">
                  <StatusBadge status={e.status} />
                  <Typography variant="pi" textColor="neutral600">
                    {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
                    {e.author ? ` · ${e.author}` : ''}
                    {e.locale ? ` · ${e.locale}` : ''}
                  </Typography>
                </Flex>
                {canManage && announcement && locales.length > 1 && (
                  <Button variant="tertiary" size="S" onClick={() => setTranslating(e)}>
                    {t('announcements.translate', 'Translate')}
                  </Button>
                )}
              </Flex>
              <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 4 }}>
                {e.text ?? ''}
              </Typography>
              {others.map(([locale, text]) => (
                <Typography
                  key={locale}
                  tag="p"
                  variant="pi"
                  textColor="neutral600"
                  data-testid="bc-timeline-translation"
                  lang={locale}
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 4 }}
                >
                  {`${locale}: ${text ?? ''}`}
                </Typography>
              ))}
            </Box>
          );
        })}
      </Flex>
      {translating && announcement && (
        <TranslateEntryModal announcement={announcement} entry={translating} locales={locales} onClose={() => setTranslating(null)} />
      )}
    </>
  );
};
