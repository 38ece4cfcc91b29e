import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { FAKE_STATES, type FakeRequest, type FakeState } from '../../../shared/contracts';
import { useAnswersApi } from '../components/answers/api';
import { FakeModal } from '../components/answers/FakeModal';
import { ErrorState, LoadingState } from '../components/common/States';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

export const FAKE_STATE_LABELS: Record<FakeState, string> = {
  awaiting: 'Awaiting details',
  received: 'Details received',
  genuine: 'Verified genuine',
  unverified: 'Not verified',
  'no-answer': 'No answer',
};

const FakesList = () => {
  const t = useT();
  const api = useAnswersApi();
  const canManage = useRBAC(PERMISSIONS.manageFakes).allowedActions.canManage === true;
  const [state, setState] = useState<FakeState | 'attention' | ''>('');
  const [commentId, setCommentId] = useState('');
  const [open, setOpen] = useState<FakeRequest | null>(null);
  const list = api.useFakes(state);
  const label = (s: FakeState) => t(`fakes.state.${s}`, FAKE_STATE_LABELS[s]);

  return (
    <Page.Main>
      <Page.Title>{t('fakes.title', 'Suspected fakes')}</Page.Title>
      <Layouts.Header
        title={t('fakes.title', 'Suspected fakes')}
        subtitle={t('fakes.subtitle', 'Authors asked for their order details; those who did not answer or did not match get a prepared reply.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {canManage && (
            <Flex gap={2} alignItems="flex-end">
              <Field.Root name="commentId">
                <Field.Label>{t('fakes.mark.label', 'Comment id')}</Field.Label>
                <TextInput value={commentId} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCommentId(e.target.value)} />
              </Field.Root>
              <Button
                disabled={!commentId.trim()}
                loading={api.mark.isLoading}
                onClick={() => api.mark.mutate({ commentId: commentId.trim() }, { onSuccess: () => setCommentId('') })}
              >
                {t('fakes.mark.button', 'Mark as suspected fake')}
              </Button>
            </Flex>
          )}
          <Box maxWidth="30rem">
            <Field.Root name="state">
              <Field.Label>{t('fakes.filter.state', 'State')}</Field.Label>
              <SingleSelect size="S" value={state} onChange={(v: string | number) => setState(String(v) as FakeState | 'attention' | '')}>
                <SingleSelectOption value="">{t('fakes.filter.all', 'All')}</SingleSelectOption>
                <SingleSelectOption value="attention">{t('fakes.filter.attention', 'Needs a reply')}</SingleSelectOption>
                {FAKE_STATES.map((s) => (
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
                  <Th><Typography variant="sigma">{t('fakes.col.comment', 'Comment')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('fakes.col.author', 'Author')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('fakes.col.state', 'State')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('fakes.col.deadline', 'Deadline')}</Typography></Th>
                  <Th><Typography variant="sigma">{t('fakes.col.reply', 'Reply')}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {list.data.data.map((r) => (
                  <Tr key={r.documentId} onClick={() => setOpen(r)} style={{ cursor: 'pointer' }} data-testid="bc-fake-row">
                    <Td style={{ maxWidth: '36rem' }}><Typography ellipsis>{r.excerpt ?? r.commentId}</Typography></Td>
                    <Td><Typography>{r.authorName ?? r.authorKey}</Typography></Td>
                    <Td><Badge>{label(r.state)}</Badge></Td>
                    <Td><Typography>{r.deadline.slice(0, 16).replace('T', ' ')}</Typography></Td>
                    <Td><Typography>{r.replyPostedAt ? t('fakes.reply.posted', 'Posted') : r.reply ? t('fakes.reply.ready', 'Prepared') : '—'}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
          {list.data?.data.length === 0 && <Typography textColor="neutral600">{t('fakes.empty', 'No suspected fakes.')}</Typography>}
        </Flex>
      </Layouts.Content>
      {open && <FakeModal request={open} canManage={canManage} onClose={() => setOpen(null)} />}
    </Page.Main>
  );
};

const FakesPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <FakesList />
  </Page.Protect>
);

export default FakesPage;
