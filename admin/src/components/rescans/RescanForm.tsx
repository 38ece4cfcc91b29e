import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { useState, type FormEvent } from 'react';

import type { StartRescan } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

interface Props {
  targets: string[];
  loading: boolean;
  onSubmit: (request: StartRescan.Request) => void;
}

/** Which collection to re-check, optionally only comments written between two dates. */
export const RescanForm = ({ targets, loading, onSubmit }: Props) => {
  const t = useT();
  const [uid, setUid] = useState(targets[0] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const badDates = !!from && !!to && from > to;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!uid || badDates) return;
    onSubmit({ uid, from: from || undefined, to: to ? `${to}T23:59:59.999Z` : undefined });
  };

  return (
    <Box
      tag="form"
      onSubmit={submit}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="uid" required hint={t('rescans.uid.hint', 'A moderated collection.')}>
            <Field.Label>{t('rescans.uid.label', 'Comments in')}</Field.Label>
            <SingleSelect value={uid} onChange={(v: string | number) => setUid(String(v))}>
              {targets.map((target) => (
                <SingleSelectOption key={target} value={target}>
                  {target}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="from" hint={t('rescans.from.hint', 'Written on or after (optional).')}>
            <Field.Label>{t('rescans.from.label', 'From')}</Field.Label>
            <TextInput
              type="date"
              value={from}
              onChange={(e: { target: { value: string } }) => setFrom(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root
            name="to"
            error={badDates ? t('rescans.to.error', 'Must be after the start date.') : undefined}
            hint={t('rescans.to.hint', 'Written on or before (optional).')}
          >
            <Field.Label>{t('rescans.to.label', 'To')}</Field.Label>
            <TextInput
              type="date"
              value={to}
              onChange={(e: { target: { value: string } }) => setTo(e.target.value)}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex justifyContent="flex-end" paddingTop={4}>
        <Button type="submit" loading={loading} disabled={!uid || badDates}>
          {t('rescans.start', 'Start re-scan')}
        </Button>
      </Flex>
    </Box>
  );
};
