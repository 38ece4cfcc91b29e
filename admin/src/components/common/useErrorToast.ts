import { isFetchError, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useCallback } from 'react';

import { useT } from '../../utils/useT';

/** Shows an API error (or any thrown value) as a danger toast, in Strapi's wording when it has one. */
export const useErrorToast = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  return useCallback(
    (error: unknown) =>
      toggleNotification({
        type: 'danger',
        message: isFetchError(error)
          ? formatAPIError(error)
          : t('common.error.unknown', 'Something went wrong. Please try again.'),
      }),
    [formatAPIError, t, toggleNotification]
  );
};

/** The message of an API error for inline display (e.g. in an error state), or a generic one. */
export const useErrorMessage = () => {
  const t = useT();
  const { formatAPIError } = useAPIErrorHandler();
  return useCallback(
    (error: unknown) =>
      isFetchError(error) ? formatAPIError(error) : t('common.error.unknown', 'Something went wrong. Please try again.'),
    [formatAPIError, t]
  );
};
