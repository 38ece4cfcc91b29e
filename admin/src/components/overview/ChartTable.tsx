import { Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

import type { LogCategory } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useLabels } from '../common/labels';
import type { ChartDay } from './chartData';

interface Props {
  days: readonly ChartDay[];
  categories: readonly LogCategory[];
  dayLabel: (day: string) => string;
}

/** The chart's numbers as a table, newest day first: its text alternative. */
export const ChartTable = ({ days, categories, dayLabel }: Props) => {
  const t = useT();
  const labels = useLabels();
  return (
    <Table colCount={categories.length + 2} rowCount={days.length + 1}>
      <caption>
        <VisuallyHidden>{t('overview.chart.caption', 'Moderated comments per day and category')}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('overview.chart.day', 'Day')}</Typography>
          </Th>
          {categories.map((c) => (
            <Th key={c}>
              <Typography variant="sigma">{labels.category(c)}</Typography>
            </Th>
          ))}
          <Th>
            <Typography variant="sigma">{t('overview.chart.total', 'Total')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {[...days].reverse().map((d) => (
          <Tr key={d.day}>
            <Td>
              <Typography>{dayLabel(d.day)}</Typography>
            </Td>
            {categories.map((c) => (
              <Td key={c}>
                <Typography>{d.byCategory[c] ?? 0}</Typography>
              </Td>
            ))}
            <Td>
              <Typography fontWeight="bold">{d.total}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
