import { Alert, Box, Button, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';

import { AddEntryForm } from '../components/announcements/AddEntryForm';
import { useAnnouncement, usePublish } from '../components/announcements/api';
import { DeliveriesTable } from '../components/announcements/DeliveriesTable';
import { StatusBadge, useAnnouncementLabels } from '../components/announcements/labels';
import { Timeline } from '../components/announcements/Timeline';
import { ErrorState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="filterShadow" tag="section">
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const Fact = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <Grid.Item col={3} s={6} direction="column" alignItems="flex-start">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography>{value}</Typography>
  </Grid.Item>
);

/** One announcement: its facts and warnings, the timeline with a form to add to it, and every post made. */
const AnnouncementDetail = ({ id }: { id: string }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const labels = useAnnouncementLabels();
  const canManage = useRBAC(PERMISSIONS.manageAnnouncements).allowedActions.canManage === true;
  const query = useAnnouncement(id);
  const publish = usePublish(id);
  const a = query.data?.data;
  const when = (d: string | null) => (d ? formatDate(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

  if (query.isLoading) return <Page.Loading />;
  if (!a) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Page.Main>
      <Page.Title>{a.title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={NavLink} to=".." relative="path">
            {t('announcements.back', 'All announcements')}
          </Link>
        }
        title={a.title}
        subtitle={labels.kind(a.kind)}
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" tag={NavLink} to="reaction">
              {t('announcements.reaction', 'Reaction')}
            </Button>
            {canManage && (
              <Button onClick={() => publish.mutate(undefined)} loading={publish.isLoading}>
                {a.published ? t('announcements.republish', 'Publish changes') : t('announcements.publish', 'Publish')}
              </Button>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {a.warnings.map((w) => (
            <Alert key={w.code} variant="danger" closeLabel={t('common.close', 'Close')} title={t('announcements.warning', 'Early warning')} data-testid="bc-early-warning">
              {labels.warning(w)}
            </Alert>
          ))}
          <Section title={t('announcements.facts', 'Facts')}>
            <Grid.Root gap={4}>
              <Fact label={t('announcements.col.status', 'Status')} value={<StatusBadge status={a.currentStatus} />} />
              <Fact label={t('announcements.col.published', 'Published')} value={a.published ? when(a.announcedAt) : a.publishAt ? t('announcements.scheduledFor', 'Scheduled {date}', { date: when(a.publishAt) }) : t('announcements.draft', 'Draft')} />
              {a.kind === 'incident' && <Fact label={t('announcements.detectedAt', 'Problem began at')} value={when(a.detectedAt)} />}
              {a.kind === 'incident' && (
                <Fact
                  label={t('announcements.col.explain', 'Time to explain')}
                  value={a.minutesToExplain === null ? '—' : t('announcements.minutes', '{count, plural, one {# minute} other {# minutes}}', { count: a.minutesToExplain })}
                />
              )}
              {a.kind !== 'incident' && <Fact label={a.kind === 'policy' ? t('announcements.effectiveAt', 'In effect from') : t('announcements.startsAt', 'Starts at')} value={when(a.startsAt)} />}
              {a.kind === 'planned' && <Fact label={t('announcements.endsAt', 'Ends at')} value={when(a.endsAt)} />}
            </Grid.Root>
            {a.body && (
              <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {a.body}
              </Typography>
            )}
          </Section>
          <Section title={t('announcements.timeline', 'Timeline')}>
            {canManage && <AddEntryForm id={a.documentId} kind={a.kind} current={a.currentStatus} />}
            <Timeline entries={a.timeline} canManage={canManage} announcement={a.documentId} locales={a.siteLocales} />
          </Section>
          <Section title={t('announcements.deliveries', 'Posts to channels')}>
            <Typography variant="pi" textColor="neutral600">
              {a.channels.length
                ? t('announcements.channels', 'Posting to: {list}.', { list: a.channels.map(labels.channel).join(', ') })
                : t('announcements.channels.none', 'No channel is configured (plugin config `channels`).')}
            </Typography>
            <DeliveriesTable rows={a.deliveries} canManage={canManage} />
          </Section>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const AnnouncementPage = () => {
  const { id = '' } = useParams();
  return (
    <Page.Protect permissions={PERMISSIONS.readAnnouncements}>
      <AnnouncementDetail key={id} id={id} />
    </Page.Protect>
  );
};

export default AnnouncementPage;
