import { Box, Button, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import styled, { useTheme } from 'styled-components';

import type { StatsRow } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { CATEGORY_COLOR } from '../common/badges';
import { useLabels } from '../common/labels';
import { ChartTable } from './ChartTable';
import { niceMax, toChartDays } from './chartData';

const W = 600;
const H = 220;
const PAD = { top: 10, right: 8, bottom: 26, left: 34 };

const Svg = styled.svg`
  display: block;
  width: 100%;
  height: auto;
  font-family: inherit;
`;

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 12px;
  height: 12px;
  border-radius: 2px;
  background: ${({ $color }) => $color};
`;

interface Props {
  rows: readonly StatsRow[];
  days: readonly string[];
}

/** Stacked bars of moderated comments per day and category, drawn in SVG; the same data as a table for screen readers. */
export const ActivityChart = ({ rows, days }: Props) => {
  const t = useT();
  const labels = useLabels();
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const [showTable, setShowTable] = useState(false);
  const data = toChartDays(rows, days);
  const max = niceMax(Math.max(0, ...data.days.map((d) => d.total)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / data.days.length;
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const labelEvery = Math.ceil(data.days.length / 6);
  const last = data.days.length - 1;
  /** Every n-th day, and the last day (today) when it does not crowd the label before it. */
  const showLabel = (i: number) => i % labelEvery === 0 || (i === last && last % labelEvery >= labelEvery / 2);
  const dayLabel = (day: string) => formatDate(`${day}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' });

  const table = <ChartTable days={data.days} categories={data.categories} dayLabel={dayLabel} />;

  return (
    <Box>
      <Svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" data-testid="bc-overview-chart">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke={colors.neutral200} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize="13" fill={colors.neutral600}>
              {max * f}
            </text>
          </g>
        ))}
        {data.days.map((d, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={d.day}>
              {data.categories.map((c) => {
                const v = d.byCategory[c] ?? 0;
                if (!v) return null;
                const top = y(acc + v);
                const height = y(acc) - top;
                acc += v;
                return (
                  <rect key={c} x={x} y={top} width={barW} height={height} fill={colors[CATEGORY_COLOR[c]]}>
                    <title>{`${dayLabel(d.day)} · ${labels.category(c)}: ${v}`}</title>
                  </rect>
                );
              })}
              {showLabel(i) && (
                <text
                  x={i === last ? x + barW : i === 0 ? x : x + barW / 2}
                  y={H - 6}
                  textAnchor={i === last ? 'end' : i === 0 ? 'start' : 'middle'}
                  fontSize="13"
                  fill={colors.neutral600}
                >
                  {dayLabel(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </Svg>
      <Flex justifyContent="space-between" alignItems="center" paddingTop={3} gap={4} wrap="wrap">
        <Flex gap={4} wrap="wrap" aria-hidden="true">
          {data.categories.map((c) => (
            <Flex key={c} gap={2}>
              <Swatch $color={colors[CATEGORY_COLOR[c]]} />
              <Typography variant="pi">{labels.category(c)}</Typography>
            </Flex>
          ))}
          {data.categories.length === 0 && (
            <Typography variant="pi" textColor="neutral600">
              {t('overview.chart.empty', 'Nothing was moderated in this period.')}
            </Typography>
          )}
        </Flex>
        <Button variant="tertiary" size="S" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable}>
          {showTable ? t('overview.chart.hideTable', 'Hide data table') : t('overview.chart.showTable', 'Show data table')}
        </Button>
      </Flex>
      {showTable ? <Box paddingTop={4}>{table}</Box> : <VisuallyHidden>{table}</VisuallyHidden>}
    </Box>
  );
};
