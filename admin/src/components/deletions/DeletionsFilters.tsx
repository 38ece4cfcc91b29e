import {
  Box,
  Button,
  DatePicker,
  Field,
  Grid,
  Searchbar,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';

import { LOG_ACTIONS, LOG_CATEGORIES, REVIEW_ACTIONS } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useLabels } from '../common/labels';
import type { DeletionsUrl, FilterKey } from './query';

interface Props {
  url: DeletionsUrl;
  setFilters: (patch: Partial<Record<FilterKey, string | undefined>>) => void;
  clearFilters: () => void;
  hasFilters: boolean;
}

/** Text kept locally while typing and written to the URL on Enter or when the field loses focus. */
const useDraft = (value: string | undefined) => {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  return [draft, setDraft] as const;
};

const OTHER_ACTIONS = LOG_ACTIONS.filter((a) => !(REVIEW_ACTIONS as readonly string[]).includes(a) && a !== 'allowed');
const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).toISOString();
const endOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999).toISOString();
const asDate = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : undefined);

export const DeletionsFilters = ({ url, setFilters, clearFilters, hasFilters }: Props) => {
  const t = useT();
  const labels = useLabels();
  const [q, setQ] = useDraft(url.q);
  const [author, setAuthor] = useDraft(url.author);
  const [rule, setRule] = useDraft(url.rule);
  const commit = (key: FilterKey, value: string) => {
    if ((url[key] ?? '') !== value.trim()) setFilters({ [key]: value.trim() || undefined });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    commit('q', q);
    commit('author', author);
    commit('rule', rule);
  };
  const any = t('deletions.filter.any', 'Any');
  const select = (key: FilterKey, label: string, options: Array<[string, string]>, allLabel = any) => (
    <Field.Root name={key}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        size="S"
        value={url[key] ?? ''}
        onChange={(v: string | number) => setFilters({ [key]: String(v) || undefined })}
      >
        <SingleSelectOption value="">{allLabel}</SingleSelectOption>
        {options.map(([value, text]) => (
          <SingleSelectOption key={value} value={value}>
            {text}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );

  return (
    <Box tag="form" onSubmit={submit} padding={4} background="neutral0" hasRadius shadow="tableShadow" width="100%">
      <Grid.Root gap={3}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Searchbar
            name="q"
            size="S"
            value={q}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setQ(e.target.value)}
            onBlur={() => commit('q', q)}
            onClear={() => {
              setQ('');
              setFilters({ q: undefined });
            }}
            clearLabel={t('deletions.filter.clearSearch', 'Clear the search')}
            placeholder={t('deletions.filter.searchPlaceholder', 'Search the comment, the author…')}
          >
            {t('deletions.filter.search', 'Search')}
          </Searchbar>
        </Grid.Item>
        <Grid.Item col={6} s={12} justifyContent="flex-end" gap={2}>
          <Button type="submit" size="S" variant="secondary">
            {t('deletions.filter.apply', 'Apply')}
          </Button>
          <Button size="S" variant="tertiary" onClick={clearFilters} disabled={!hasFilters}>
            {t('deletions.filter.clear', 'Clear filters')}
          </Button>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          {select(
            'action',
            t('deletions.filter.action', 'Action'),
            [
              ['queue', t('deletions.filter.queue', 'Removed, held or flagged')],
              ...[...REVIEW_ACTIONS, ...OTHER_ACTIONS].map((a): [string, string] => [a, labels.action(a)]),
            ],
            t('deletions.filter.queue', 'Removed, held or flagged')
          )}
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          {select(
            'category',
            t('deletions.filter.category', 'Category'),
            LOG_CATEGORIES.map((c) => [c, labels.category(c)])
          )}
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          {select('reviewed', t('deletions.filter.reviewed', 'Reviewed'), [
            ['false', t('deletions.filter.reviewed.no', 'Awaiting review')],
            ['true', t('deletions.filter.reviewed.yes', 'Reviewed')],
          ])}
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="rule">
            <Field.Label>{t('deletions.filter.rule', 'Rule number')}</Field.Label>
            <TextInput
              size="S"
              inputMode="numeric"
              value={rule}
              onChange={(e: ChangeEvent<HTMLInputElement>) => setRule(e.target.value.replace(/\D/g, ''))}
              onBlur={() => commit('rule', rule)}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="author">
            <Field.Label>{t('deletions.filter.author', 'Author (e-mail or key)')}</Field.Label>
            <TextInput
              size="S"
              value={author}
              onChange={(e: ChangeEvent<HTMLInputElement>) => setAuthor(e.target.value)}
              onBlur={() => commit('author', author)}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="from">
            <Field.Label>{t('deletions.filter.from', 'From')}</Field.Label>
            <DatePicker
              size="S"
              value={asDate(url.from)}
              onChange={(d: Date | undefined) => setFilters({ from: d ? startOfDay(d) : undefined })}
              onClear={() => setFilters({ from: undefined })}
              clearLabel={t('deletions.filter.clearDate', 'Clear the date')}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="to">
            <Field.Label>{t('deletions.filter.to', 'To')}</Field.Label>
            <DatePicker
              size="S"
              value={asDate(url.to)}
              onChange={(d: Date | undefined) => setFilters({ to: d ? endOfDay(d) : undefined })}
              onClear={() => setFilters({ to: undefined })}
              clearLabel={t('deletions.filter.clearDate', 'Clear the date')}
            />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
