import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';

import { REVIEW_ACTIONS, type DocumentHistory, type LogEntry } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { useT } from '../../utils/useT';
import { BanBadge } from '../authors/standing';
import { CommentActionButtons } from '../answers/CommentActions';
import { ActionBadge, CategoryBadge } from '../common/badges';

const CONSOLE = `/plugins/${PLUGIN_ID}`;
const inQueue = (e: LogEntry) => (REVIEW_ACTIONS as readonly string[]).includes(e.action);

/** The side panel's body: the author's standing and this document's moderation history. */
export const PanelContent = ({ history, comment }: { history: DocumentHistory.Response['data']; comment?: { targetUid: string; commentId: string } }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const { standing, authorKey, entries } = history;
  const name = standing?.authorName ?? entries.find((e) => e.authorName)?.authorName ?? null;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="bc-cm-panel">
      {authorKey && (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="sigma" textColor="neutral600">
            {t('cm.author', 'Author')}
          </Typography>
          <Typography fontWeight="semiBold" style={{ overflowWrap: 'anywhere' }}>
            {name ?? authorKey}
          </Typography>
          {name && (
            <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
              {authorKey}
            </Typography>
          )}
          <Flex gap={2} wrap="wrap">
            {standing ? (
              <>
                <BanBadge standing={standing} />
                <Typography variant="pi" textColor="neutral600">
                  {t('cm.warnings', '{count, plural, =0 {No warning} one {# warning} other {# warnings}}', {
                    count: standing.warnings,
                  })}
                </Typography>
              </>
            ) : (
              <Typography variant="pi" textColor="neutral600">
                {t('cm.noStanding', 'No warning or ban')}
              </Typography>
            )}
          </Flex>
          <Link tag={RouterLink} to={`${CONSOLE}/authors?key=${encodeURIComponent(authorKey)}`}>
            {t('cm.openAuthor', 'Open the author in the console')}
          </Link>
        </Flex>
      )}
      {comment && (
        <CommentActionButtons
          comment={{ ...comment, text: entries.find((e) => e.originalText)?.originalText ?? null, authorName: name ?? authorKey }}
        />
      )}
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600">
          {t('cm.history', 'Moderation history')}
        </Typography>
        {entries.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('cm.noHistory', 'Nothing: moderation has not acted on this entry.')}
          </Typography>
        ) : (
          <Box tag="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {entries.map((e) => (
              <Box tag="li" key={e.documentId} paddingBottom={2} data-testid="bc-cm-history-entry">
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Flex gap={1} wrap="wrap">
                    <ActionBadge action={e.action} />
                    <CategoryBadge category={e.category} />
                  </Flex>
                  <Typography variant="pi" textColor="neutral600">
                    {formatDate(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    {e.ruleNumber != null && ` · ${t('cm.rule', 'Rule {number}', { number: e.ruleNumber })}`}
                  </Typography>
                  {inQueue(e) && (
                    <Link tag={RouterLink} to={`${CONSOLE}/deletions?id=${encodeURIComponent(e.documentId)}`}>
                      {t('cm.openEntry', 'Review in the console')}
                    </Link>
                  )}
                </Flex>
              </Box>
            ))}
          </Box>
        )}
      </Flex>
    </Flex>
  );
};
