import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from './getTranslation';

/** `t('deletions.title', 'Deletions', { count })`: every string of the console goes through here. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number | Date>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
};
