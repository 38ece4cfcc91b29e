import { Box, Flex, Typography } from '@strapi/design-system';
import { Information } from '@strapi/icons';
import { isFetchError, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useMutation } from 'react-query';

import type { Check } from '../../../shared/contracts';
import { useApi } from '../api/client';
import { CheckForm } from '../components/check/CheckForm';
import { CheckResult } from '../components/check/CheckResult';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Test a comment: what the filter would do with it. The API stores nothing and warns nobody. */
const CheckPage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();

  const check = useMutation((request: Check.Request) => api.post<Check.Response, Check.Request>('/check', request), {
    onError: (error: unknown) =>
      toggleNotification({
        type: 'danger',
        message: isFetchError(error) ? formatAPIError(error) : t('check.error', 'The comment could not be tested.'),
      }),
  });

  return (
    <Page.Protect permissions={PERMISSIONS.check}>
      <Page.Main>
        <Page.Title>{t('check.title', 'Test a comment')}</Page.Title>
        <Layouts.Header
          title={t('check.title', 'Test a comment')}
          subtitle={t('check.subtitle', 'See what the filter would do with a comment and what its author would be told.')}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="primary100" borderColor="primary200" hasRadius padding={4}>
              <Flex gap={2}>
                <Information fill="primary600" aria-hidden />
                <Typography textColor="primary700" data-testid="bc-check-not-stored">
                  {t('check.notStored', 'Nothing is stored: testing saves no comment, warns nobody and sends no e-mail.')}
                </Typography>
              </Flex>
            </Box>
            <CheckForm
              loading={check.isLoading}
              onSubmit={(request) => check.mutate(request)}
            />
            {check.data && check.variables && <CheckResult text={check.variables.text} result={check.data.data} />}
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default CheckPage;
