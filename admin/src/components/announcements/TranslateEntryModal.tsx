import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { ANNOUNCEMENT_LIMITS, type AdminTimelineEntry } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useTranslateEntry } from './api';

interface Props {
  announcement: string;
  entry: AdminTimelineEntry;
  /** The site's locales. */
  locales: string[];
  onClose: () => void;
}

/**
 * The text of one timeline entry in another site locale (a new one or a correction). Saving posts
 * nothing: each entry goes to the channels once, in their configured locale.
 */
export const TranslateEntryModal = ({ announcement, entry, locales, onClose }: Props) => {
  const t = useT();
  const save = useTranslateEntry(announcement);
  const others = locales.filter((l) => l !== entry.locale);
  const [locale, setLocale] = useState(others[0] ?? locales[0] ?? '');
  const [text, setText] = useState(entry.translations[others[0] ?? ''] ?? '');
  const tooLong = text.length > ANNOUNCEMENT_LIMITS.text;

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('announcements.translate.title', 'Translate the entry')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="p" textColor="neutral600" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.text ?? ''}
            </Typography>
            <Field.Root name="locale">
              <Field.Label>{t('announcements.translate.locale', 'Locale')}</Field.Label>
              <SingleSelect
                value={locale}
                onChange={(v: string | number) => {
                  setLocale(String(v));
                  setText(entry.translations[String(v)] ?? '');
                }}
              >
                {locales.map((l) => (
                  <SingleSelectOption key={l} value={l}>
                    {l}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root
              name="translation"
              hint={t('announcements.translate.hint', 'Shown to readers of this locale. Nothing is posted to the channels again.')}
              error={tooLong ? t('announcements.entry.tooLong', 'At most {max} characters.', { max: ANNOUNCEMENT_LIMITS.text }) : undefined}
            >
              <Field.Label>{t('announcements.translate.text', 'Text in this locale')}</Field.Label>
              <Textarea value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button
            disabled={!text.trim() || tooLong || !locale}
            loading={save.isLoading}
            onClick={() => save.mutate({ entry: entry.documentId, locale, text: text.trim() }, { onSuccess: onClose })}
          >
            {t('announcements.translate.save', 'Save translation')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
