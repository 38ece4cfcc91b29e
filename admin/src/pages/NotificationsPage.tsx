import { Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination, useRBAC } from '@strapi/strapi/admin';
import { useQuery } from 'react-query';

import type { FindNotifications } from '../../../shared/contracts';
import { keys, useApi } from '../api/client';
import { ErrorState } from '../components/common/States';
import { NotificationModal } from '../components/notifications/NotificationModal';
import { NotificationsFilters } from '../components/notifications/NotificationsFilters';
import { NotificationsTable } from '../components/notifications/NotificationsTable';
import { useNotificationsUrl } from '../components/notifications/query';
import { useResend } from '../components/notifications/useResend';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** While an e-mail is on its way the list refreshes itself, so a resend is seen to arrive. */
const IN_FLIGHT_REFRESH_MS = 2_000;

const NotificationsList = () => {
  const t = useT();
  const api = useApi();
  const { url, api: query, setFilter, open } = useNotificationsUrl();
  const canManage = useRBAC(PERMISSIONS.manageNotifications).allowedActions.canManage === true;
  const resend = useResend();
  const list = useQuery(
    keys.notifications(query),
    () => api.get<FindNotifications.Response>('/notifications', query),
    {
      keepPreviousData: true,
      refetchInterval: (answer) =>
        answer?.data.some((n) => n.status === 'queued' || n.status === 'sending') ? IN_FLIGHT_REFRESH_MS : false,
    }
  );
  const rows = list.data?.data ?? [];
  const pagination = list.data?.meta.pagination;
  const resendOne = (documentId: string) => resend.mutate(documentId);

  return (
    <Page.Main>
      <Page.Title>{t('notifications.title', 'Notified authors')}</Page.Title>
      <Layouts.Header
        title={t('notifications.title', 'Notified authors')}
        subtitle={t('notifications.subtitle', 'Every explanation sent to an author, by e-mail and in the app.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <NotificationsFilters url={url} setFilter={setFilter} />
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => list.refetch()} />
          ) : (
            <NotificationsTable
              rows={rows}
              isLoading={list.isLoading}
              canManage={canManage}
              resending={resend.isLoading ? resend.variables ?? null : null}
              onOpen={(id) => open(id)}
              onResend={resendOne}
            />
          )}
          {pagination && pagination.total > 0 && (
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={20}>
              <Pagination.PageSize options={['10', '20', '50', '100']} />
              <Pagination.Links />
            </Pagination.Root>
          )}
        </Flex>
      </Layouts.Content>
      {url.id && (
        <NotificationModal
          key={url.id}
          documentId={url.id}
          fromList={rows.find((n) => n.documentId === url.id)}
          canManage={canManage}
          resending={resend.isLoading && resend.variables === url.id}
          onResend={resendOne}
          onClose={() => open(undefined)}
        />
      )}
    </Page.Main>
  );
};

const NotificationsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readNotifications}>
    <NotificationsList />
  </Page.Protect>
);

export default NotificationsPage;
