import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { useAnswersApi } from '../components/answers/api';
import { ClaimFormDialog } from '../components/answers/ClaimForm';
import { ClaimModal } from '../components/answers/ClaimModal';
import { ErrorState, LoadingState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const ClaimsList = () => {
  const t = useT();
  const api = useAnswersApi();
  const canManage = useRBAC(PERMISSIONS.manageClaims).allowedActions.canManage === true;
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const list = api.useClaims();

  return (
    <Page.Main>
      <Page.Title>{t('claims.title', 'Claims')}</Page.Title>
      <Layouts.Header
        title={t('claims.title', 'Claims')}
        subtitle={t('claims.subtitle', 'False statements spread about the brand, the places spreading them and the refutation posted on each.')}
        primaryAction={
          canManage ? (
            <Button startIcon={<Plus />} onClick={() => setCreating(true)}>
              {t('claims.new.open', 'New claim')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
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
      {creating && <ClaimFormDialog onClose={() => setCreating(false)} onSaved={(c) => setOpen(c.documentId)} />}
    </Page.Main>
  );
};

const ClaimsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <ClaimsList />
  </Page.Protect>
);

export default ClaimsPage;
