import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { isFetchError, useRBAC } from '@strapi/strapi/admin';
import { useQuery } from 'react-query';

import type { DocumentHistory } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../utils/useT';
import { useErrorMessage } from '../common/useErrorToast';
import { PanelContent } from './PanelContent';

/** /history answers 400 on `uid` for a content type the plugin does not moderate: no panel there. */
const notModerated = (error: unknown) => {
  if (!isFetchError(error) || error.status !== 400) return false;
  const details: unknown = error.response?.data.error.details;
  return typeof details === 'object' && details !== null && 'field' in details && details.field === 'uid';
};

/**
 * Content Manager edit view side panel: this document's moderation history and its author's standing.
 * It shows only on moderated collections (the /history answer tells), for admins who may read the log.
 */
export const ModerationPanel: PanelComponent = ({ model, documentId }) => {
  const t = useT();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const { allowedActions, isLoading: permissionsLoading } = useRBAC(PERMISSIONS.readLog);
  const enabled = Boolean(documentId) && !permissionsLoading && allowedActions.canRead === true;
  const history = useQuery(
    keys.history(model, documentId ?? ''),
    () => api.get<DocumentHistory.Response>('/history', { uid: model, documentId }),
    { enabled, retry: false, staleTime: 10_000 }
  );

  if (!enabled || history.isLoading || history.isIdle) return null;
  if (history.isError) {
    if (notModerated(history.error)) return null;
    return {
      title: t('cm.title', 'Moderation'),
      content: <Typography textColor="danger600">{errorMessage(history.error)}</Typography>,
    };
  }
  return { title: t('cm.title', 'Moderation'), content: <PanelContent history={history.data.data} comment={documentId ? { targetUid: model, commentId: documentId } : undefined} /> };
};
