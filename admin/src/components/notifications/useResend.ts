import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQueryClient } from 'react-query';

import type { Resend } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { useErrorToast } from '../common/useErrorToast';

/** Queues a failed e-mail again; the list and the open notification refresh. */
export const useResend = () => {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const showError = useErrorToast();
  return useMutation(
    (documentId: string) => api.post<Resend.Response>(`/notifications/${encodeURIComponent(documentId)}/resend`),
    {
      onSuccess: async (answer) => {
        toggleNotification({
          type: 'success',
          message: t('notifications.resend.done', 'The e-mail is queued again.'),
        });
        client.setQueryData(keys.notification(answer.data.documentId), answer);
        await client.invalidateQueries([...keys.all, 'notifications']);
      },
      onError: showError,
    }
  );
};

/** Only a failed e-mail can be sent again: in-app notifications are already shown. */
export const canResend = (n: { channel: string; status: string }) => n.channel === 'email' && n.status === 'failed';
