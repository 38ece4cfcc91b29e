import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQueryClient } from 'react-query';

import type { Ban, Bulk, BulkAction, Confirm, Restore, RestoreAndLearn } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { useErrorToast } from '../common/useErrorToast';

/** The review mutations; each refreshes every console query (lists, detail, counts, stats) and says how it went. */
export const useReviewActions = () => {
  const api = useApi();
  const t = useT();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const toastError = useErrorToast();
  const done = (message: string) => {
    client.invalidateQueries(keys.all);
    toggleNotification({ type: 'success', message });
  };
  const path = (id: string, what: string) => `/logs/${encodeURIComponent(id)}/${what}`;

  const restore = useMutation(
    (input: string | { id: string; learn?: RestoreAndLearn.Request['learn'] }) =>
      typeof input === 'string'
        ? api.post<Restore.Response>(path(input, 'restore'))
        : api.post<Restore.Response, RestoreAndLearn.Request>(path(input.id, 'restore'), input.learn ? { learn: input.learn } : {}),
    {
    onSuccess: (_res, input) =>
      done(
        typeof input !== 'string' && input.learn
          ? t('deletions.toast.restoredLearned', 'The comment is back, and the filter will not flag this again.')
          : t('deletions.toast.restored', 'The comment is back, exactly as it was submitted.')
      ),
    onError: toastError,
    }
  );
  const approve = useMutation((id: string) => api.post<Restore.Response>(path(id, 'approve')), {
    onSuccess: () => done(t('deletions.toast.approved', 'The comment is approved and published.')),
    onError: toastError,
  });
  const confirm = useMutation((id: string) => api.post<Confirm.Response>(path(id, 'confirm')), {
    onSuccess: () => done(t('deletions.toast.confirmed', 'Marked as reviewed: the decision stands.')),
    onError: toastError,
  });
  const ban = useMutation(
    ({ key, body }: { key: string; body: Ban.Request }) =>
      api.post<Ban.Response, Ban.Request>(`/authors/${encodeURIComponent(key)}/ban`, body),
    {
      onSuccess: () => done(t('deletions.toast.banned', 'The author is banned.')),
      onError: toastError,
    }
  );
  const bulk = useMutation(
    (body: { action: BulkAction; ids: string[] }) => api.post<Bulk.Response, Bulk.Request>('/logs/bulk', body),
    {
      onSuccess: (res) => {
        client.invalidateQueries(keys.all);
        toggleNotification({
          type: res.meta.failed ? 'warning' : 'success',
          message: t('deletions.toast.bulk', '{ok} done, {failed} failed.', res.meta),
        });
      },
      onError: toastError,
    }
  );
  const busy = restore.isLoading || approve.isLoading || confirm.isLoading || ban.isLoading || bulk.isLoading;
  return { restore, approve, confirm, ban, bulk, busy };
};
