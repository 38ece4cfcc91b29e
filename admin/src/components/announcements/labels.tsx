import { Badge } from '@strapi/design-system';
import type { ComponentProps } from 'react';

import type {
  AnnouncementKind,
  AnnouncementStatus,
  AnnouncementWarning,
  DeliveryChannel,
  DeliveryStatus,
} from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

type Variant = NonNullable<ComponentProps<typeof Badge>['variant']>;

const STATUS_VARIANT = {
  investigating: 'danger',
  identified: 'warning',
  monitoring: 'secondary',
  resolved: 'success',
  scheduled: 'secondary',
  'in-progress': 'warning',
  completed: 'success',
  announced: 'secondary',
  'in-effect': 'success',
} as const satisfies Record<AnnouncementStatus, Variant>;

const DELIVERY_VARIANT = {
  queued: 'secondary',
  sending: 'secondary',
  delivered: 'success',
  failed: 'danger',
  uncertain: 'warning',
} as const satisfies Record<DeliveryStatus, Variant>;

/** Every announcement word of the console, translated. */
export const useAnnouncementLabels = () => {
  const t = useT();
  const kinds: Record<AnnouncementKind, string> = {
    incident: t('announcements.kind.incident', 'Incident'),
    planned: t('announcements.kind.planned', 'Planned work'),
    policy: t('announcements.kind.policy', 'Policy change'),
  };
  const statuses: Record<AnnouncementStatus, string> = {
    investigating: t('announcements.status.investigating', 'Investigating'),
    identified: t('announcements.status.identified', 'Identified'),
    monitoring: t('announcements.status.monitoring', 'Monitoring'),
    resolved: t('announcements.status.resolved', 'Resolved'),
    scheduled: t('announcements.status.scheduled', 'Scheduled'),
    'in-progress': t('announcements.status.in-progress', 'In progress'),
    completed: t('announcements.status.completed', 'Completed'),
    announced: t('announcements.status.announced', 'Announced'),
    'in-effect': t('announcements.status.in-effect', 'In effect'),
  };
  const channels: Record<DeliveryChannel, string> = {
    webhook: t('announcements.channel.webhook', 'Webhook'),
    telegram: t('announcements.channel.telegram', 'Telegram'),
    mastodon: t('announcements.channel.mastodon', 'Mastodon'),
  };
  const deliveries: Record<DeliveryStatus, string> = {
    queued: t('announcements.delivery.queued', 'Queued'),
    sending: t('announcements.delivery.sending', 'Sending'),
    delivered: t('announcements.delivery.delivered', 'Delivered'),
    failed: t('announcements.delivery.failed', 'Failed'),
    uncertain: t('announcements.delivery.uncertain', 'Uncertain'),
  };
  const warning = (w: AnnouncementWarning) =>
    w.code === 'NO_START'
      ? t('announcements.warning.noStart', 'Planned work without a start time: users cannot be warned {hours} h ahead.', {
          hours: w.minLeadHours,
        })
      : t(
          'announcements.warning.late',
          'Early warning too late: published {lead} h before the work starts; users should be warned at least {hours} h ahead.',
          { lead: w.leadHours, hours: w.minLeadHours }
        );
  return {
    kind: (k: AnnouncementKind) => kinds[k] ?? k,
    status: (s: AnnouncementStatus) => statuses[s] ?? s,
    channel: (c: DeliveryChannel) => channels[c] ?? c,
    delivery: (s: DeliveryStatus) => deliveries[s] ?? s,
    warning,
  };
};

export const StatusBadge = ({ status }: { status: AnnouncementStatus }) => {
  const labels = useAnnouncementLabels();
  return <Badge variant={STATUS_VARIANT[status] ?? 'neutral'}>{labels.status(status)}</Badge>;
};

export const DeliveryBadge = ({ status }: { status: DeliveryStatus }) => {
  const labels = useAnnouncementLabels();
  return <Badge variant={DELIVERY_VARIANT[status] ?? 'neutral'}>{labels.delivery(status)}</Badge>;
};
