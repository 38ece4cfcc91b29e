import { Box, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';

import { useReaction } from '../components/announcements/api';
import { useLabels } from '../components/common/labels';
import { ErrorState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const Count = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Grid.Item col={2} s={4} direction="column" alignItems="flex-start">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="alpha" data-testid={testId}>
      {value}
    </Typography>
  </Grid.Item>
);

/**
 * How users reacted to one announcement: the counts, what moderation did and why, the trend per
 * hour since publication, and the comments themselves (negative ones marked), newest first.
 */
const Reaction = ({ id }: { id: string }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const common = useLabels();
  const query = useReaction(id);
  const r = query.data?.data;
  if (query.isLoading) return <Page.Loading />;
  if (!r) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const trend = r.trend.filter((h) => h.clean + h.negative + h.moderated > 0);

  return (
    <Page.Main>
      <Page.Title>{t('reaction.title', 'Reaction: {title}', { title: r.announcement.title })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={NavLink} to=".." relative="path">
            {r.announcement.title}
          </Link>
        }
        title={t('reaction.title', 'Reaction: {title}', { title: r.announcement.title })}
        subtitle={t('reaction.subtitle', 'Comments under the announcement and what moderation did with them.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
            <Grid.Root gap={4}>
              <Count label={t('reaction.comments', 'Comments')} value={r.totals.comments} testId="bc-reaction-comments" />
              <Count label={t('reaction.clean', 'Clean')} value={r.totals.clean} testId="bc-reaction-clean" />
              <Count label={t('reaction.negative', 'Negative but clean')} value={r.totals.negative} testId="bc-reaction-negative" />
              <Count label={common.action('removed')} value={r.totals.removed} testId="bc-reaction-removed" />
              <Count label={common.action('held')} value={r.totals.held} testId="bc-reaction-held" />
              <Count label={common.action('flagged')} value={r.totals.flagged} testId="bc-reaction-flagged" />
            </Grid.Root>
            {r.moderated.length > 0 && (
              <Typography tag="p" textColor="neutral600" style={{ marginTop: 12 }}>
                {r.moderated.map((m) => `${common.action(m.action)} · ${common.category(m.category)}: ${m.count}`).join(' — ')}
              </Typography>
            )}
          </Box>
          <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
            <Typography variant="delta" tag="h2">
              {t('reaction.trend', 'Per hour since publication')}
            </Typography>
            {trend.length === 0 ? (
              <Typography tag="p" textColor="neutral600">
                {t('reaction.trend.empty', 'No comment yet.')}
              </Typography>
            ) : (
              <Table colCount={4} rowCount={trend.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{t('reaction.hour', 'Hour')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('reaction.clean', 'Clean')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('reaction.negative', 'Negative but clean')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('reaction.moderated', 'Removed, held or flagged')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {trend.map((h) => (
                    <Tr key={h.hour}>
                      <Td><Typography>{formatDate(h.hour, { dateStyle: 'short', timeStyle: 'short' })}</Typography></Td>
                      <Td><Typography>{h.clean}</Typography></Td>
                      <Td><Typography>{h.negative}</Typography></Td>
                      <Td><Typography>{h.moderated}</Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Box>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('reaction.comments', 'Comments')}>
            {r.comments.map((c) => (
              <Box tag="li" key={c.documentId} padding={4} hasRadius background={c.negative ? 'danger100' : 'neutral0'} data-testid="bc-reaction-comment" data-negative={c.negative}>
                <Typography variant="pi" textColor="neutral600">
                  {c.authorName ?? '—'} · {formatDate(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  {c.negative ? ` · ${t('reaction.negative', 'Negative but clean')}` : ''}
                </Typography>
                <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {c.text}
                </Typography>
              </Box>
            ))}
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ReactionPage = () => {
  const { id = '' } = useParams();
  return (
    <Page.Protect permissions={PERMISSIONS.readAnnouncements}>
      <Reaction key={id} id={id} />
    </Page.Protect>
  );
};

export default ReactionPage;
