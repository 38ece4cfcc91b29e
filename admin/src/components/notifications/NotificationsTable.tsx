import { Button, EmptyStateLayout, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Table } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { NotificationItem } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { StatusBadge, useNotificationLabels } from './labels';
import { canResend } from './useResend';

interface Props {
  rows: NotificationItem[];
  isLoading: boolean;
  canManage: boolean;
  resending: string | null;
  onOpen: (documentId: string) => void;
  onResend: (documentId: string) => void;
}

/** One line, cut with an ellipsis at `width` (the full text is in the row's detail). */
const clip = (width: string) =>
  ({
    display: 'block',
    maxWidth: width,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }) as const;

/** One row per explanation sent; a row opens the notification as its author received it. */
export const NotificationsTable = ({
  rows,
  isLoading,
  canManage,
  resending,
  onOpen,
  onResend,
}: Props) => {
  const t = useT();
  const { formatDate } = useIntl();
  const labels = useNotificationLabels();
  const headers = [
    { name: 'author', label: t('notifications.col.authorChannel', 'Author and channel') },
    { name: 'rule', label: t('notifications.col.rule', 'Rule') },
    { name: 'subject', label: t('notifications.col.subject', 'Subject') },
    { name: 'status', label: t('notifications.col.status', 'Status') },
    { name: 'lastError', label: t('notifications.col.lastError', 'Last error') },
    { name: 'time', label: t('notifications.col.time', 'Time') },
    { name: 'actions', label: t('notifications.col.actions', 'Actions') },
  ];

  if (!isLoading && rows.length === 0) {
    return (
      <EmptyStateLayout
        content={t(
          'notifications.empty',
          'No explanation matches: none has been sent yet, or the filters exclude them all.'
        )}
      />
    );
  }
  return (
    <Table.Root rows={rows} headers={headers} isLoading={isLoading}>
      <Table.Content>
        <Table.Head>
          {headers.map((h) => (
            <Table.HeaderCell key={h.name} name={h.name} label={h.label} />
          ))}
        </Table.Head>
        <Table.Loading />
        <Table.Body>
          {rows.map((n) => (
            <Tr
              key={n.documentId}
              onClick={() => onOpen(n.documentId)}
              style={{ cursor: 'pointer' }}
              data-testid="bc-notification-row"
            >
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography textColor="neutral800" style={clip('18rem')} title={n.authorKey}>
                    {n.authorKey}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {labels.channel(n.channel)}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography style={clip('14rem')}>
                  {n.logEntry?.ruleNumber != null
                    ? t('notifications.rule', '{number}. {title}', {
                        number: n.logEntry.ruleNumber,
                        title: n.logEntry.ruleTitle ?? '',
                      })
                    : '—'}
                </Typography>
              </Td>
              <Td>
                <Typography style={clip('18rem')} title={n.subject ?? undefined}>
                  {n.subject ?? '—'}
                </Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <StatusBadge status={n.status} />
                  {n.channel === 'email' && (
                    <Typography
                      variant="pi"
                      textColor="neutral600"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {t(
                        'notifications.attempts',
                        '{count, plural, =0 {not tried yet} one {# attempt} other {# attempts}}',
                        {
                          count: n.attempts,
                        }
                      )}
                    </Typography>
                  )}
                </Flex>
              </Td>
              <Td>
                <Typography
                  textColor={n.lastError ? 'danger600' : 'neutral500'}
                  style={clip('14rem')}
                  title={n.lastError ?? undefined}
                >
                  {n.lastError ?? '—'}
                </Typography>
              </Td>
              <Td>
                <Typography style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(n.sentAt ?? n.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                </Typography>
              </Td>
              <Td onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
                {canManage && canResend(n) && (
                  <Button
                    size="S"
                    variant="secondary"
                    loading={resending === n.documentId}
                    onClick={() => onResend(n.documentId)}
                  >
                    {t('notifications.resend', 'Resend')}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Table.Body>
      </Table.Content>
    </Table.Root>
  );
};
