import {
  Flex,
  Pagination,
  PreviousLink,
  NextLink,
  PageLink,
  Typography,
} from '@strapi/design-system';
import {
  isFetchError,
  Layouts,
  Page,
  useAPIErrorHandler,
  useNotification,
  useRBAC,
} from '@strapi/strapi/admin';
import { useMutation, useQuery, useQueryClient } from 'react-query';
import { useSearchParams } from 'react-router-dom';

import type {
  ApplyRescan,
  FindRescans,
  GetRescan,
  RescanPreview,
  StartRescan,
} from '../../../shared/contracts';
import { keys, useApi } from '../api/client';
import { PreviewTable } from '../components/rescans/PreviewTable';
import { RescanForm } from '../components/rescans/RescanForm';
import { RescanProgress } from '../components/rescans/RescanProgress';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const PAGE_SIZE = 20;

/** Re-scan: check stored comments with today's filter, see what it would do, then apply it. */
const RescansPage = () => {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const allowed = useRBAC(PERMISSIONS.rescan).allowedActions.canRun;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);

  const list = useQuery(
    keys.rescans(),
    () => api.get<FindRescans.Response>('/rescans', { pageSize: 1 }),
    { enabled: allowed }
  );
  const id = params.get('id') ?? list.data?.data[0]?.id ?? null;
  const job = useQuery(keys.rescan(id ?? ''), () => api.get<GetRescan.Response>(`/rescans/${id}`), {
    enabled: allowed && !!id,
    refetchInterval: (data) =>
      data && ['running', 'applying'].includes(data.data.status) ? 1000 : false,
  });
  const status = job.data?.data.status;
  const preview = useQuery(
    [...keys.rescan(id ?? ''), 'preview', page, status],
    () => api.get<RescanPreview.Response>(`/rescans/${id}/preview`, { page, pageSize: PAGE_SIZE }),
    { enabled: allowed && !!id && !!status && status !== 'running', keepPreviousData: true }
  );

  const onError = (error: unknown) =>
    toggleNotification({
      type: 'danger',
      message: isFetchError(error)
        ? formatAPIError(error)
        : t('rescans.error', 'The re-scan failed.'),
    });
  const refresh = () => client.invalidateQueries(keys.all);
  const start = useMutation(
    (body: StartRescan.Request) =>
      api.post<StartRescan.Response, StartRescan.Request>('/rescans', body),
    {
      onSuccess: (res) => {
        setParams({ id: res.data.id });
        refresh();
      },
      onError,
    }
  );
  const act = useMutation(
    (what: 'apply' | 'cancel') => api.post<ApplyRescan.Response>(`/rescans/${id}/${what}`),
    {
      onSuccess: refresh,
      onError,
    }
  );

  const goTo = (next: number) => setParams({ ...(id ? { id } : {}), page: String(next) });
  const pageCount = preview.data?.meta.pagination.pageCount ?? 0;

  return (
    <Page.Protect permissions={PERMISSIONS.rescan}>
      <Page.Main>
        <Page.Title>{t('rescans.title', 'Re-scan')}</Page.Title>
        <Layouts.Header
          title={t('rescans.title', 'Re-scan')}
          subtitle={t(
            'rescans.subtitle',
            'Check comments already posted with today\u2019s filter and settings. Nothing changes until you apply.'
          )}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {list.data && (
              <RescanForm
                targets={list.data.meta.targets}
                loading={start.isLoading}
                onSubmit={(body) => start.mutate(body)}
              />
            )}
            {job.data && (
              <RescanProgress
                job={job.data.data}
                busy={act.isLoading}
                canApply={status === 'previewed'}
                canCancel={status === 'running' || status === 'previewed' || status === 'applying'}
                onApply={() => act.mutate('apply')}
                onCancel={() => act.mutate('cancel')}
              />
            )}
            {preview.data && preview.data.data.length > 0 && (
              <PreviewTable rows={preview.data.data} />
            )}
            {preview.data && preview.data.data.length === 0 && (
              <Typography textColor="neutral600">
                {t(
                  'rescans.nothing',
                  'Nothing to act on: every comment checked passes today\u2019s filter.'
                )}
              </Typography>
            )}
            {pageCount > 1 && (
              <Flex justifyContent="flex-end">
                <Pagination activePage={page} pageCount={pageCount}>
                  <PreviousLink onClick={() => goTo(Math.max(1, page - 1))}>
                    {t('rescans.previous', 'Previous page')}
                  </PreviousLink>
                  {Array.from({ length: Math.min(pageCount, 7) }, (_, i) => i + 1).map((n) => (
                    <PageLink key={n} number={n} onClick={() => goTo(n)}>
                      {t('rescans.page', 'Page {n}', { n })}
                    </PageLink>
                  ))}
                  <NextLink onClick={() => goTo(Math.min(pageCount, page + 1))}>
                    {t('rescans.next', 'Next page')}
                  </NextLink>
                </Pagination>
              </Flex>
            )}
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default RescansPage;
