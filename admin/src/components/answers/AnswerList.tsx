import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Th, Thead, Tr, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState, type ReactNode } from 'react';

import { ErrorState, LoadingState } from '../common/States';

/** The list a workflow page shows: what it holds, a box to add a comment by id, one filter. */
export interface AnswerListProps<Row extends { documentId: string }> {
  title: string;
  subtitle: string;
  /** The box that adds a comment by its id (shown to those who may manage). */
  add: { label: string; button: string; loading: boolean; onAdd: (commentId: string, done: () => void) => void } | null;
  filter: { name: string; label: string; value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string }> };
  query: { isLoading: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: { data: Row[] } };
  columns: string[];
  /** The row's cells (`Td`s), as many as `columns`. */
  cells: (row: Row) => ReactNode;
  rowTestId: string;
  empty: string;
  /** The dialog of the row opened, or null when none is. */
  modal: (row: Row, close: () => void) => ReactNode;
}

export const AnswerList = <Row extends { documentId: string }>(p: AnswerListProps<Row>) => {
  const [commentId, setCommentId] = useState('');
  const [open, setOpen] = useState<Row | null>(null);
  const rows = p.query.data?.data;

  return (
    <Page.Main>
      <Page.Title>{p.title}</Page.Title>
      <Layouts.Header title={p.title} subtitle={p.subtitle} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {p.add && (
            <Flex gap={2} alignItems="flex-end">
              <Field.Root name="commentId">
                <Field.Label>{p.add.label}</Field.Label>
                <TextInput value={commentId} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCommentId(e.target.value)} />
              </Field.Root>
              <Button disabled={!commentId.trim()} loading={p.add.loading} onClick={() => p.add?.onAdd(commentId.trim(), () => setCommentId(''))}>
                {p.add.button}
              </Button>
            </Flex>
          )}
          <Box maxWidth="30rem">
            <Field.Root name={p.filter.name}>
              <Field.Label>{p.filter.label}</Field.Label>
              <SingleSelect size="S" value={p.filter.value} onChange={(v: string | number) => p.filter.onChange(String(v))}>
                {p.filter.options.map((o) => (
                  <SingleSelectOption key={o.value} value={o.value}>
                    {o.label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          {p.query.isLoading && <LoadingState />}
          {p.query.isError && <ErrorState error={p.query.error} onRetry={() => p.query.refetch()} />}
          {rows && (
            <Table colCount={p.columns.length} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  {p.columns.map((c) => (
                    <Th key={c}>
                      <Typography variant="sigma">{c}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((r) => (
                  <Tr key={r.documentId} onClick={() => setOpen(r)} style={{ cursor: 'pointer' }} data-testid={p.rowTestId}>
                    {p.cells(r)}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {rows?.length === 0 && <Typography textColor="neutral600">{p.empty}</Typography>}
        </Flex>
      </Layouts.Content>
      {open && p.modal(open, () => setOpen(null))}
    </Page.Main>
  );
};
