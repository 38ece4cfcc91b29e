import { Box, Field, Flex, Searchbar, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';

import { LIMITS } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import type { AuthorsUrl } from './query';

interface Props {
  url: AuthorsUrl;
  setFilter: (key: 'q' | 'banned', value: string | undefined) => void;
}

/** Search (written to the URL on Enter or leaving the field) and a banned / not banned filter. */
export const AuthorsFilters = ({ url, setFilter }: Props) => {
  const t = useT();
  const [q, setQ] = useState(url.q ?? '');
  useEffect(() => setQ(url.q ?? ''), [url.q]);
  const commit = () => {
    if ((url.q ?? '') !== q.trim()) setFilter('q', q.trim());
  };
  return (
    <Box
      tag="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        commit();
      }}
      padding={4}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      width="100%"
    >
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Box flex="1" minWidth="24rem">
          <Searchbar
            name="q"
            size="S"
            value={q}
            maxLength={LIMITS.search}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setQ(e.target.value)}
            onBlur={commit}
            onClear={() => {
              setQ('');
              setFilter('q', undefined);
            }}
            clearLabel={t('authors.search.clear', 'Clear the search')}
            placeholder={t('authors.search.placeholder', 'Search by e-mail or name…')}
          >
            {t('authors.search', 'Search authors')}
          </Searchbar>
        </Box>
        <Box minWidth="20rem">
          <Field.Root name="banned">
            <Field.Label>{t('authors.filter.banned', 'Standing')}</Field.Label>
            <SingleSelect size="S" value={url.banned ?? ''} onChange={(v: string | number) => setFilter('banned', String(v))}>
              <SingleSelectOption value="">{t('authors.filter.all', 'All')}</SingleSelectOption>
              <SingleSelectOption value="true">{t('authors.filter.bannedOnly', 'Banned')}</SingleSelectOption>
              <SingleSelectOption value="false">{t('authors.filter.notBanned', 'Not banned')}</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
        </Box>
      </Flex>
    </Box>
  );
};
