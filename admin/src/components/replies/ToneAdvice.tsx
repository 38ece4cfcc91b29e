import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';

import type { Replies, ReplyToneKind } from '../../../../shared/contracts/replies';
import { useT } from '../../utils/useT';
import { ToneText } from './ToneText';

export const useToneLabels = () => {
  const t = useT();
  const kind = (k: ReplyToneKind) =>
    ({
      condescension: t('replies.kind.condescension', 'Condescension'),
      humor: t('replies.kind.humor', 'Joke or sarcasm'),
      bribe: t('replies.kind.bribe', 'Offer for changing the review'),
      overapology: t('replies.kind.overapology', 'Over-apology'),
    })[k];
  /** The rule's explanation in the admin's language (the server's English sentence as the default). */
  const explain = (f: Replies.ToneFlag) => t(`replies.rule.${f.rule}`, f.explanation);
  return { kind, explain };
};

interface Props {
  text: string;
  flags: readonly Replies.ToneFlag[] | null;
  loading: boolean;
}

/** What the tone check found in a reply: the reply with flagged spans marked, then one line per flag. */
export const ToneAdvice = ({ text, flags, loading }: Props) => {
  const t = useT();
  const labels = useToneLabels();
  if (!flags) {
    return loading ? <Loader small>{t('replies.tone.checking', 'Checking the tone…')}</Loader> : null;
  }
  if (!flags.length) {
    return (
      <Typography textColor="success600" data-testid="bc-tone-clean">
        {t('replies.tone.clean', 'No tone problems found: calm and clear.')}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="bc-tone-advice">
      <Typography variant="sigma" textColor="warning600">
        {t('replies.tone.found', '{count, plural, one {# thing} other {# things}} to reconsider before sending', {
          count: flags.length,
        })}
      </Typography>
      <ToneText text={text} flags={flags} label={(f) => `${labels.kind(f.kind)}: ${labels.explain(f)}`} />
      <Box tag="ul">
        {flags.map((f, i) => (
          <Box tag="li" key={`${f.start}-${f.rule}-${i}`} paddingBottom={2} data-testid="bc-tone-flag" data-kind={f.kind}>
            <Flex gap={2} alignItems="flex-start">
              <Badge variant="warning">{labels.kind(f.kind)}</Badge>
              <Typography>
                <Typography fontWeight="bold">“{text.slice(f.start, f.end)}”</Typography> — {labels.explain(f)}
              </Typography>
            </Flex>
          </Box>
        ))}
      </Box>
      <Typography variant="pi" textColor="neutral600">
        {t('replies.tone.advisory', 'This is advice: you can still send the reply as it is.')}
      </Typography>
    </Flex>
  );
};
