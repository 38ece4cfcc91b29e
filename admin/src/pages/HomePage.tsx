import { Box, Flex, Main, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

type Totals = Record<string, number>;

/** Overview: what moderation did in the last 30 days. The review panels come next. */
const HomePage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [totals, setTotals] = useState<Totals | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get(`/${PLUGIN_ID}/stats`)
      .then(({ data }) => setTotals((data as { meta: { totals: Totals } }).meta.totals))
      .catch((e: Error) => setError(e.message));
  }, [get]);

  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const actions = ['removed', 'held', 'flagged', 'warned', 'banned', 'restored', 'notified'];

  return (
    <Main>
      <Page.Title>{t('plugin.name', 'Community')}</Page.Title>
      <Layouts.Header title={t('plugin.name', 'Community')} subtitle={t('home.subtitle', 'Moderation in the last 30 days')} />
      <Layouts.Content>
        {error ? (
          <Typography textColor="danger600">{error}</Typography>
        ) : (
          <Flex gap={4} wrap="wrap" data-testid="bc-totals">
            {actions.map((action) => (
              <Box key={action} background="neutral0" padding={4} shadow="tableShadow" hasRadius minWidth="140px">
                <Typography variant="pi" textColor="neutral600">
                  {t(`action.${action}`, action)}
                </Typography>
                <Typography tag="p" variant="alpha" data-testid={`bc-total-${action}`}>
                  {totals ? totals[action] ?? 0 : '…'}
                </Typography>
              </Box>
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Main>
  );
};

export { HomePage };
