import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';

import { useT } from '../../utils/useT';

export interface FieldError {
  /** The request field the API named (`details.field`), or null for an error about no one field. */
  field: string | null;
  message: string;
}

/**
 * The API's refusal kept for display next to the field it names (as the Settings page does);
 * `errorOf('note')` is that field's message, `general` an error naming another or no field.
 */
export const useFieldError = (fields: readonly string[]) => {
  const t = useT();
  const { formatAPIError } = useAPIErrorHandler();
  const [error, setError] = useState<FieldError | null>(null);
  const onError = useCallback(
    (e: unknown) => {
      const details = isFetchError(e)
        ? (e.response?.data as { error?: { details?: { field?: unknown } } } | undefined)?.error?.details
        : undefined;
      const message = isFetchError(e) ? formatAPIError(e) : t('common.error.unknown', 'Something went wrong. Please try again.');
      setError({ field: typeof details?.field === 'string' ? details.field : null, message });
    },
    [formatAPIError, t]
  );
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);
  const general = error && (!error.field || !fields.includes(error.field)) ? error.message : undefined;
  return { error, setError, onError, errorOf, general };
};
