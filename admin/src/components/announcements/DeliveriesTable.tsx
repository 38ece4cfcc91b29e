import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Delivery } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useConfirmDelivery, useRetryDelivery } from './api';
import { DeliveryBadge, useAnnouncementLabels } from './labels';

/** Every post of every entry: the brand's proof that users were told, and when; a failed one can be retried. */
export const DeliveriesTable = ({ rows, canManage }: { rows: Delivery[]; canManage: boolean }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const labels = useAnnouncementLabels();
  const retry = useRetryDelivery();
  const confirm = useConfirmDelivery();
  if (!rows.length) {
    return (
      <Typography textColor="neutral600">
        {t('announcements.deliveries.empty', 'Nothing posted yet: posts go out when the announcement is published.')}
      </Typography>
    );
  }
  return (
    <Table colCount={5} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('announcements.deliveries.channel', 'Channel')}</Typography></Th>
          <Th><Typography variant="sigma">{t('announcements.col.status', 'Status')}</Typography></Th>
          <Th><Typography variant="sigma">{t('announcements.deliveries.when', 'Delivered')}</Typography></Th>
          <Th><Typography variant="sigma">{t('announcements.deliveries.error', 'Last error')}</Typography></Th>
          <Th><Typography variant="sigma">{t('announcements.deliveries.actions', 'Actions')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((d) => (
          <Tr key={d.documentId} data-testid="bc-delivery-row" data-status={d.status}>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography>{labels.channel(d.channel)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {d.remoteId ? `#${d.remoteId}` : ''}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <DeliveryBadge status={d.status} />
                <Typography variant="pi" textColor="neutral600">
                  {t('announcements.attempts', '{count, plural, =0 {not tried yet} one {# attempt} other {# attempts}}', { count: d.attempts })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography>{d.deliveredAt ? formatDate(d.deliveredAt, { dateStyle: 'medium', timeStyle: 'medium' }) : '—'}</Typography>
              {d.confirmedBy && (
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {t('announcements.delivery.confirmedBy', 'Marked as posted by {name}', { name: d.confirmedBy })}
                </Typography>
              )}
            </Td>
            <Td style={{ maxWidth: 360 }}>
              <Typography textColor={d.status === 'uncertain' ? 'warning700' : 'danger600'} style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
                {d.status === 'uncertain'
                  ? t('announcements.delivery.uncertain.hint', 'It may have been published: check the channel, then mark it as posted or post it again.')
                  : (d.lastError ?? '')}
              </Typography>
            </Td>
            <Td>
              {canManage && d.status === 'uncertain' && (
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Button variant="secondary" size="S" loading={confirm.isLoading && confirm.variables === d.documentId} onClick={() => confirm.mutate(d.documentId)}>
                    {t('announcements.delivery.markPosted', 'Mark as posted')}
                  </Button>
                  <Button variant="danger-light" size="S" loading={retry.isLoading && retry.variables === d.documentId} onClick={() => retry.mutate(d.documentId)}>
                    {t('announcements.delivery.postAgain', 'Post again')}
                  </Button>
                </Flex>
              )}
              {canManage && d.status === 'failed' && (
                <Button variant="secondary" size="S" loading={retry.isLoading && retry.variables === d.documentId} onClick={() => retry.mutate(d.documentId)}>
                  {t('announcements.delivery.retry', 'Retry')}
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
