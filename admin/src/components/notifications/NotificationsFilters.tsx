import { Box, Field, Flex, SingleSelect, SingleSelectOption, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';

import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useNotificationLabels } from './labels';
import type { NotificationsUrl } from './query';

interface Props {
  url: NotificationsUrl;
  setFilter: (key: 'status' | 'channel' | 'author', value: string | undefined) => void;
}

/** Status and channel filters; an author filter (from a link on the Authors page) shows as a removable tag. */
export const NotificationsFilters = ({ url, setFilter }: Props) => {
  const t = useT();
  const labels = useNotificationLabels();
  const all = t('notifications.filter.all', 'All');
  return (
    <Box padding={4} background="neutral0" hasRadius shadow="tableShadow" width="100%">
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Box minWidth="20rem">
          <Field.Root name="status">
            <Field.Label>{t('notifications.filter.status', 'Status')}</Field.Label>
            <SingleSelect size="S" value={url.status ?? ''} onChange={(v: string | number) => setFilter('status', String(v))}>
              <SingleSelectOption value="">{all}</SingleSelectOption>
              {NOTIFICATION_STATUSES.map((s) => (
                <SingleSelectOption key={s} value={s}>
                  {labels.status(s)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box minWidth="20rem">
          <Field.Root name="channel">
            <Field.Label>{t('notifications.filter.channel', 'Channel')}</Field.Label>
            <SingleSelect size="S" value={url.channel ?? ''} onChange={(v: string | number) => setFilter('channel', String(v))}>
              <SingleSelectOption value="">{all}</SingleSelectOption>
              {NOTIFICATION_CHANNELS.map((c) => (
                <SingleSelectOption key={c} value={c}>
                  {labels.channel(c)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        {url.author && (
          <Tag icon={<Cross aria-hidden />} onClick={() => setFilter('author', undefined)}>
            {t('notifications.filter.author', 'Author: {author}', { author: url.author })}
          </Tag>
        )}
      </Flex>
    </Box>
  );
};
