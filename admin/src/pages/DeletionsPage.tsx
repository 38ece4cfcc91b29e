import { Box, Button, EmptyStateLayout, Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from 'react-query';

import type { Bulk, BulkAction, FindLog, FindLogs, LearnKind, LogEntry } from '../../../shared/contracts';
import { keys, useApi } from '../api/client';
import { PageSizeSelect } from '../components/common/PageSizeSelect';
import { ErrorState } from '../components/common/States';
import { availability } from '../components/deletions/availability';
import { BulkBar, BulkFailures } from '../components/deletions/BulkBar';
import { DeletionsFilters } from '../components/deletions/DeletionsFilters';
import { DeletionsTable } from '../components/deletions/DeletionsTable';
import { DetailModal, type Permissions } from '../components/deletions/DetailModal';
import { useDeletionsUrl } from '../components/deletions/query';
import { BanDialog, RestoreDialog } from '../components/deletions/ReviewDialogs';
import { ShortcutsHelp, useShortcuts, type ShortcutKey } from '../components/deletions/Shortcuts';
import { useReviewActions } from '../components/deletions/useReviewActions';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** One stable array: useRBAC re-checks whenever its argument changes identity. */
const ACTION_PERMISSIONS = [...PERMISSIONS.restore, ...PERMISSIONS.review, ...PERMISSIONS.manageAuthors];

type Reviewable = Pick<LogEntry, 'documentId' | 'action' | 'review' | 'dryRun' | 'authorKey' | 'authorName' | 'originalText'>;

const Deletions = () => {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const { url, api: query, update, setFilters, clearFilters, openEntry, hasFilters } = useDeletionsUrl();
  const list = useQuery(keys.logs(query), () => api.get<FindLogs.Response>('/logs', query), { keepPreviousData: true });
  const rows = useMemo(() => list.data?.data ?? [], [list.data]);
  const pagination = list.data?.meta.pagination;
  const rbac = useRBAC(ACTION_PERMISSIONS).allowedActions;
  const can: Permissions = { restore: !!rbac.canRestore, review: !!rbac.canReview, ban: !!rbac.canManage };
  const actions = useReviewActions();

  const [selected, setSelected] = useState<LogEntry[]>([]);
  const [active, setActive] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [restoreTarget, setRestoreTarget] = useState<{ ids: string[]; text: string | null; bulk: LogEntry[] | null } | null>(null);
  const [banTarget, setBanTarget] = useState<{ key: string; name: string | null } | null>(null);
  const [failures, setFailures] = useState<{ results: Bulk.Result[]; rows: LogEntry[] } | null>(null);

  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setSelected([]);
    setActive(0);
  }, [queryKey]);
  const openIndex = url.id ? rows.findIndex((r) => r.documentId === url.id) : -1;
  useEffect(() => {
    if (openIndex >= 0) setActive(openIndex);
  }, [openIndex]);
  useEffect(() => {
    const id = rows[active]?.documentId;
    if (id) document.querySelector(`[data-entry="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active, rows]);

  const restore = (e: Reviewable) => setRestoreTarget({ ids: [e.documentId], text: e.originalText, bulk: null });
  const approve = (e: Reviewable) => actions.approve.mutate(e.documentId);
  const confirm = (e: Reviewable) => actions.confirm.mutate(e.documentId);
  const ban = (e: Reviewable) => e.authorKey && setBanTarget({ key: e.authorKey, name: e.authorName });
  const runBulk = (action: BulkAction, on: LogEntry[]) => {
    const ids = on.filter((e) => availability(e)[action]).map((e) => e.documentId);
    if (action === 'restore') return setRestoreTarget({ ids, text: null, bulk: on });
    actions.bulk.mutate(
      { action, ids },
      { onSuccess: (res) => setFailures({ results: res.data.filter((r) => !r.ok), rows: on }) }
    );
  };
  const onRestoreConfirmed = (learn?: { kind: LearnKind; value: string } | null) => {
    if (!restoreTarget) return;
    const { ids, bulk: on } = restoreTarget;
    if (!on) actions.restore.mutate({ id: ids[0], learn: learn ?? undefined });
    else {
      actions.bulk.mutate(
        { action: 'restore', ids },
        { onSuccess: (res) => setFailures({ results: res.data.filter((r) => !r.ok), rows: on }) }
      );
      setSelected([]);
    }
    setRestoreTarget(null);
  };

  /** The entry shortcuts act on: the open one, else the highlighted row. */
  const target = (): Reviewable | undefined =>
    url.id ? client.getQueryData<FindLog.Response>(keys.log(url.id))?.data ?? rows[openIndex] : rows[active];
  const move = (step: number) => {
    if (rows.length === 0) return;
    const from = url.id ? openIndex : active;
    const next = Math.max(0, Math.min(rows.length - 1, (from < 0 ? -step : from) + step));
    if (url.id) update({ id: rows[next].documentId }, true);
    else setActive(next);
  };
  useShortcuts((key: ShortcutKey) => {
    if (key === '?') return setHelpOpen((o) => !o);
    if (key === 'j') return move(1);
    if (key === 'k') return move(-1);
    const e = target();
    if (!e || actions.busy) return;
    const allowed = availability(e);
    if (key === 'r' && can.restore && allowed.restore) restore(e);
    const settle = (run: (e: Reviewable) => void) => {
      run(e);
      // A queue filtered to unreviewed entries drops the row itself; otherwise step on to the next one.
      if (url.reviewed !== 'false') move(1);
    };
    if (key === 'c' && can.review && allowed.confirm) settle(confirm);
    if (key === 'a' && can.review && allowed.approve) settle(approve);
  }, !restoreTarget && !banTarget);

  return (
    <Page.Main aria-busy={list.isLoading}>
      <Page.Title>{t('deletions.pageTitle', 'Community · Deletions')}</Page.Title>
      <Layouts.Header
        title={t('nav.deletions', 'Deletions')}
        subtitle={
          pagination
            ? t('deletions.subtitle', '{total, plural, one {# entry} other {# entries}} match', { total: pagination.total })
            : undefined
        }
        primaryAction={<ShortcutsHelp open={helpOpen} onOpenChange={setHelpOpen} />}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <DeletionsFilters url={url} setFilters={setFilters} clearFilters={clearFilters} hasFilters={hasFilters} />
          {failures && <BulkFailures failures={failures.results} rows={failures.rows} onClose={() => setFailures(null)} />}
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => list.refetch()} />
          ) : !list.isLoading && rows.length === 0 ? (
            <Box background="neutral0" hasRadius shadow="tableShadow">
              <EmptyStateLayout
                content={
                  hasFilters
                    ? t('deletions.empty.filtered', 'No entry matches these filters.')
                    : t('deletions.empty.queue', 'Nothing to review: the queue is empty.')
                }
                action={
                  hasFilters ? (
                    <Button variant="secondary" onClick={clearFilters}>
                      {t('deletions.filter.clear', 'Clear filters')}
                    </Button>
                  ) : undefined
                }
              />
            </Box>
          ) : (
            <DeletionsTable
              rows={rows}
              isLoading={list.isLoading}
              selected={selected}
              onSelectedChange={setSelected}
              active={active}
              onOpen={(e, i) => {
                setActive(i);
                openEntry(e.documentId);
              }}
              actionBar={<BulkBar selected={selected} can={can} busy={actions.busy} onAction={(a) => runBulk(a, selected)} />}
            />
          )}
          {pagination && pagination.total > 0 && (
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={pagination.pageSize}>
              <PageSizeSelect value={pagination.pageSize} onChange={(pageSize) => update({ pageSize, page: undefined })} />
              <Pagination.Links />
            </Pagination.Root>
          )}
        </Flex>
      </Layouts.Content>
      {url.id && (
        <DetailModal
          id={url.id}
          can={can}
          busy={actions.busy}
          position={openIndex >= 0 ? { index: openIndex, count: rows.length } : null}
          onClose={() => openEntry(undefined)}
          onRestore={restore}
          onApprove={approve}
          onConfirm={confirm}
          onBan={ban}
        />
      )}
      <RestoreDialog
        target={restoreTarget && { text: restoreTarget.text, count: restoreTarget.ids.length, id: restoreTarget.bulk ? undefined : restoreTarget.ids[0] }}
        onConfirm={onRestoreConfirmed}
        onClose={() => setRestoreTarget(null)}
      />
      <BanDialog
        author={banTarget}
        onBan={(body) => banTarget && actions.ban.mutate({ key: banTarget.key, body })}
        onClose={() => setBanTarget(null)}
      />
    </Page.Main>
  );
};

const DeletionsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readLog}>
    <Deletions />
  </Page.Protect>
);

export default DeletionsPage;
