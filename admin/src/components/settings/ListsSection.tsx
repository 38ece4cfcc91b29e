import { Field, Flex, Grid, Textarea } from '@strapi/design-system';

import { useT } from '../../utils/useT';
import { LANG_GROUPS, type FormState, type TermGroups } from './form';

interface Props {
  form: FormState;
  error: { field: string; message: string } | null;
  onChange: (next: FormState) => void;
}

/** The brand allowlist and extra blocked / allowed terms per language, one a line. */
export const ListsSection = ({ form, error, onChange }: Props) => {
  const t = useT();
  const errorFor = (key: string) =>
    error && (error.field === key || error.field.startsWith(`${key}[`)) ? error.message : undefined;
  const language: Record<string, string> = {
    '': t('settings.lang.any', 'every language'),
    en: t('settings.lang.en', 'English'),
    ru: t('settings.lang.ru', 'Russian'),
    zh: t('settings.lang.zh', 'Chinese'),
  };
  const terms = (key: 'extraTerms' | 'extraExceptions', label: string) => (
    <Field.Root name={key} error={errorFor(key)}>
      <Field.Label>{label}</Field.Label>
      <Grid.Root gap={2}>
        {LANG_GROUPS.map((lang) => (
          <Grid.Item key={lang} col={3} s={6} direction="column" alignItems="stretch">
            <Textarea
              aria-label={`${label}: ${language[lang]}`}
              placeholder={language[lang]}
              name={`${key}-${lang || 'any'}`}
              value={form[key][lang]}
              onChange={(e: { target: { value: string } }) =>
                onChange({ ...form, [key]: { ...form[key], [lang]: e.target.value } as TermGroups })
              }
            />
          </Grid.Item>
        ))}
      </Grid.Root>
      <Field.Error />
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root
        name="allowlist"
        error={errorFor('allowlist')}
        hint={t(
          'settings.allowlist.hint',
          'One a line: the brand\'s domains, e-mail domains (@example.com), @handles and phone numbers with their country code. Never advertising.'
        )}
      >
        <Field.Label>{t('settings.allowlist', 'Brand allowlist')}</Field.Label>
        <Textarea value={form.allowlist} onChange={(e: { target: { value: string } }) => onChange({ ...form, allowlist: e.target.value })} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {terms('extraTerms', t('settings.extraTerms', 'Extra blocked terms, one a line'))}
      {terms('extraExceptions', t('settings.extraExceptions', 'Extra allowed words, one a line'))}
    </Flex>
  );
};
