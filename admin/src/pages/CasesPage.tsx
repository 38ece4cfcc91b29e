import { Badge, Td, Typography } from '@strapi/design-system';
import { Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { CASE_STATUSES, type CaseStatus, type ComplaintCase } from '../../../shared/contracts';
import { AnswerList } from '../components/answers/AnswerList';
import { formatAge, useAnswersApi } from '../components/answers/api';
import { CaseModal } from '../components/answers/CaseModal';
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
  const list = api.useCases(status);
  const label = (s: CaseStatus) => t(`cases.status.${s}`, CASE_STATUS_LABELS[s]);

  return (
    <AnswerList<ComplaintCase>
      title={t('cases.title', 'Complaint cases')}
      subtitle={t('cases.subtitle', 'Justified complaints followed up: the cause found, the solution offered, the author told when it is solved.')}
      add={
        canManage
          ? {
              label: t('cases.open.label', 'Comment id'),
              button: t('cases.open.button', 'Open a case'),
              loading: api.openCase.isLoading,
              onAdd: (commentId, done) => api.openCase.mutate({ commentId }, { onSuccess: done }),
            }
          : null
      }
      filter={{
        name: 'status',
        label: t('cases.filter.status', 'Status'),
        value: status,
        onChange: (v) => setStatus(v as CaseStatus | ''),
        options: [{ value: '', label: t('cases.filter.all', 'All') }, ...CASE_STATUSES.map((s) => ({ value: s, label: label(s) }))],
      }}
      query={list}
      columns={['#', t('cases.col.complaint', 'Complaint'), t('cases.col.status', 'Status'), t('cases.col.age', 'Age'), t('cases.col.owner', 'Owner')]}
      rowTestId="bc-case-row"
      cells={(c) => (
        <>
          <Td><Typography>{c.number}</Typography></Td>
          <Td style={{ maxWidth: '36rem' }}><Typography ellipsis>{c.excerpt ?? c.commentId}</Typography></Td>
          <Td>
            <Badge>{label(c.status)}</Badge>
            {c.repeats > 0 && <Typography textColor="warning600"> {t('cases.repeats', '{count} repeats', { count: c.repeats })}</Typography>}
          </Td>
          <Td><Typography>{formatAge(c.ageMs)}</Typography></Td>
          <Td><Typography>{c.owner?.name ?? '—'}</Typography></Td>
        </>
      )}
      empty={t('cases.empty', 'No cases.')}
      modal={(c, close) => <CaseModal item={c} canManage={canManage} onClose={close} />}
    />
  );
};

const CasesPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <CasesList />
  </Page.Protect>
);

export default CasesPage;
