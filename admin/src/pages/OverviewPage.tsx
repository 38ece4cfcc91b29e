import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { type ReactNode, useMemo } from 'react';
import { useQuery } from 'react-query';

import type { Stats } from '../../../shared/contracts';
import { keys, useApi } from '../api/client';
import { lastDays, periodBounds } from '../components/common/dates';
import { ErrorState, LoadingState } from '../components/common/States';
import { ActivityChart } from '../components/overview/ActivityChart';
import { CountCards, StatCard } from '../components/overview/CountCards';
import { SetupChecklist } from '../components/overview/SetupChecklist';
import { TopRestored } from '../components/overview/TopRestored';
import { TopRules } from '../components/overview/TopRules';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const PERIODS = [7, 30, 90] as const;
type Period = (typeof PERIODS)[number];
const toPeriod = (raw: unknown): Period => PERIODS.find((p) => String(p) === raw) ?? 30;

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
    <Typography variant="delta" tag="h2">
      {title}
    </Typography>
    <Box paddingTop={4}>{children}</Box>
  </Box>
);

const Overview = () => {
  const t = useT();
  const api = useApi();
  const [{ query }, setQuery] = useQueryParams<{ days?: string }>();
  const days = toPeriod(query.days);
  const bounds = useMemo(() => periodBounds(days), [days]);
  const dayList = useMemo(() => lastDays(days), [days]);
  const range = new URLSearchParams(bounds).toString();
  const stats = useQuery(keys.stats(bounds), () => api.get<Stats.Response>('/stats', bounds), {
    keepPreviousData: true,
  });

  const periodSelect = (
    <SingleSelect
      aria-label={t('overview.period', 'Period')}
      value={String(days)}
      onChange={(v: string | number) => setQuery({ days: String(v) })}
      size="S"
    >
      {PERIODS.map((p) => (
        <SingleSelectOption key={p} value={String(p)}>
          {t('overview.period.days', 'Last {days} days', { days: p })}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );

  return (
    <Page.Main aria-busy={stats.isLoading}>
      <Page.Title>{t('overview.pageTitle', 'Community · Overview')}</Page.Title>
      <Layouts.Header
        title={t('nav.overview', 'Overview')}
        subtitle={t('overview.subtitle', 'What moderation did in the last {days} days', { days })}
        primaryAction={<Box minWidth="180px">{periodSelect}</Box>}
      />
      <Layouts.Content>
        <SetupChecklist />
        {stats.isLoading ? (
          <LoadingState />
        ) : stats.isError || !stats.data ? (
          <ErrorState error={stats.error} onRetry={() => stats.refetch()} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <CountCards meta={stats.data.meta} range={range} />
            {stats.data.meta.explain && (
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <StatCard
                    to="announcements"
                    testId="bc-overview-explain"
                    label={t('overview.explain', 'Time to the first public explanation (median)')}
                    value={
                      stats.data.meta.explain.medianMinutesToExplain === null
                        ? '—'
                        : t('announcements.minutes', '{count, plural, one {# minute} other {# minutes}}', {
                            count: stats.data.meta.explain.medianMinutesToExplain,
                          })
                    }
                    hint={t(
                      'overview.explain.hint',
                      '{count, plural, =0 {No incident explained} one {# incident explained} other {# incidents explained}} in the period; {pending, plural, =0 {none waiting} one {# still without a public explanation} other {# still without a public explanation}}',
                      { count: stats.data.meta.explain.incidents, pending: stats.data.meta.explain.pending }
                    )}
                  />
                </Grid.Item>
              </Grid.Root>
            )}
            <Grid.Root gap={6}>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                <Section title={t('overview.chart.title', 'Moderated comments per day')}>
                  <ActivityChart rows={stats.data.data} days={dayList} />
                </Section>
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={6}>
                <Section title={t('overview.topRules', 'Rules cited most')}>
                  <TopRules rules={stats.data.meta.topRules} range={range} />
                </Section>
                <Section title={t('overview.restored', 'Restored most (the filter was wrong)')}>
                  <TopRestored restored={stats.data.meta.restored} />
                </Section>
              </Grid.Item>
            </Grid.Root>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

const OverviewPage = () => (
  <Page.Protect permissions={PERMISSIONS.readLog}>
    <Overview />
  </Page.Protect>
);

export default OverviewPage;
