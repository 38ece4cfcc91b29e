import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { Table } from '@strapi/strapi/admin';
import type { MouseEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import styled from 'styled-components';

import type { LogEntry } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ActionBadge } from '../common/badges';
import { useLabels } from '../common/labels';
import { CommentActionsMenu } from '../answers/CommentActions';
import { AppealBadge } from './AppealSection';
import { excerpt } from './availability';

const Row = styled(Table.Row)<{ $active: boolean }>`
  cursor: pointer;
  ${({ $active, theme }) => ($active ? `background: ${theme.colors.primary100}; box-shadow: inset 3px 0 0 ${theme.colors.primary600};` : '')}
`;

const Excerpt = styled(Typography)`
  display: block;
  max-width: 26rem;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

interface Props {
  rows: LogEntry[];
  isLoading: boolean;
  selected: LogEntry[];
  onSelectedChange: (rows: LogEntry[]) => void;
  active: number;
  onOpen: (entry: LogEntry, index: number) => void;
  /** Shown above the table while rows are selected (bulk actions). */
  actionBar?: ReactNode;
}

/** The review queue: one row per log entry, newest first; a click opens its detail (the page shows the empty state). */
export const DeletionsTable = ({ rows, isLoading, selected, onSelectedChange, active, onOpen, actionBar }: Props) => {
  const t = useT();
  const labels = useLabels();
  const { formatDate } = useIntl();
  const headers = [
    { name: 'createdAt', label: t('deletions.col.date', 'Date') },
    { name: 'action', label: t('deletions.col.action', 'Action') },
    { name: 'category', label: t('deletions.col.category', 'Category') },
    { name: 'rule', label: t('deletions.col.rule', 'Rule') },
    { name: 'author', label: t('deletions.col.author', 'Author') },
    { name: 'text', label: t('deletions.col.comment', 'Comment') },
    { name: 'open', label: t('deletions.col.open', 'Details') },
  ];

  return (
    <Table.Root rows={rows} headers={headers} isLoading={isLoading} selectedRows={selected} onSelectedRowsChange={onSelectedChange}>
      <Table.ActionBar>{actionBar}</Table.ActionBar>
      <Table.Content>
        <Table.Head>
          <Table.HeaderCheckboxCell />
          {headers.map((h) => (
            <Table.HeaderCell key={h.name} name={h.name} label={h.label} />
          ))}
        </Table.Head>
        <Table.Loading />
        <Table.Body>
          {rows.map((e, i) => {
            const who = e.authorName ?? e.authorKey ?? '—';
            return (
              <Row
                key={e.id}
                $active={i === active}
                aria-selected={i === active}
                data-testid="bc-deletions-row"
                data-entry={e.documentId}
                onClick={() => onOpen(e, i)}
              >
                <Table.CheckboxCell id={e.id} />
                <Table.Cell>
                  <Typography textColor="neutral800">
                    {formatDate(e.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                  </Typography>
                </Table.Cell>
                <Table.Cell>
                  <Flex gap={1} wrap="wrap">
                    <ActionBadge action={e.action} />
                    {e.review && <ActionBadge action={e.review.outcome} />}
                    {e.appealed && <AppealBadge />}
                    {e.dryRun && (
                      <Typography variant="pi" textColor="neutral600">
                        {t('deletions.dryRun', 'dry run')}
                      </Typography>
                    )}
                  </Flex>
                </Table.Cell>
                <Table.Cell>
                  <Typography>{labels.category(e.category)}</Typography>
                </Table.Cell>
                <Table.Cell>
                  <Typography>{e.ruleNumber === null ? '—' : `#${e.ruleNumber}`}</Typography>
                </Table.Cell>
                <Table.Cell>
                  <Typography ellipsis>{who}</Typography>
                </Table.Cell>
                <Table.Cell>
                  <Excerpt textColor="neutral700" title={excerpt(e.originalText, 500)}>
                    {excerpt(e.originalText) || e.reason || '—'}
                  </Excerpt>
                </Table.Cell>
                <Table.Cell>
                  <Flex gap={1}>
                    <IconButton
                      variant="ghost"
                      withTooltip={false}
                      onClick={(ev: MouseEvent) => {
                        ev.stopPropagation();
                        onOpen(e, i);
                      }}
                      label={t('deletions.open', 'Open the entry by {author}', { author: who })}
                    >
                      <Eye />
                    </IconButton>
                    {/* A removed comment is gone: nothing to ask its author about or open a case on. */}
                    {e.action !== 'removed' && e.targetUid && e.targetDocumentId && (
                      <CommentActionsMenu
                        label={t('deletions.more', 'More actions on the comment by {author}', { author: who })}
                        comment={{ targetUid: e.targetUid, commentId: e.targetDocumentId, text: e.originalText, authorName: e.authorName ?? e.authorKey }}
                      />
                    )}
                  </Flex>
                </Table.Cell>
              </Row>
            );
          })}
        </Table.Body>
      </Table.Content>
    </Table.Root>
  );
};
