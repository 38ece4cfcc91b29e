import { Button, Field, Flex, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { useAnswersApi } from '../components/answers/api';
import { ClaimModal } from '../components/answers/ClaimModal';
import { ErrorState, LoadingState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const ClaimsList = () => {
  const t = useT();
  const api = useAnswersApi();
  const canManage = useRBAC(PERMISSIONS.manageClaims).allowedActions.canManage === true;
  const [statement, setStatement] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const list = api.useClaims();

  return (
    <Page.Main>
      <Page.Title>{t('claims.title', 'Claims')}</Page.Title>
      <Layouts.Header
        title={t('claims.title', 'Claims')}
        subtitle={t('claims.subtitle', 'False statements spread about the brand, the places spreading them and the refutation posted on each.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {canManage && (
            <Flex gap={2} alignItems="flex-end">
              <Field.Root name="statement" style={{ flex: 1 }}>
                <Field.Label>{t('claims.new.label', 'False statement')}</Field.Label>
                <Textarea value={statement} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setStatement(e.target.value)} />
              </Field.Root>
              <Button
                disabled={!statement.trim()}
                loading={api.createClaim.isLoading}
                onClick={() => api.createClaim.mutate({ statement: statement.trim() }, { onSuccess: () => setStatement('') })}
              >
                {t('claims.new.button', 'Record the claim')}
              </Button>
            </Flex>
          )}
          {list.isLoading && <LoadingState />}
          {list.isError && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
          {list.data && (
            <Table colCount={4} rowCount={list.data.data.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{t('claims.col.statement', 'Claim')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('claims.col.places', 'Places')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('claims.col.refuted', 'Refuted')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('claims.col.comments', 'Linked comments')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {list.data.data.map((c) => (
                  <Tr key={c.documentId} onClick={() => setOpen(c.documentId)} style={{ cursor: 'pointer' }} data-testid="bc-claim-row">
                    <Td style={{ maxWidth: '40rem' }}><Typography ellipsis>{c.statement}</Typography></Td>
                    <Td><Typography>{c.progress.places}</Typography></Td>
                    <Td><Typography>{`${c.progress.refutation.posted} / ${c.progress.places}`}</Typography></Td>
                    <Td><Typography>{c.linkedComments}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {list.data?.data.length === 0 && <Typography textColor="neutral600">{t('claims.empty', 'No claims recorded.')}</Typography>}
        </Flex>
      </Layouts.Content>
      {open && <ClaimModal id={open} canManage={canManage} onClose={() => setOpen(null)} />}
    </Page.Main>
  );
};

const ClaimsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <ClaimsList />
  </Page.Protect>
);

export default ClaimsPage;
