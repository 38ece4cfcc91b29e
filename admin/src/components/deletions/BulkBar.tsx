import { Alert, Button, Flex, Typography } from '@strapi/design-system';

import type { Bulk, BulkAction, LogEntry } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { availability, excerpt } from './availability';
import type { Permissions } from './DetailModal';

interface BarProps {
  selected: LogEntry[];
  can: Permissions;
  busy: boolean;
  onAction: (action: BulkAction) => void;
}

/** Bulk restore / confirm / approve on the selected rows; a button shows only when some selected row allows it. */
export const BulkBar = ({ selected, can, busy, onAction }: BarProps) => {
  const t = useT();
  const count = (k: 'restore' | 'confirm' | 'approve') => selected.filter((e) => availability(e)[k]).length;
  const buttons: Array<{ action: BulkAction; show: boolean; label: string; variant: 'default' | 'secondary' | 'success-light' }> = [
    { action: 'confirm', show: can.review, label: t('deletions.bulk.confirm', 'Confirm ({count})', { count: count('confirm') }), variant: 'secondary' },
    { action: 'approve', show: can.review, label: t('deletions.bulk.approve', 'Approve ({count})', { count: count('approve') }), variant: 'success-light' },
    { action: 'restore', show: can.restore, label: t('deletions.bulk.restore', 'Restore ({count})', { count: count('restore') }), variant: 'default' },
  ];
  return (
    <Flex gap={2}>
      {buttons
        .filter((b) => b.show)
        .map((b) => (
          <Button key={b.action} size="S" variant={b.variant} disabled={busy || count(b.action) === 0} onClick={() => onAction(b.action)}>
            {b.label}
          </Button>
        ))}
    </Flex>
  );
};

interface FailuresProps {
  failures: Bulk.Result[];
  /** The rows the bulk action was run on, to say which comment each failure is about. */
  rows: LogEntry[];
  onClose: () => void;
}

/** Per-row failures of the last bulk action (the rest went through). */
export const BulkFailures = ({ failures, rows, onClose }: FailuresProps) => {
  const t = useT();
  if (failures.length === 0) return null;
  return (
    <Alert
      variant="danger"
      closeLabel={t('deletions.detail.close', 'Close')}
      onClose={onClose}
      title={t('deletions.bulk.failedTitle', '{count} could not be done', { count: failures.length })}
    >
      {/* Alert puts its children in a <p>: spans only, no list markup. */}
      <Flex tag="span" direction="column" alignItems="flex-start" gap={1} paddingTop={1}>
        {failures.map((f) => {
          const row = rows.find((r) => r.documentId === f.id);
          return (
            <Typography key={f.id} tag="span" variant="pi">
              {`${row ? `${row.authorName ?? row.authorKey ?? '—'}: “${excerpt(row.originalText, 60)}”` : f.id} — ${
                f.message ?? f.code ?? t('common.error.unknown', 'Something went wrong. Please try again.')
              }`}
            </Typography>
          );
        })}
      </Flex>
    </Alert>
  );
};
