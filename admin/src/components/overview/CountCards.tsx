import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import styled from 'styled-components';

import type { LogAction, Stats } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useLabels } from '../common/labels';

const Card = styled(RouterLink)`
  display: block;
  height: 100%;
  text-decoration: none;
  color: inherit;
  border-radius: ${({ theme }) => theme.borderRadius};
  &:hover > div {
    box-shadow: ${({ theme }) => theme.shadows.tableShadow};
    border-color: ${({ theme }) => theme.colors.primary200};
  }
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

interface StatProps {
  to: string;
  label: string;
  value: string | number;
  hint?: string;
  testId?: string;
}

export const StatCard = ({ to, label, value, hint, testId }: StatProps) => (
  <Card to={to} data-testid={testId}>
    <Box padding={4} height="100%" background="neutral0" hasRadius shadow="filterShadow" borderColor="neutral150">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="neutral600">
          {label}
        </Typography>
        <Typography variant="alpha" tag="p">
          {value}
        </Typography>
        {hint && (
          <Typography variant="pi" textColor="neutral600">
            {hint}
          </Typography>
        )}
      </Flex>
    </Box>
  </Card>
);

const COUNTED = ['removed', 'held', 'flagged', 'restored', 'banned', 'notified'] as const satisfies readonly LogAction[];

interface Props {
  meta: Stats.Response['meta'];
  /** Query string (`from=…&to=…`) the links carry into the filtered lists. */
  range: string;
}

/** The period's totals, each a link into the Deletions list filtered to it. */
export const CountCards = ({ meta, range }: Props) => {
  const t = useT();
  const labels = useLabels();
  const rate = meta.restoreRate;
  return (
    <Grid.Root gap={4}>
      {COUNTED.map((a) => (
        <Grid.Item key={a} col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <StatCard
            to={`deletions?action=${a}&${range}`}
            label={labels.action(a)}
            value={meta.totals[a] ?? 0}
            testId={`bc-count-${a}`}
          />
        </Grid.Item>
      ))}
      <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
        <StatCard
          to={`deletions?action=restored&${range}`}
          label={t('overview.restoreRate', 'Restore rate')}
          value={rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`}
          hint={t('overview.restoreRate.hint', 'Restored ÷ removed: how often the filter was wrong')}
          testId="bc-restore-rate"
        />
      </Grid.Item>
      <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
        <StatCard
          to="notifications?status=failed"
          label={t('overview.failedNotifications', 'Failed notifications')}
          value={meta.failedNotifications}
          hint={t('overview.failedNotifications.hint', 'Explanations that could not be delivered')}
          testId="bc-failed-notifications"
        />
      </Grid.Item>
    </Grid.Root>
  );
};
