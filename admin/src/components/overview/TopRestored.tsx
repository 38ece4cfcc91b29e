import { Flex, Typography } from '@strapi/design-system';

import type { RestoredTerms } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** Where the filter was wrong most often: the terms and detectors whose removals moderators restored. */
export const TopRestored = ({ restored }: { restored: RestoredTerms | undefined }) => {
  const t = useT();
  if (!restored || restored.detectors.length === 0) {
    return <Typography textColor="neutral600">{t('overview.restored.empty', 'Nothing was restored in this period.')}</Typography>;
  }
  const detector = (d: string) =>
    ({
      obscenity: t('overview.restored.obscenity', 'Obscenity'),
      custom: t('overview.restored.custom', 'Extra terms'),
      advertising: t('overview.restored.advertising', 'Advertising'),
      duplicate: t('overview.restored.duplicate', 'Repeated comments'),
    })[d] ?? d;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="bc-top-restored">
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
        {restored.terms.map((r) => (
          <li key={`${r.detector}:${r.term}`}>
            <Flex justifyContent="space-between" gap={2}>
              <Typography>{`${r.term} · ${detector(r.detector)}`}</Typography>
              <Typography fontWeight="bold">{r.count}</Typography>
            </Flex>
          </li>
        ))}
      </Flex>
      <Typography variant="sigma" textColor="neutral600">
        {t('overview.restored.detectors', 'By detector')}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {restored.detectors.map((d) => (
          <li key={d.detector}>
            <Flex justifyContent="space-between" gap={2}>
              <Typography>{detector(d.detector)}</Typography>
              <Typography fontWeight="bold">{d.count}</Typography>
            </Flex>
          </li>
        ))}
      </Flex>
    </Flex>
  );
};
