import { Button, Field, Flex, Grid, Modal, NumberInput, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import {
  DIALOGUE_STATES,
  LIMITS,
  REFUTATION_FORMATS,
  REFUTATION_STATES,
  type ClaimPlace,
  type DialogueState,
  type RefutationFormat,
  type RefutationState,
  type SavePlace,
} from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useAnswersApi } from './api';
import { useFieldError } from './useFieldError';

const FIELDS = ['url', 'platform', 'reach', 'firstSeenAt', 'refutation', 'format', 'refutationText', 'videoUrl', 'leader', 'dialogue'] as const;
export const FORMAT_LABELS: Record<RefutationFormat, string> = { text: 'Text', video: 'Video', 'opinion-leader': 'Statement by an opinion leader' };
export const REFUTATION_LABELS: Record<RefutationState, string> = { none: 'Not planned', planned: 'Planned', posted: 'Posted' };
export const DIALOGUE_LABELS: Record<DialogueState, string> = {
  'no-answer': 'No answer',
  'in-dialogue': 'In dialogue',
  resolved: 'Resolved',
  escalated: 'Escalated',
};

const blankToNull = (v: string) => (v.trim() ? v.trim() : null);

/**
 * A place spreading a claim, added or edited: where (URL, platform, reach, first seen) and its
 * refutation (state, format, the text, the video link or the opinion leader) and dialogue.
 * The API checks it (a posted refutation needs its text, video link or leader); a refused field
 * shows the API's sentence under it.
 */
export const PlaceFormDialog = ({ claimId, place, onClose }: { claimId: string; place?: ClaimPlace; onClose: () => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const { onError, errorOf, general, setError } = useFieldError(FIELDS);
  const [url, setUrl] = useState(place?.url ?? '');
  const [platform, setPlatform] = useState(place?.platform ?? '');
  const [reach, setReach] = useState<number | undefined>(place?.reach ?? undefined);
  const [firstSeen, setFirstSeen] = useState(place?.firstSeenAt?.slice(0, 10) ?? '');
  const [refutation, setRefutation] = useState<RefutationState>(place?.refutation ?? 'none');
  const [format, setFormat] = useState<RefutationFormat | ''>(place?.format ?? '');
  const [text, setText] = useState(place?.refutationText ?? '');
  const [videoUrl, setVideoUrl] = useState(place?.videoUrl ?? '');
  const [leader, setLeader] = useState(place?.leader ?? '');
  const [dialogue, setDialogue] = useState<DialogueState>(place?.dialogue ?? 'no-answer');
  const saving = api.addPlace.isLoading || api.updatePlace.isLoading;

  const save = () => {
    setError(null);
    const body: SavePlace.Request = {
      url: url.trim(),
      platform: blankToNull(platform),
      reach: reach ?? null,
      firstSeenAt: firstSeen || null,
      refutation,
      ...(format ? { format } : {}),
      refutationText: blankToNull(text),
      videoUrl: blankToNull(videoUrl),
      leader: blankToNull(leader),
      dialogue,
    };
    const done = { onSuccess: onClose, onError };
    if (place) api.updatePlace.mutate({ id: claimId, placeId: place.documentId, ...body }, done);
    else api.addPlace.mutate({ id: claimId, ...body }, done);
  };

  const text_ = (name: (typeof FIELDS)[number], label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field.Root name={name} error={errorOf(name)} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value)} />
      {hint && <Field.Hint />}
      <Field.Error />
    </Field.Root>
  );

  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content style={{ width: 'min(56rem, 95vw)' }}>
        <Modal.Header>
          <Modal.Title>{place ? t('claims.placeForm.editTitle', 'Edit the place') : t('claims.placeForm.newTitle', 'Add a place spreading the claim')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="bc-place-form">
            <Grid.Root gap={4}>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                {text_('url', t('claims.place.newUrl', 'Address of a place spreading it'), url, setUrl, 'https://…')}
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                {text_('platform', t('claims.place.platform', 'Platform'), platform, setPlatform)}
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="reach" error={errorOf('reach')}>
                  <Field.Label>{t('claims.placeForm.reach', 'Reach (people, estimated)')}</Field.Label>
                  <NumberInput value={reach} onValueChange={(v: number | undefined) => setReach(v)} />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="firstSeenAt" error={errorOf('firstSeenAt')}>
                  <Field.Label>{t('claims.form.firstSeen', 'First seen')}</Field.Label>
                  <TextInput type="date" value={firstSeen} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFirstSeen(e.target.value)} />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="refutation" error={errorOf('refutation')}>
                  <Field.Label>{t('claims.place.refutation', 'Refutation')}</Field.Label>
                  <SingleSelect value={refutation} onChange={(v: string | number) => setRefutation(String(v) as RefutationState)}>
                    {REFUTATION_STATES.map((s) => (
                      <SingleSelectOption key={s} value={s}>{t(`claims.refutation.${s}`, REFUTATION_LABELS[s])}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="format" error={errorOf('format')}>
                  <Field.Label>{t('claims.placeForm.format', 'Format')}</Field.Label>
                  <SingleSelect value={format} placeholder={t('claims.placeForm.formatNone', 'Not chosen yet')} onChange={(v: string | number) => setFormat(String(v) as RefutationFormat)}>
                    {REFUTATION_FORMATS.map((f) => (
                      <SingleSelectOption key={f} value={f}>{t(`claims.format.${f}`, FORMAT_LABELS[f])}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
            <Field.Root name="refutationText" error={errorOf('refutationText')} hint={t('claims.placeForm.textHint', 'The refutation as posted (format text), or a note on it.')}>
              <Field.Label>{t('claims.placeForm.text', 'Refutation text')}</Field.Label>
              <Textarea value={text} maxLength={LIMITS.reply} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            {(format === 'video' || videoUrl) && text_('videoUrl', t('claims.placeForm.video', 'Video link'), videoUrl, setVideoUrl)}
            {(format === 'opinion-leader' || leader) &&
              text_('leader', t('claims.placeForm.leader', 'Opinion leader (who)'), leader, setLeader, t('claims.placeForm.leaderHint', 'Someone the audience trusts, who states the facts.'))}
            <Field.Root name="dialogue" error={errorOf('dialogue')}>
              <Field.Label>{t('claims.place.dialogue', 'Dialogue')}</Field.Label>
              <SingleSelect value={dialogue} onChange={(v: string | number) => setDialogue(String(v) as DialogueState)}>
                {DIALOGUE_STATES.map((s) => (
                  <SingleSelectOption key={s} value={s}>{t(`claims.dialogue.${s}`, DIALOGUE_LABELS[s])}</SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
            {general && (
              <Typography textColor="danger600" role="alert">
                {general}
              </Typography>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('answers.action.cancel', 'Cancel')}
          </Button>
          <Button loading={saving} onClick={save}>
            {place ? t('claims.placeForm.save', 'Save the place') : t('claims.place.add', 'Add the place')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
