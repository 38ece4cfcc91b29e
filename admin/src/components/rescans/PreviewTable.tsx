import {
  Badge,
  Box,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';

import type { RescanItem } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { EvidenceText } from '../EvidenceText';

interface Props {
  rows: RescanItem[];
}

/** What applying would do, one comment per row, the offending words marked (comment text stays text). */
export const PreviewTable = ({ rows }: Props) => {
  const t = useT();
  const category = (row: RescanItem) =>
    row.contact
      ? t('rescans.category.contact', 'Contact only')
      : {
          obscenity: t('rescans.category.obscenity', 'Obscenity or insult'),
          advertising: t('rescans.category.advertising', 'Advertising'),
          duplicate: t('rescans.category.duplicate', 'Repeated comment'),
        }[row.category];
  const action = {
    remove: t('rescans.action.remove', 'Remove'),
    hold: t('rescans.action.hold', 'Hold'),
    flag: t('rescans.action.flag', 'Flag'),
  };
  const state = {
    pending: t('rescans.state.pending', 'Pending'),
    applied: t('rescans.state.applied', 'Done'),
    skipped: t('rescans.state.skipped', 'Skipped (changed or gone)'),
  };

  return (
    <Table colCount={4} rowCount={rows.length + 1} data-testid="bc-rescan-preview">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('rescans.col.what', 'Would')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('rescans.col.author', 'Author')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('rescans.col.comment', 'Comment')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('rescans.col.state', 'State')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Badge>{action[row.action]}</Badge>
                <Typography variant="pi">{category(row)}</Typography>
              </Flex>
            </Td>
            <Td>
              <Typography>{row.authorName ?? row.authorKey ?? '—'}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
              <Box>{row.text ? <EvidenceText text={row.text} evidence={row.evidence} /> : '—'}</Box>
            </Td>
            <Td>
              <Typography variant="pi">{state[row.state]}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
