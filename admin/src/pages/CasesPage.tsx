import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { CASE_STATUSES, type CaseStatus, type ComplaintCase } from '../../../shared/contracts';
import { formatAge, useAnswersApi } from '../components/answers/api';
import { CaseModal } from '../components/answers/CaseModal';
import { ErrorState, LoadingState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  'solution-offered': 'Solution offered',
  resolved: 'Resolved',
};

const CasesList = () => {
  const t = useT();
  const api = useAnswersApi();
  const canManage = useRBAC(PERMISSIONS.manageCases).allowedActions.canManage === true;
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [commentId, setCommentId] = useState('');
  const [open, setOpen] = useState<ComplaintCase | null>(null);
  const list = api.useCases(status);
  const label = (s: CaseStatus) => t(`cases.status.${s}`, CASE_STATUS_LABELS[s]);

  return (
    <Page.Main>
      <Page.Title>{t('cases.title', 'Complaint cases')}</Page.Title>
      <Layouts.Header
        title={t('cases.title', 'Complaint cases')}
        subtitle={t('cases.subtitle', 'Justified complaints followed up: the cause found, the solution offered, the author told when it is solved.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {canManage && (
            <Flex gap={2} alignItems="flex-end">
              <Field.Root name="commentId">
                <Field.Label>{t('cases.open.label', 'Comment id')}</Field.Label>
                <TextInput value={commentId} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCommentId(e.target.value)} />
              </Field.Root>
              <Button
                disabled={!commentId.trim()}
                loading={api.openCase.isLoading}
                onClick={() => api.openCase.mutate({ commentId: commentId.trim() }, { onSuccess: () => setCommentId('') })}
              >
                {t('cases.open.button', 'Open a case')}
              </Button>
            </Flex>
          )}
          <Box maxWidth="30rem">
            <Field.Root name="status">
              <Field.Label>{t('cases.filter.status', 'Status')}</Field.Label>
              <SingleSelect size="S" value={status} onChange={(v: string | number) => setStatus(String(v) as CaseStatus | '')}>
                <SingleSelectOption value="">{t('cases.filter.all', 'All')}</SingleSelectOption>
                {CASE_STATUSES.map((s) => (
                  <SingleSelectOption key={s} value={s}>
                    {label(s)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          {list.isLoading && <LoadingState />}
          {list.isError && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
          {list.data && (
            <Table colCount={5} rowCount={list.data.data.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">#</Typography></Th>
                  <Th><Typography variant="sigma">{t('cases.col.complaint', 'Complaint')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('cases.col.status', 'Status')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('cases.col.age', 'Age')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('cases.col.owner', 'Owner')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {list.data.data.map((c) => (
                  <Tr key={c.documentId} onClick={() => setOpen(c)} style={{ cursor: 'pointer' }} data-testid="bc-case-row">
                    <Td><Typography>{c.number}</Typography></Td>
                    <Td style={{ maxWidth: '36rem' }}><Typography ellipsis>{c.excerpt ?? c.commentId}</Typography></Td>
                    <Td>
                      <Badge>{label(c.status)}</Badge>
                      {c.repeats > 0 && <Typography textColor="warning600"> {t('cases.repeats', '{count} repeats', { count: c.repeats })}</Typography>}
                    </Td>
                    <Td><Typography>{formatAge(c.ageMs)}</Typography></Td>
                    <Td><Typography>{c.owner?.name ?? '—'}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {list.data?.data.length === 0 && <Typography textColor="neutral600">{t('cases.empty', 'No cases.')}</Typography>}
        </Flex>
      </Layouts.Content>
      {open && <CaseModal item={open} canManage={canManage} onClose={() => setOpen(null)} />}
    </Page.Main>
  );
};

const CasesPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <CasesList />
  </Page.Protect>
);

export default CasesPage;
