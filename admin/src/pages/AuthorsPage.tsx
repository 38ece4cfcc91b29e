import { Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useQuery } from 'react-query';

import type { AuthorStanding, FindAuthors } from '../../../shared/contracts';
import { keys, useApi } from '../api/client';
import { AuthorModal } from '../components/authors/AuthorModal';
import { AuthorsFilters } from '../components/authors/AuthorsFilters';
import { AuthorsTable } from '../components/authors/AuthorsTable';
import { BanDialog, UnbanDialog } from '../components/authors/BanDialogs';
import { useAuthorsUrl } from '../components/authors/query';
import { ErrorState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

type Dialog = { kind: 'ban' | 'unban'; author: AuthorStanding } | null;

const AuthorsList = () => {
  const t = useT();
  const api = useApi();
  const { url, api: query, setFilter, open } = useAuthorsUrl();
  const canManage = useRBAC(PERMISSIONS.manageAuthors).allowedActions.canManage === true;
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useQuery(keys.authors(query), () => api.get<FindAuthors.Response>('/authors', query), {
    keepPreviousData: true,
  });
  const rows = list.data?.data ?? [];
  const pagination = list.data?.meta.pagination;
  const ban = (author: AuthorStanding) => setDialog({ kind: 'ban', author });
  const unban = (author: AuthorStanding) => setDialog({ kind: 'unban', author });

  return (
    <Page.Main>
      <Page.Title>{t('authors.title', 'Authors')}</Page.Title>
      <Layouts.Header
        title={t('authors.title', 'Authors')}
        subtitle={t('authors.subtitle', 'Warnings and bans. Open an author to see what moderation did with their comments.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <AuthorsFilters url={url} setFilter={setFilter} />
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => list.refetch()} />
          ) : (
            <AuthorsTable
              rows={rows}
              isLoading={list.isLoading}
              filtered={Boolean(query.q || query.banned)}
              canManage={canManage}
              onOpen={(key) => open(key)}
              onBan={ban}
              onUnban={unban}
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
      {url.key && (
        <AuthorModal
          key={url.key}
          authorKey={url.key}
          fromList={rows.find((a) => a.authorKey === url.key)}
          canManage={canManage}
          onBan={ban}
          onUnban={unban}
          onClose={() => open(undefined)}
        />
      )}
      {dialog?.kind === 'ban' && (
        <BanDialog authorKey={dialog.author.authorKey} authorName={dialog.author.authorName} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'unban' && (
        <UnbanDialog authorKey={dialog.author.authorKey} authorName={dialog.author.authorName} onClose={() => setDialog(null)} />
      )}
    </Page.Main>
  );
};

const AuthorsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAuthors}>
    <AuthorsList />
  </Page.Protect>
);

export default AuthorsPage;
