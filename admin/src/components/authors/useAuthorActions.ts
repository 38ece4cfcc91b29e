import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQueryClient } from 'react-query';

import type { Ban, Unban } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { useErrorToast } from '../common/useErrorToast';

const path = (key: string, what: 'ban' | 'unban') => `/authors/${encodeURIComponent(key)}/${what}`;

/** Ban and unban; every list and author view refreshes afterwards. */
export const useAuthorActions = () => {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const showError = useErrorToast();
  const refresh = async () => {
    await Promise.all([
      client.invalidateQueries([...keys.all, 'authors']),
      client.invalidateQueries([...keys.all, 'author']),
      client.invalidateQueries([...keys.all, 'logs']),
      client.invalidateQueries([...keys.all, 'history']),
    ]);
  };
  const ban = useMutation(
    ({ key, ...body }: Ban.Request & { key: string }) => api.post<Ban.Response, Ban.Request>(path(key, 'ban'), body),
    {
      onSuccess: async () => {
        toggleNotification({ type: 'success', message: t('authors.toast.banned', 'The author is banned.') });
        await refresh();
      },
      onError: showError,
    }
  );
  const unban = useMutation((key: string) => api.post<Unban.Response>(path(key, 'unban')), {
    onSuccess: async () => {
      toggleNotification({ type: 'success', message: t('authors.toast.unbanned', 'The author can comment again.') });
      await refresh();
    },
    onError: showError,
  });
  return { ban, unban };
};
