import { Badge, Td, Typography } from '@strapi/design-system';
import { Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import { FAKE_STATES, type FakeRequest, type FakeState } from '../../../shared/contracts';
import { AnswerList } from '../components/answers/AnswerList';
import { useAnswersApi } from '../components/answers/api';
import { FakeModal } from '../components/answers/FakeModal';
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
  const list = api.useFakes(state);
  const label = (s: FakeState) => t(`fakes.state.${s}`, FAKE_STATE_LABELS[s]);

  return (
    <AnswerList<FakeRequest>
      title={t('fakes.title', 'Suspected fakes')}
      subtitle={t('fakes.subtitle', 'Authors asked for their order details; those who did not answer or did not match get a prepared reply.')}
      add={
        canManage
          ? {
              label: t('fakes.mark.label', 'Comment id'),
              button: t('fakes.mark.button', 'Mark as suspected fake'),
              loading: api.mark.isLoading,
              onAdd: (commentId, done) => api.mark.mutate({ commentId }, { onSuccess: done }),
            }
          : null
      }
      filter={{
        name: 'state',
        label: t('fakes.filter.state', 'State'),
        value: state,
        onChange: (v) => setState(v as FakeState | 'attention' | ''),
        options: [
          { value: '', label: t('fakes.filter.all', 'All') },
          { value: 'attention', label: t('fakes.filter.attention', 'Needs a reply') },
          ...FAKE_STATES.map((s) => ({ value: s, label: label(s) })),
        ],
      }}
      query={list}
      columns={[
        t('fakes.col.comment', 'Comment'),
        t('fakes.col.author', 'Author'),
        t('fakes.col.state', 'State'),
        t('fakes.col.deadline', 'Deadline'),
        t('fakes.col.reply', 'Reply'),
      ]}
      rowTestId="bc-fake-row"
      cells={(r) => (
        <>
          <Td style={{ maxWidth: '36rem' }}><Typography ellipsis>{r.excerpt ?? r.commentId}</Typography></Td>
          <Td><Typography>{r.authorName ?? r.authorKey}</Typography></Td>
          <Td><Badge>{label(r.state)}</Badge></Td>
          <Td><Typography>{r.deadline.slice(0, 16).replace('T', ' ')}</Typography></Td>
          <Td><Typography>{r.replyPostedAt ? t('fakes.reply.posted', 'Posted') : r.reply ? t('fakes.reply.ready', 'Prepared') : '—'}</Typography></Td>
        </>
      )}
      empty={t('fakes.empty', 'No suspected fakes.')}
      modal={(r, close) => <FakeModal request={r} canManage={canManage} onClose={close} />}
    />
  );
};

const FakesPage = () => (
  <Page.Protect permissions={PERMISSIONS.readAnswers}>
    <FakesList />
  </Page.Protect>
);

export default FakesPage;
