import { Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useQuery } from 'react-query';
import { Link as RouterLink } from 'react-router-dom';

import type { QueueCount } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { QUEUE_LINK } from './links';

/** Home page widget: how many held, flagged and removed comments still await a moderator. */
const AwaitingReviewWidget = () => {
  const t = useT();
  const api = useApi();
  const count = useQuery(keys.queueCount(), () => api.get<QueueCount.Response>('/queue/count'), {
    refetchInterval: 60_000,
  });
  if (count.isLoading) return <Widget.Loading />;
  if (count.isError || !count.data) return <Widget.Error />;
  const { total, held, flagged, removed } = count.data.data;

  return (
    <Flex direction="column" alignItems="flex-start" gap={3} height="100%" justifyContent="center" data-testid="bc-widget">
      <Flex gap={2} alignItems="baseline">
        <Typography variant="alpha" tag="p" data-testid="bc-widget-total">
          {total}
        </Typography>
        <Typography textColor="neutral600">
          {t('widget.awaiting', '{count, plural, one {comment awaits review} other {comments await review}}', { count: total })}
        </Typography>
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('widget.breakdown', '{held} held · {flagged} flagged · {removed} removed', { held, flagged, removed })}
      </Typography>
      <Link tag={RouterLink} to={QUEUE_LINK}>
        {total > 0 ? t('widget.open', 'Review them') : t('widget.openEmpty', 'Open the review queue')}
      </Link>
    </Flex>
  );
};

export { AwaitingReviewWidget };
