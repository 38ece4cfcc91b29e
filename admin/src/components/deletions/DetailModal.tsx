import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useQuery } from 'react-query';

import type { FindLog } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { ActionBadge, CategoryBadge } from '../common/badges';
import { ErrorState, LoadingState } from '../common/States';
import { AppealSection } from './AppealSection';
import { availability } from './availability';
import { CommentSection, ContextSection, type Detail, NotificationsSection, RelatedSection, StandingSection } from './DetailSections';

export interface Permissions {
  restore: boolean;
  review: boolean;
  ban: boolean;
}

interface Props {
  id: string;
  can: Permissions;
  busy: boolean;
  /** Position in the current page, for "3 of 20" and the j/k hint. */
  position: { index: number; count: number } | null;
  onClose: () => void;
  onRestore: (entry: Detail) => void;
  onApprove: (entry: Detail) => void;
  onConfirm: (entry: Detail) => void;
  onBan: (entry: Detail) => void;
}

/** One entry in full, opened from the list and kept in the URL (`?id=`), with the review actions. */
export const DetailModal = ({ id, can, busy, position, onClose, ...act }: Props) => {
  const t = useT();
  const api = useApi();
  const { formatDate } = useIntl();
  const detail = useQuery(keys.log(id), () => api.get<FindLog.Response>(`/logs/${encodeURIComponent(id)}`));
  const entry = detail.data?.data;
  const allowed = entry ? availability(entry) : null;
  const banned = entry?.standing?.activeBan ?? false;

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content data-testid="bc-deletion-detail">
        <Modal.Header closeLabel={t('deletions.detail.close', 'Close')}>
          <Modal.Title>{t('deletions.detail.title', 'Moderation entry')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {detail.isLoading ? (
            <LoadingState />
          ) : detail.isError || !entry ? (
            <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
          ) : (
            <>
              <Flex gap={2} wrap="wrap">
                <ActionBadge action={entry.action} />
                <CategoryBadge category={entry.category} />
                {entry.review && <ActionBadge action={entry.review.outcome} />}
                <Typography variant="pi" textColor="neutral600">
                  {formatDate(entry.createdAt, { dateStyle: 'long', timeStyle: 'short' })}
                </Typography>
                {position && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('deletions.detail.position', '{index} of {count} on this page', {
                      index: position.index + 1,
                      count: position.count,
                    })}
                  </Typography>
                )}
              </Flex>
              {entry.review && (
                <Typography tag="p" variant="pi" textColor="neutral600" paddingTop={2}>
                  {t('deletions.detail.reviewed', 'Reviewed {date} by {who}', {
                    date: formatDate(entry.review.at, { dateStyle: 'medium', timeStyle: 'short' }),
                    who: entry.review.by ?? '—',
                  })}
                </Typography>
              )}
              <CommentSection entry={entry} />
              <AppealSection appeal={entry.appeal} />
              <ContextSection entry={entry} />
              <StandingSection entry={entry} />
              <NotificationsSection entry={entry} />
              <RelatedSection entry={entry} />
            </>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('deletions.detail.close', 'Close')}</Button>
          </Modal.Close>
          {entry && allowed && (
            <Flex gap={2}>
              {can.ban && allowed.ban && !banned && (
                <Button variant="danger-light" disabled={busy} onClick={() => act.onBan(entry)}>
                  {t('deletions.action.ban', 'Ban author')}
                </Button>
              )}
              {can.review && allowed.confirm && (
                <Button variant="secondary" disabled={busy} onClick={() => act.onConfirm(entry)}>
                  {t('deletions.action.confirm', 'Confirm (c)')}
                </Button>
              )}
              {can.review && allowed.approve && (
                <Button variant="success-light" disabled={busy} onClick={() => act.onApprove(entry)}>
                  {t('deletions.action.approve', 'Approve (a)')}
                </Button>
              )}
              {can.restore && allowed.restore && (
                <Button disabled={busy} onClick={() => act.onRestore(entry)}>
                  {t('deletions.action.restore', 'Restore (r)')}
                </Button>
              )}
            </Flex>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
