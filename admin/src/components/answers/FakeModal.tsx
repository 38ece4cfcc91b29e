import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { FakeRequest } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ReplyComposer } from '../replies/ReplyComposer';
import { useAnswersApi } from './api';

/** One suspected fake: the comment, what was asked and answered, and the prepared public reply. */
export const FakeModal = ({ request, canManage, onClose }: { request: FakeRequest; canManage: boolean; onClose: () => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const [reply, setReply] = useState(request.reply ?? '');
  const needsReply = (request.state === 'no-answer' || request.state === 'unverified') && !request.replyPostedAt;
  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('fakes.modal.title', 'Suspected fake')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box padding={3} background="neutral100" hasRadius>
              <Typography style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{request.excerpt}</Typography>
            </Box>
            <Typography>
              {t('fakes.modal.asked', 'Asked for: {fields}', { fields: request.fields.join(', ') })}
            </Typography>
            {request.answer && (
              <Typography data-testid="bc-fake-answer">
                {Object.entries(request.answer).map(([k, v]) => `${k}: ${v}`).join(' · ')}
              </Typography>
            )}
            {request.verdictReason && <Typography textColor="neutral600">{request.verdictReason}</Typography>}
            {request.replyPostedAt && (
              <Typography textColor="success600">{t('fakes.modal.posted', 'Reply posted')}</Typography>
            )}
            {needsReply && canManage && (
              <ReplyComposer
                value={reply}
                onChange={setReply}
                locale="en"
                label={t('fakes.modal.reply', 'Public reply (states the facts, accuses nobody)')}
              />
            )}
            {!canManage && request.reply && <Typography style={{ whiteSpace: 'pre-wrap' }}>{request.reply}</Typography>}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('common.close', 'Close')}
          </Button>
          {needsReply && canManage && (
            <Button
              disabled={!reply.trim()}
              loading={api.postReply.isLoading}
              onClick={() => api.postReply.mutate({ id: request.documentId, reply }, { onSuccess: onClose })}
            >
              {t('fakes.modal.post', 'Post the reply')}
            </Button>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
