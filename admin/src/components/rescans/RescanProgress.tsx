import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import styled from 'styled-components';

import type { Rescan, RescanStatus } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

/** A full-width bar (the design system's ProgressBar is a small one for dark backgrounds, without a value for screen readers). */
const Track = styled.div`
  height: 0.8rem;
  width: 100%;
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral150};
  overflow: hidden;
`;

const Bar = styled.div`
  height: 100%;
  background: ${({ theme }) => theme.colors.primary600};
  transition: width 0.3s ease;
`;

const STATUS_COLOURS = {
  running: 'secondary',
  previewed: 'warning',
  applying: 'secondary',
  applied: 'success',
  cancelled: 'neutral',
  failed: 'danger',
} satisfies Record<RescanStatus, string>;

interface Props {
  job: Rescan;
  canApply: boolean;
  canCancel: boolean;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** One job: status, progress bar (checked of total, then applied of found), counts per category, actions. */
export const RescanProgress = ({ job, canApply, canCancel, busy, onApply, onCancel }: Props) => {
  const t = useT();
  const status: Record<RescanStatus, string> = {
    running: t('rescans.status.running', 'Checking'),
    previewed: t('rescans.status.previewed', 'Preview ready'),
    applying: t('rescans.status.applying', 'Applying'),
    applied: t('rescans.status.applied', 'Applied'),
    cancelled: t('rescans.status.cancelled', 'Cancelled'),
    failed: t('rescans.status.failed', 'Failed'),
  };
  const found = job.found.obscenity + job.found.advertising + job.found.duplicate;
  const applying = job.status === 'applying' || job.status === 'applied';
  const [done, of] = applying ? [job.applied, found] : [job.checked, job.total];
  const percent = of ? Math.round((done / of) * 100) : job.status === 'running' ? 0 : 100;

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      data-testid="bc-rescan-progress"
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" gap={2}>
          <Flex gap={2}>
            <Typography variant="delta" tag="h2">
              {job.uid}
            </Typography>
            <Badge
              backgroundColor={`${STATUS_COLOURS[job.status]}100`}
              textColor={`${STATUS_COLOURS[job.status]}700`}
              data-testid="bc-rescan-status"
            >
              {status[job.status]}
            </Badge>
          </Flex>
          <Flex gap={2}>
            {canCancel && (
              <Button variant="tertiary" onClick={onCancel} disabled={busy}>
                {t('rescans.cancel', 'Cancel')}
              </Button>
            )}
            {canApply && (
              <Button variant="danger" onClick={onApply} disabled={busy || found === 0}>
                {t('rescans.apply', 'Apply ({count})', { count: found })}
              </Button>
            )}
          </Flex>
        </Flex>
        <Track
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={t('rescans.progress', 'Progress')}
        >
          <Bar style={{ width: `${percent}%` }} />
        </Track>
        <Typography textColor="neutral600" data-testid="bc-rescan-counts">
          {applying
            ? t('rescans.appliedOf', '{done} of {total} applied', { done, total: of })
            : t('rescans.checkedOf', '{done} of {total} comments checked', { done, total: of })}
          {' · '}
          {t(
            'rescans.found',
            'obscenity {obscenity}, advertising {advertising}, repeated {duplicate}',
            job.found
          )}
        </Typography>
        {job.error && <Typography textColor="danger600">{job.error}</Typography>}
      </Flex>
    </Box>
  );
};
