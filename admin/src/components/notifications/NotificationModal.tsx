import { Box, Button, Flex, Grid, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useQuery } from 'react-query';

import type { FindNotification, NotificationItem } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { ErrorState, LoadingState } from '../common/States';
import { StatusBadge, useNotificationLabels } from './labels';
import { canResend } from './useResend';

interface Props {
  documentId: string;
  /** The row from the list, shown at once while the notification itself loads. */
  fromList?: NotificationItem;
  canManage: boolean;
  resending: boolean;
  onResend: (documentId: string) => void;
  onClose: () => void;
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="flex-start">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography style={{ overflowWrap: 'anywhere' }}>{children}</Typography>
  </Grid.Item>
);

/** One notification exactly as its author received it: the subject and the body as plain text. */
export const NotificationModal = ({ documentId, fromList, canManage, resending, onResend, onClose }: Props) => {
  const t = useT();
  const api = useApi();
  const { formatDate } = useIntl();
  const labels = useNotificationLabels();
  const query = useQuery(
    keys.notification(documentId),
    () => api.get<FindNotification.Response>(`/notifications/${encodeURIComponent(documentId)}`),
    { initialData: fromList ? { data: fromList } : undefined, staleTime: fromList ? 0 : undefined }
  );
  const n = query.data?.data;
  const when = (d: string | null) => (d ? formatDate(d, { dateStyle: 'medium', timeStyle: 'medium' }) : '—');

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('notifications.modal.title', 'Explanation sent to an author')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {query.isLoading && <LoadingState />}
          {query.isError && !n && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
          {n && (
            <Flex direction="column" alignItems="stretch" gap={5}>
              <Grid.Root gap={4}>
                <Fact label={t('notifications.col.author', 'Author')}>{n.authorKey}</Fact>
                <Fact label={t('notifications.modal.recipient', 'Sent to')}>
                  {n.recipient ?? labels.channel(n.channel)}
                </Fact>
                <Fact label={t('notifications.col.channel', 'Channel')}>{labels.channel(n.channel)}</Fact>
                <Fact label={t('notifications.col.status', 'Status')}>
                  <StatusBadge status={n.status} />
                </Fact>
                <Fact label={t('notifications.col.attempts', 'Attempts')}>{n.attempts}</Fact>
                <Fact label={t('notifications.modal.sentAt', 'Sent at')}>{when(n.sentAt)}</Fact>
                {n.status !== 'sent' && n.status !== 'read' && n.nextAttemptAt && (
                  <Fact label={t('notifications.modal.nextAttempt', 'Next attempt')}>{when(n.nextAttemptAt)}</Fact>
                )}
                {n.logEntry?.ruleNumber != null && (
                  <Fact label={t('notifications.col.rule', 'Rule')}>
                    {t('notifications.rule', '{number}. {title}', {
                      number: n.logEntry.ruleNumber,
                      title: n.logEntry.ruleTitle ?? '',
                    })}
                  </Fact>
                )}
                {n.lastError && (
                  <Fact label={t('notifications.col.lastError', 'Last error')}>
                    <Typography textColor="danger600">{n.lastError}</Typography>
                  </Fact>
                )}
              </Grid.Root>
              <Box padding={4} background="neutral100" hasRadius data-testid="bc-notification-message">
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Typography fontWeight="bold" style={{ overflowWrap: 'anywhere' }} data-testid="bc-notification-subject">
                    {n.subject ?? t('notifications.modal.noSubject', '(no subject)')}
                  </Typography>
                  <Typography
                    tag="p"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    data-testid="bc-notification-body"
                  >
                    {n.body ?? ''}
                  </Typography>
                </Flex>
              </Box>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('notifications.modal.close', 'Close')}</Button>
          </Modal.Close>
          {n && canManage && canResend(n) && (
            <Button loading={resending} onClick={() => onResend(n.documentId)}>
              {t('notifications.resend', 'Resend')}
            </Button>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
