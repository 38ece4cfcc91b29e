import { Box, Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { CASE_TRANSITIONS, type CaseStatus, type ComplaintCase } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ReplyComposer } from '../replies/ReplyComposer';
import { useAnswersApi } from './api';

const NEXT_LABEL: Record<CaseStatus, string> = { open: 'Reopen', 'solution-offered': 'Solution offered', resolved: 'Resolve and tell the author' };

/** One case: the complaint, cause and solution, its status steps, and the public reply. */
export const CaseModal = ({ item, canManage, onClose }: { item: ComplaintCase; canManage: boolean; onClose: () => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const [cause, setCause] = useState(item.cause ?? '');
  const [solution, setSolution] = useState(item.solution ?? '');
  const [reply, setReply] = useState('');
  const closed = item.status === 'resolved';
  const save = (status?: CaseStatus) =>
    api.updateCase.mutate({ id: item.documentId, cause: cause || undefined, solution: solution || undefined, status }, { onSuccess: onClose });
  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('cases.modal.title', 'Case #{number}', { number: item.number })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box padding={3} background="neutral100" hasRadius>
              <Typography style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.excerpt}</Typography>
            </Box>
            {closed && item.notifiedAt && (
              <Typography textColor="success600">{t('cases.modal.notified', 'Resolved; the author was told.')}</Typography>
            )}
            <Field.Root name="cause">
              <Field.Label>{t('cases.modal.cause', 'Cause found')}</Field.Label>
              <Textarea value={cause} disabled={closed || !canManage} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setCause(e.target.value)} />
            </Field.Root>
            <Field.Root name="solution">
              <Field.Label>{t('cases.modal.solution', 'Solution offered')}</Field.Label>
              <Textarea value={solution} disabled={closed || !canManage} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setSolution(e.target.value)} />
            </Field.Root>
            {canManage && !item.replyPostedAt && (
              <ReplyComposer value={reply} onChange={setReply} locale="en" label={t('cases.modal.reply', 'Public reply under the comment')} />
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('common.close', 'Close')}
          </Button>
          <Flex gap={2}>
            {canManage && reply.trim() && (
              <Button variant="secondary" onClick={() => api.replyCase.mutate({ id: item.documentId, reply }, { onSuccess: onClose })}>
                {t('cases.modal.postReply', 'Post the reply')}
              </Button>
            )}
            {canManage &&
              CASE_TRANSITIONS[item.status].map((s) => (
                <Button key={s} variant={s === 'resolved' ? 'default' : 'secondary'} loading={api.updateCase.isLoading} onClick={() => save(s)}>
                  {t(`cases.next.${s}`, NEXT_LABEL[s])}
                </Button>
              ))}
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
