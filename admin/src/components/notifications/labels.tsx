import { Badge } from '@strapi/design-system';
import { useCallback } from 'react';

import type { NotificationChannel, NotificationStatus } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** Delivery status colours: failed stands out, sent and read are done, the rest is on its way. */
export const STATUS_VARIANT = {
  queued: 'neutral',
  sending: 'primary',
  sent: 'success',
  failed: 'danger',
  read: 'secondary',
} as const satisfies Record<NotificationStatus, string>;

export const useNotificationLabels = () => {
  const t = useT();
  const status = useCallback(
    (s: NotificationStatus) =>
      ({
        queued: t('notifications.status.queued', 'Queued'),
        sending: t('notifications.status.sending', 'Sending'),
        sent: t('notifications.status.sent', 'Sent'),
        failed: t('notifications.status.failed', 'Failed'),
        read: t('notifications.status.read', 'Read'),
      })[s],
    [t]
  );
  const channel = useCallback(
    (c: NotificationChannel) =>
      ({
        email: t('notifications.channel.email', 'E-mail'),
        'in-app': t('notifications.channel.in-app', 'In the app'),
      })[c],
    [t]
  );
  return { status, channel };
};

export const StatusBadge = ({ status }: { status: NotificationStatus }) => {
  const labels = useNotificationLabels();
  return (
    <Badge variant={STATUS_VARIANT[status]} data-status={status}>
      {labels.status(status)}
    </Badge>
  );
};
