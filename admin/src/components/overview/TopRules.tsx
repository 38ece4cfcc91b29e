import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import type { Stats } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

interface Props {
  rules: Stats.Response['meta']['topRules'];
  range: string;
}

/** Rules cited most in the period, each linking to the entries that cited it. */
export const TopRules = ({ rules, range }: Props) => {
  const t = useT();
  const max = Math.max(1, ...rules.map((r) => r.count));
  if (rules.length === 0) {
    return (
      <Typography textColor="neutral600">{t('overview.topRules.empty', 'No rule was cited in this period.')}</Typography>
    );
  }
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
      {rules.map((r) => (
        <li key={r.number}>
          <Flex justifyContent="space-between" gap={2}>
            <Link tag={RouterLink} to={`deletions?action=queue&rule=${r.number}&${range}`}>
              {t('overview.topRules.rule', 'Rule {number}', { number: r.number })}
              {r.title ? ` · ${r.title}` : ''}
            </Link>
            <Typography fontWeight="bold">{r.count}</Typography>
          </Flex>
          <Box marginTop={1} background="neutral150" hasRadius height="4px" aria-hidden="true">
            <Box background="primary600" hasRadius height="4px" width={`${(r.count / max) * 100}%`} />
          </Box>
        </li>
      ))}
    </Flex>
  );
};
