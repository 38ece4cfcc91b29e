import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { LogEntry, Pagination } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ActionBadge, CategoryBadge } from '../common/badges';
import { EvidenceText } from '../EvidenceText';

interface Props {
  entries: LogEntry[];
  pagination: Pagination;
  onPage: (page: number) => void;
}

/** The author's log entries, newest first: what happened, under which rule, and the comment as written. */
export const AuthorHistory = ({ entries, pagination, onPage }: Props) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (entries.length === 0) {
    return <Typography textColor="neutral600">{t('authors.history.empty', 'Nothing in the log for this author.')}</Typography>;
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((e) => (
          <Box
            tag="li"
            key={e.documentId}
            padding={3}
            marginBottom={2}
            hasRadius
            borderColor="neutral200"
            data-testid="bc-author-history-entry"
          >
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2} wrap="wrap">
                <ActionBadge action={e.action} />
                <CategoryBadge category={e.category} />
                <Typography variant="pi" textColor="neutral600">
                  {formatDate(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </Typography>
                {e.ruleNumber != null && (
                  <Typography variant="pi" textColor="neutral700">
                    {t('authors.history.rule', 'Rule {number}: {title}', { number: e.ruleNumber, title: e.ruleTitle ?? '' })}
                  </Typography>
                )}
                {e.actorName && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('authors.history.by', 'by {name}', { name: e.actorName })}
                  </Typography>
                )}
              </Flex>
              {e.originalText && <EvidenceText text={e.originalText} evidence={e.evidence} field="content" />}
              {e.reason && (
                <Typography variant="pi" textColor="neutral700" style={{ overflowWrap: 'anywhere' }}>
                  {e.reason}
                </Typography>
              )}
            </Flex>
          </Box>
        ))}
      </Box>
      {pagination.pageCount > 1 && (
        <Flex justifyContent="space-between">
          <Button variant="tertiary" size="S" disabled={pagination.page <= 1} onClick={() => onPage(pagination.page - 1)}>
            {t('authors.history.newer', 'Newer')}
          </Button>
          <Typography variant="pi" textColor="neutral600">
            {t('authors.history.page', 'Page {page} of {count}', { page: pagination.page, count: pagination.pageCount })}
          </Typography>
          <Button
            variant="tertiary"
            size="S"
            disabled={pagination.page >= pagination.pageCount}
            onClick={() => onPage(pagination.page + 1)}
          >
            {t('authors.history.older', 'Older')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
