import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { Replies } from '../../../../shared/contracts/replies';
import { useT } from '../../utils/useT';

interface Props {
  rows: Replies.Template[];
  onTry: (template: Replies.Template) => void;
}

/** The reply templates of one locale: title and key, the placeholders the body uses, and "Try it". */
export const TemplatesTable = ({ rows, onTry }: Props) => {
  const t = useT();
  return (
    <Table colCount={3} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('replies.table.title', 'Template')}</Typography></Th>
          <Th><Typography variant="sigma">{t('replies.table.placeholders', 'Placeholders')}</Typography></Th>
          <Th><Typography variant="sigma">{t('replies.table.actions', 'Actions')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((tpl) => (
          <Tr key={tpl.documentId} data-testid="bc-template-row">
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography fontWeight="bold">{tpl.title}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {tpl.key}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral600">{tpl.placeholders.map((p) => `{${p}}`).join(' ') || '—'}</Typography>
            </Td>
            <Td>
              <Button variant="tertiary" size="S" onClick={() => onTry(tpl)}>
                {t('replies.table.try', 'Try it')}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
