import { Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../../utils/useT';
import { useErrorMessage } from './useErrorToast';

/** A centred spinner for a section that is loading (the page around it stays). */
export const LoadingState = ({ label }: { label?: string }) => {
  const t = useT();
  return (
    <Flex justifyContent="center" padding={8}>
      <Loader>{label ?? t('common.loading', 'Loading…')}</Loader>
    </Flex>
  );
};

/** A failed request: what went wrong, and a retry. */
export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const t = useT();
  const message = useErrorMessage();
  return (
    <EmptyStateLayout
      icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
      content={message(error)}
      action={
        onRetry ? (
          <Button variant="secondary" onClick={onRetry}>
            {t('common.retry', 'Try again')}
          </Button>
        ) : undefined
      }
    />
  );
};
