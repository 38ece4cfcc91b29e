import { Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea } from '@strapi/design-system';
import { useState } from 'react';

import { ANNOUNCEMENT_LIMITS, KIND_STATUSES, type AnnouncementKind, type AnnouncementStatus } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useAddEntry } from './api';
import { useAnnouncementLabels } from './labels';

/** A status change with its text: a dated entry, posted to every channel once the announcement is public. */
export const AddEntryForm = ({ id, kind, current }: { id: string; kind: AnnouncementKind; current: AnnouncementStatus }) => {
  const t = useT();
  const labels = useAnnouncementLabels();
  const add = useAddEntry(id);
  const [status, setStatus] = useState<AnnouncementStatus>(current);
  const [text, setText] = useState('');
  const tooLong = text.length > ANNOUNCEMENT_LIMITS.text;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="bc-add-entry">
      <Field.Root name="status">
        <Field.Label>{t('announcements.entry.status', 'New status')}</Field.Label>
        <SingleSelect value={status} onChange={(v: string | number) => setStatus(String(v) as AnnouncementStatus)}>
          {(KIND_STATUSES[kind] as readonly AnnouncementStatus[]).map((s) => (
            <SingleSelectOption key={s} value={s}>
              {labels.status(s)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root
        name="text"
        error={tooLong ? t('announcements.entry.tooLong', 'At most {max} characters.', { max: ANNOUNCEMENT_LIMITS.text }) : undefined}
      >
        <Field.Label>{t('announcements.entry.text', 'What changed, and when the next update comes')}</Field.Label>
        <Textarea value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
        <Field.Error />
      </Field.Root>
      <Flex justifyContent="flex-end">
        <Button
          disabled={!text.trim() || tooLong}
          loading={add.isLoading}
          onClick={() => add.mutate({ status, text: text.trim() }, { onSuccess: () => setText('') })}
        >
          {t('announcements.entry.add', 'Add to the timeline')}
        </Button>
      </Flex>
    </Flex>
  );
};
