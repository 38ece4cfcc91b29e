import { Badge, Button, EmptyStateLayout, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, Table, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import { useAnnouncements, useExplainStats } from '../components/announcements/api';
import { CreateAnnouncementModal } from '../components/announcements/CreateAnnouncementModal';
import { StatusBadge, useAnnouncementLabels } from '../components/announcements/labels';
import { ErrorState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Every announcement, newest change first: kind, status, whether it is public, warnings, time to explain. */
const AnnouncementsList = () => {
  const t = useT();
  const { formatDate } = useIntl();
  const navigate = useNavigate();
  const labels = useAnnouncementLabels();
  const canManage = useRBAC(PERMISSIONS.manageAnnouncements).allowedActions.canManage === true;
  const [creating, setCreating] = useState(false);
  const list = useAnnouncements({ pageSize: 100 });
  const stats = useExplainStats().data?.data;
  const rows = list.data?.data ?? [];
  const headers = [
    { name: 'title', label: t('announcements.col.title', 'Title') },
    { name: 'kind', label: t('announcements.col.kind', 'Kind') },
    { name: 'status', label: t('announcements.col.status', 'Status') },
    { name: 'published', label: t('announcements.col.published', 'Published') },
    { name: 'explain', label: t('announcements.col.explain', 'Time to explain') },
  ];

  return (
    <Page.Main>
      <Page.Title>{t('announcements.title', 'Announcements')}</Page.Title>
      <Layouts.Header
        title={t('announcements.title', 'Announcements')}
        subtitle={t('announcements.subtitle', 'Incidents, planned work and policy changes: told first, posted everywhere, followed up.')}
        primaryAction={
          canManage ? (
            <Button startIcon={<Plus />} onClick={() => setCreating(true)}>
              {t('announcements.new', 'New announcement')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        {stats && stats.medianMinutesToExplain !== null && (
          <Typography tag="p" textColor="neutral600" data-testid="bc-explain-median" style={{ marginBottom: 16 }}>
            {t(
              'announcements.median',
              'Last 30 days: the first public explanation came {minutes} min after the problem began (median of {count, plural, one {# incident} other {# incidents}}).',
              { minutes: stats.medianMinutesToExplain, count: stats.incidents }
            )}
          </Typography>
        )}
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : !list.isLoading && rows.length === 0 ? (
          <EmptyStateLayout content={t('announcements.empty', 'No announcement yet.')} />
        ) : (
          <Table.Root rows={rows} headers={headers} isLoading={list.isLoading}>
            <Table.Content>
              <Table.Head>
                {headers.map((h) => (
                  <Table.HeaderCell key={h.name} name={h.name} label={h.label} />
                ))}
              </Table.Head>
              <Table.Loading />
              <Table.Body>
                {rows.map((a) => (
                  <Tr
                    key={a.documentId}
                    data-testid="bc-announcement-row"
                    style={{ cursor: 'pointer' }}
                    onClick={() => navigate(a.documentId)}
                  >
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Typography textColor="neutral800" fontWeight="semiBold">
                          {a.title}
                        </Typography>
                        {a.warnings.map((w) => (
                          <Typography key={w.code} variant="pi" textColor="danger600">
                            {labels.warning(w)}
                          </Typography>
                        ))}
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>{labels.kind(a.kind)}</Typography>
                    </Td>
                    <Td>
                      <StatusBadge status={a.currentStatus} />
                    </Td>
                    <Td>
                      {a.published ? (
                        <Typography>
                          {a.announcedAt ? formatDate(a.announcedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '✓'}
                        </Typography>
                      ) : (
                        <Badge>
                          {a.publishAt
                            ? t('announcements.scheduledFor', 'Scheduled {date}', {
                                date: formatDate(a.publishAt, { dateStyle: 'medium', timeStyle: 'short' }),
                              })
                            : t('announcements.draft', 'Draft')}
                        </Badge>
                      )}
                    </Td>
                    <Td>
                      <Typography>
                        {a.minutesToExplain === null
                          ? '—'
                          : t('announcements.minutes', '{count, plural, one {# minute} other {# minutes}}', {
                              count: a.minutesToExplain,
                            })}
                      </Typography>
                    </Td>
                  </Tr>
                ))}
              </Table.Body>
            </Table.Content>
          </Table.Root>
        )}
      </Layouts.Content>
      {creating && (
        <CreateAnnouncementModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(id);
          }}
        />
      )}
    </Page.Main>
  );
};

const AnnouncementsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnnouncements}>
    <AnnouncementsList />
  </Page.Protect>
);

export default AnnouncementsPage;
