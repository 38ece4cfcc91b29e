import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { type ComponentProps, useEffect, useState } from 'react';
import { useQuery } from 'react-query';
import { Link as RouterLink } from 'react-router-dom';

import type { GetSetup, SetupItem, SetupLevel } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../utils/useT';
import { FIX_LINKS, useSetupText } from './setupText';
import { TestEmailForm } from './TestEmailForm';

type Variant = NonNullable<ComponentProps<typeof Badge>['variant']>;

const LEVEL_VARIANT = { ok: 'success', warning: 'warning', error: 'danger' } as const satisfies Record<SetupLevel, Variant>;

const fixLink = (item: SetupItem) => (item.ok ? undefined : (FIX_LINKS as Partial<Record<SetupItem['id'], string>>)[item.id]);

/**
 * What the site still needs, at the top of the Overview until every item is green. Once it turns
 * complete while the owner is looking, it stays (all green) until the page is left.
 */
export const SetupChecklist = () => {
  const t = useT();
  const api = useApi();
  const text = useSetupText();
  const canManage = useRBAC(PERMISSIONS.settings).allowedActions.canManage === true;
  const setup = useQuery(keys.setup(), () => api.get<GetSetup.Response>('/setup'));
  const [seenIncomplete, setSeenIncomplete] = useState(false);
  const answer = setup.data?.data;
  useEffect(() => {
    if (answer && !answer.complete) setSeenIncomplete(true);
  }, [answer]);

  // The Overview shows its own errors; a checklist that cannot load stays out of the way.
  if (!answer || (answer.complete && !seenIncomplete)) return null;
  const done = answer.items.filter((i) => i.ok).length;
  const levelLabel = (level: SetupLevel) =>
    level === 'ok'
      ? t('setup.level.ok', 'Done')
      : level === 'warning'
        ? t('setup.level.warning', 'Check')
        : t('setup.level.error', 'To do');

  return (
    <Box marginBottom={6} padding={6} background="neutral0" hasRadius shadow="tableShadow" data-testid="bc-setup" data-complete={answer.complete}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="delta" tag="h2">
          {answer.complete ? t('setup.complete', 'Setup complete') : t('setup.title', 'Finish setting up')}
        </Typography>
        <Typography textColor="neutral600">
          {answer.complete
            ? t('setup.completeHint', 'Everything is green: this list will not show again.')
            : t('setup.progress', '{done} of {total} done. This list stays here until every item is green.', {
                done,
                total: answer.items.length,
              })}
        </Typography>
      </Flex>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={4} paddingTop={4}>
        {answer.items.map((item) => {
          const link = fixLink(item);
          return (
            <li key={item.id} data-testid={`bc-setup-${item.id}`} data-level={item.level}>
              <Flex gap={3} alignItems="flex-start">
                <Box minWidth="64px">
                  <Badge variant={LEVEL_VARIANT[item.level]}>{levelLabel(item.level)}</Badge>
                </Box>
                <Flex direction="column" alignItems="flex-start" gap={1} grow={1}>
                  <Typography fontWeight="bold">{text.title(item)}</Typography>
                  <Typography textColor="neutral700">{text.sentence(item)}</Typography>
                  {link && (
                    <Link tag={RouterLink} to={link}>
                      {t('setup.fix', 'Fix it in {place}', { place: text.fixLabel(item.id as keyof typeof FIX_LINKS) })}
                    </Link>
                  )}
                  {item.id === 'email' && canManage && <TestEmailForm />}
                </Flex>
              </Flex>
            </li>
          );
        })}
      </Flex>
    </Box>
  );
};
