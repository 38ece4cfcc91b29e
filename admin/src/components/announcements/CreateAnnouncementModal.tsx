import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_LIMITS, type AnnouncementKind, type CreateAnnouncement } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useCreateAnnouncement, useTemplates } from './api';
import { useAnnouncementLabels } from './labels';

interface Props {
  onClose: () => void;
  onCreated: (documentId: string) => void;
}

/** `datetime-local` value (the admin's time zone) → ISO, or undefined when empty. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

const DateField = ({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (v: string) => void }) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <TextInput type="datetime-local" value={value} onChange={(e: { target: { value: string } }) => onChange(e.target.value)} />
  </Field.Root>
);

/** A new announcement as a draft: its kind, optionally a template whose text fills it, and its times. */
export const CreateAnnouncementModal = ({ onClose, onCreated }: Props) => {
  const t = useT();
  const labels = useAnnouncementLabels();
  const templates = useTemplates();
  const create = useCreateAnnouncement();
  const [kind, setKind] = useState<AnnouncementKind>('incident');
  const [template, setTemplate] = useState('');
  const [title, setTitle] = useState('');
  const [dates, setDates] = useState({ detectedAt: '', startsAt: '', endsAt: '', publishAt: '' });
  const chosen = templates.data?.data.find((x) => x.documentId === template);
  const date = (key: keyof typeof dates) => ({ value: dates[key], onChange: (v: string) => setDates({ ...dates, [key]: v }) });

  const submit = () => {
    const body: CreateAnnouncement.Request = {
      kind,
      ...(template ? { template } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(kind === 'incident' ? { detectedAt: toIso(dates.detectedAt) } : { startsAt: toIso(dates.startsAt), endsAt: toIso(dates.endsAt) }),
      ...(dates.publishAt ? { publishAt: toIso(dates.publishAt) } : {}),
    };
    create.mutate(body, { onSuccess: (answer) => onCreated(answer.data.documentId) });
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('announcements.new', 'New announcement')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="kind">
              <Field.Label>{t('announcements.col.kind', 'Kind')}</Field.Label>
              <SingleSelect
                value={kind}
                onChange={(v: string | number) => {
                  setKind(String(v) as AnnouncementKind);
                  setTemplate('');
                }}
              >
                {ANNOUNCEMENT_KINDS.map((k) => (
                  <SingleSelectOption key={k} value={k}>
                    {labels.kind(k)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="template" hint={t('announcements.template.hint', 'Fills the title and the text; edit them after.')}>
              <Field.Label>{t('announcements.template', 'Template')}</Field.Label>
              <SingleSelect value={template} onChange={(v: string | number) => setTemplate(String(v))}>
                <SingleSelectOption value="">{t('announcements.template.none', 'No template')}</SingleSelectOption>
                {(templates.data?.data ?? [])
                  .filter((x) => x.kind === kind)
                  .map((x) => (
                    <SingleSelectOption key={x.documentId} value={x.documentId}>
                      {x.name}
                    </SingleSelectOption>
                  ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
            {chosen && (
              <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'pre-wrap' }} data-testid="bc-template-preview">
                {[chosen.whatHappened, chosen.whoIsAffected, chosen.whatWeAreDoing, chosen.nextUpdate].filter(Boolean).join('\n')}
              </Typography>
            )}
            <Field.Root name="title" hint={chosen ? t('announcements.title.fromTemplate', 'Empty: the template\'s title.') : undefined}>
              <Field.Label>{t('announcements.col.title', 'Title')}</Field.Label>
              <TextInput
                value={title}
                placeholder={chosen?.title}
                maxLength={ANNOUNCEMENT_LIMITS.title}
                onChange={(e: { target: { value: string } }) => setTitle(e.target.value)}
              />
              <Field.Hint />
            </Field.Root>
            {kind === 'incident' ? (
              <DateField name="detectedAt" label={t('announcements.detectedAt', 'Problem began at')} {...date('detectedAt')} />
            ) : (
              <Flex gap={4}>
                <DateField name="startsAt" label={kind === 'policy' ? t('announcements.effectiveAt', 'In effect from') : t('announcements.startsAt', 'Starts at')} {...date('startsAt')} />
                {kind === 'planned' && <DateField name="endsAt" label={t('announcements.endsAt', 'Ends at')} {...date('endsAt')} />}
              </Flex>
            )}
            <DateField name="publishAt" label={t('announcements.publishAt', 'Publish automatically at (optional)')} {...date('publishAt')} />
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit} loading={create.isLoading} disabled={!template && !title.trim()}>
            {t('announcements.create', 'Create draft')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
