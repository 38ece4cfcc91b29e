import { Button, Flex, Grid, LinkButton, Modal, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'react-query';
import { Link } from 'react-router-dom';

import type { AuthorStanding, FindAuthor } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { PLUGIN_ID } from '../../pluginId';
import { useT } from '../../utils/useT';
import { ErrorState, LoadingState } from '../common/States';
import { AuthorHistory } from './AuthorHistory';
import { BanBadge } from './standing';

interface Props {
  authorKey: string;
  /** The row from the list, shown at once while the author loads. */
  fromList?: AuthorStanding;
  canManage: boolean;
  onBan: (author: AuthorStanding) => void;
  onUnban: (author: AuthorStanding) => void;
  onClose: () => void;
}

const HISTORY_PAGE_SIZE = 10;

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="flex-start">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography style={{ overflowWrap: 'anywhere' }}>{children}</Typography>
  </Grid.Item>
);

/** One author: standing, ban details and history (their log entries). */
export const AuthorModal = ({ authorKey, fromList, canManage, onBan, onUnban, onClose }: Props) => {
  const t = useT();
  const api = useApi();
  const { formatDate } = useIntl();
  const [page, setPage] = useState(1);
  const query = { page, pageSize: HISTORY_PAGE_SIZE };
  const author = useQuery(
    keys.author(authorKey, query),
    () => api.get<FindAuthor.Response>(`/authors/${encodeURIComponent(authorKey)}`, query),
    { keepPreviousData: true }
  );
  const standing = author.data?.data ?? fromList;
  const when = (d: string | null) => (d ? formatDate(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{standing?.authorName ?? authorKey}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={6}>
            {standing && (
              <Grid.Root gap={4}>
                <Fact label={t('authors.detail.key', 'Key')}>{standing.authorKey}</Fact>
                <Fact label={t('authors.col.standing', 'Standing')}>
                  <BanBadge standing={standing} />
                </Fact>
                <Fact label={t('authors.col.warnings', 'Warnings')}>{standing.warnings}</Fact>
                <Fact label={t('authors.col.last', 'Last action')}>{when(standing.lastActionAt)}</Fact>
                {standing.banned && (
                  <>
                    <Fact label={t('authors.detail.bannedAt', 'Banned on')}>{when(standing.bannedAt)}</Fact>
                    <Fact label={t('authors.detail.bannedUntil', 'Banned until')}>
                      {standing.bannedUntil ? when(standing.bannedUntil) : t('authors.detail.untilUnbanned', 'Until unbanned')}
                    </Fact>
                    <Fact label={t('authors.col.reason', 'Ban reason')}>{standing.banReason ?? '—'}</Fact>
                  </>
                )}
              </Grid.Root>
            )}
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h3">
                {t('authors.history.title', 'History')}
              </Typography>
              {author.isLoading && <LoadingState />}
              {author.isError && <ErrorState error={author.error} onRetry={() => author.refetch()} />}
              {author.data && (
                <AuthorHistory entries={author.data.history.data} pagination={author.data.history.meta.pagination} onPage={setPage} />
              )}
            </Flex>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('authors.detail.close', 'Close')}</Button>
          </Modal.Close>
          <Flex gap={2}>
            <LinkButton
              variant="secondary"
              tag={Link}
              to={`/plugins/${PLUGIN_ID}/notifications?author=${encodeURIComponent(authorKey)}`}
            >
              {t('authors.detail.notifications', 'Explanations sent')}
            </LinkButton>
            {canManage && standing && standing.activeBan && (
              <Button variant="secondary" onClick={() => onUnban(standing)}>
                {t('authors.unban', 'Unban')}
              </Button>
            )}
            {canManage && standing && !standing.activeBan && (
              <Button variant="danger-light" onClick={() => onBan(standing)}>
                {t('authors.ban', 'Ban')}
              </Button>
            )}
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
