import { Box, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';

import { fillTemplate, REPLY_LIMITS } from '../../../../shared/contracts/replies';
import { useT } from '../../utils/useT';
import { useReplyTemplates, useToneCheck } from './api';
import { ToneAdvice } from './ToneAdvice';

export interface ReplyComposerProps {
  /** The reply (controlled): the caller sends it. */
  value: string;
  onChange: (text: string) => void;
  /** Locale of the reply (en, ru, zh-Hans…): the templates offered and the tone check's language. */
  locale: string;
  /** Values for the templates' `{placeholders}` (author name, case number…), filled when a template is picked. */
  values?: Record<string, string | number | null | undefined>;
  /** Only these template keys are offered (default: every template). */
  templateKeys?: readonly string[];
  label?: string;
  disabled?: boolean;
}

/**
 * Writing a moderator's reply: pick a template (filled with `values`), edit it, and see the live
 * tone check — flagged spans marked with an explanation each. It advises; it never blocks.
 * Plain text throughout: the reply is never rendered as HTML here.
 */
export const ReplyComposer = ({ value, onChange, locale, values = {}, templateKeys, label, disabled }: ReplyComposerProps) => {
  const t = useT();
  const templates = useReplyTemplates(locale);
  const tone = useToneCheck(value, locale);
  const offered = (templates.data?.data ?? []).filter((tpl) => !templateKeys || templateKeys.includes(tpl.key));
  const tooLong = value.length > REPLY_LIMITS.toneText;
  const missing = fillTemplate(value, {}).missing;
  // Flags belong to the text they were computed on; while typing, show none rather than misplaced ones.
  const flags = tone.data && !tone.pending && tone.checkedText === value ? tone.data.data.flags : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="bc-reply-composer">
      {offered.length > 0 && (
        <Field.Root name="template" hint={t('replies.template.hint', 'Replaces the text below with the template.')}>
          <Field.Label>{t('replies.template.label', 'Template')}</Field.Label>
          <SingleSelect
            placeholder={t('replies.template.placeholder', 'Choose a template')}
            disabled={disabled}
            onChange={(key: string | number) => {
              const tpl = offered.find((x) => x.key === String(key));
              if (tpl) onChange(fillTemplate(tpl.body, values).text);
            }}
          >
            {offered.map((tpl) => (
              <SingleSelectOption key={tpl.documentId} value={tpl.key}>
                {tpl.title}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
      )}
      <Field.Root
        name="reply"
        error={tooLong ? t('replies.text.tooLong', 'At most {max} characters.', { max: REPLY_LIMITS.toneText }) : undefined}
        hint={
          missing.length
            ? t('replies.text.missing', 'Still to fill in: {names}', { names: missing.map((m) => `{${m}}`).join(', ') })
            : undefined
        }
      >
        <Field.Label>{label ?? t('replies.text.label', 'Reply')}</Field.Label>
        <Textarea
          value={value}
          disabled={disabled}
          onChange={(e: { target: { value: string } }) => onChange(e.target.value)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Box aria-live="polite">
        {tone.isError ? (
          <Typography textColor="danger600">
            {t('replies.tone.error', 'The tone check is not available right now; the reply can still be sent.')}
          </Typography>
        ) : (
          tone.enabled && <ToneAdvice text={value} flags={flags} loading={tone.isFetching || tone.pending} />
        )}
      </Box>
    </Flex>
  );
};
