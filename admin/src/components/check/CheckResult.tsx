import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import type { Check, EvidenceItem } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { EvidenceText } from '../EvidenceText';
import { useVerdictLabels, VERDICT_VARIANT } from './verdict';

interface Props {
  /** The text that was tested (evidence offsets point into it). */
  text: string;
  result: Check.Response['data'];
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

const Pre = ({ children, testId }: { children: ReactNode; testId?: string }) => (
  <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
    {children}
  </Typography>
);

/** What the filter would do with the tested comment, and what its author would be told. */
export const CheckResult = ({ text, result }: Props) => {
  const t = useT();
  const labels = useVerdictLabels();
  const detector = (d: EvidenceItem['detector']) =>
    ({
      obscenity: t('check.detector.obscenity', 'Obscenity'),
      advertising: t('check.detector.advertising', 'Advertising'),
      duplicate: t('check.detector.duplicate', 'Repeated comment'),
      custom: t('check.detector.custom', 'Custom term'),
    })[d];

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="bc-check-result">
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Section title={t('check.result.verdict', 'Verdict')}>
          <Flex gap={2} wrap="wrap">
            <Badge variant={VERDICT_VARIANT[result.action]} data-testid="bc-check-verdict">
              {labels.verdict(result.action)}
            </Badge>
            {result.moderatedAs && <Badge>{labels.category(result.moderatedAs)}</Badge>}
          </Flex>
          {result.action === 'allow' && result.evidence.length === 0 && (
            <Typography textColor="neutral600">
              {t('check.result.clean', 'Nothing found: the comment would be published as it is.')}
            </Typography>
          )}
          {result.dryRun && (
            <Typography textColor="warning600">
              {t('check.result.dryRun', 'The site is in dry-run mode: this would only be logged, nothing would change.')}
            </Typography>
          )}
        </Section>

        {result.rule && (
          <Section title={t('check.result.rule', 'Rule cited')}>
            <Typography fontWeight="bold">
              {t('check.result.ruleTitle', 'Rule {number}: {title}', {
                number: result.rule.number,
                title: result.rule.title,
              })}
            </Typography>
            <Pre>{result.rule.explanation}</Pre>
          </Section>
        )}

        {result.evidence.length > 0 && (
          <Section title={t('check.result.evidence', 'Evidence')}>
            <EvidenceText text={text} evidence={result.evidence} field="content" />
            <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
              {result.evidence.map((e, i) => (
                <li key={i}>
                  <Typography>
                    {detector(e.detector)}
                    {' · '}
                    <Typography fontWeight="semiBold">{e.term}</Typography>
                  </Typography>
                </li>
              ))}
            </Box>
          </Section>
        )}

        <Section title={t('check.result.explanation', 'Explanation the author would receive')}>
          {result.explanation ? (
            <Box padding={4} background="neutral100" hasRadius data-testid="bc-check-explanation">
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography fontWeight="bold">{result.explanation.subject}</Typography>
                <Pre>{result.explanation.body}</Pre>
              </Flex>
            </Box>
          ) : (
            <Typography textColor="neutral600">
              {result.action === 'allow'
                ? t('check.result.noExplanation.allow', 'None: the comment is accepted.')
                : t('check.result.noExplanation', 'None: this is not explained to its author (see the plugin settings).')}
            </Typography>
          )}
        </Section>
      </Flex>
    </Box>
  );
};
