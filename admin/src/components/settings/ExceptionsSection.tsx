import { EmptyStateLayout, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { isFetchError, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useMutation, useQuery, useQueryClient } from 'react-query';

import type { LearnKind } from '../../../../shared/contracts';
import { settingsKeys, useSettingsApi } from '../../api/settings';
import { useT } from '../../utils/useT';

/** What moderators taught the filter by restoring false positives; removing one makes it flag again. */
export const ExceptionsSection = () => {
  const t = useT();
  const api = useSettingsApi();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const list = useQuery(settingsKeys.exceptions(), api.exceptions);
  const remove = useMutation((id: string) => api.removeException(id), {
    onSuccess: () => {
      toggleNotification({ type: 'success', message: t('settings.exceptions.removed', 'Removed: the filter flags it again.') });
      return client.invalidateQueries(settingsKeys.exceptions());
    },
    onError: (error: unknown) =>
      toggleNotification({ type: 'danger', message: isFetchError(error) ? formatAPIError(error) : String(error) }),
  });
  const kind: Record<LearnKind, string> = {
    term: t('settings.exceptions.kind.term', 'Clean word'),
    allowlist: t('settings.exceptions.kind.allowlist', 'Allowlisted contact'),
    author: t('settings.exceptions.kind.author', 'Trusted author'),
  };
  const rows = list.data?.data ?? [];
  if (!list.isLoading && rows.length === 0) {
    return (
      <EmptyStateLayout
        content={t('settings.exceptions.empty', 'Nothing learned yet. Restoring a comment can teach the filter not to flag it again.')}
      />
    );
  }
  return (
    <Table colCount={5} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('settings.exceptions.kind', 'Kind')}</Typography></Th>
          <Th><Typography variant="sigma">{t('settings.exceptions.value', 'Value')}</Typography></Th>
          <Th><Typography variant="sigma">{t('settings.exceptions.by', 'Taught by')}</Typography></Th>
          <Th><Typography variant="sigma">{t('settings.exceptions.at', 'When')}</Typography></Th>
          <Th><Typography variant="sigma">{t('settings.exceptions.actions', 'Actions')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((e) => (
          <Tr key={e.id} data-testid="bc-exception-row">
            <Td><Typography>{kind[e.kind]}</Typography></Td>
            <Td><Typography fontWeight="bold">{e.value}</Typography></Td>
            <Td><Typography>{e.createdBy ?? '—'}</Typography></Td>
            <Td><Typography>{new Date(e.createdAt).toLocaleString()}</Typography></Td>
            <Td>
              <IconButton
                label={t('settings.exceptions.remove', 'Remove {value}', { value: e.value })}
                onClick={() => remove.mutate(e.id)}
                disabled={remove.isLoading}
              >
                <Trash />
              </IconButton>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
