import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { isFetchError, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from 'react-query';

import type { UpdateSettings } from '../../../shared/contracts';
import { settingsKeys, useSettingsApi } from '../api/settings';
import { ActionsSection } from '../components/settings/ActionsSection';
import { ExceptionsSection } from '../components/settings/ExceptionsSection';
import { changes, fromForm, toForm, type FormState } from '../components/settings/form';
import { ListsSection } from '../components/settings/ListsSection';
import { TargetsSection } from '../components/settings/TargetsSection';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

type FieldError = { field: string; message: string };

/** Moderation settings saved in the database: they win over the file config, on every node, without a restart. */
const SettingsPage = () => {
  const t = useT();
  const api = useSettingsApi();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const settings = useQuery(settingsKeys.settings(), api.settings);
  const contentTypes = useQuery(settingsKeys.contentTypes(), api.contentTypes);
  const [form, setForm] = useState<FormState | null>(null);
  const [error, setError] = useState<FieldError | null>(null);

  useEffect(() => {
    if (settings.data && !form) setForm(toForm(settings.data.data));
  }, [settings.data, form]);

  const save = useMutation((body: UpdateSettings.Request) => api.save(body), {
    onSuccess: (saved) => {
      setError(null);
      setForm(toForm(saved.data));
      client.setQueryData(settingsKeys.settings(), saved);
      toggleNotification({ type: 'success', message: t('settings.saved', 'Saved. Every node applies it within seconds.') });
    },
    onError: (e: unknown) => {
      const details = isFetchError(e) ? (e.response?.data as { error?: { details?: { field?: unknown } } } | undefined)?.error?.details : undefined;
      const message = isFetchError(e) ? formatAPIError(e) : t('settings.error', 'The settings could not be saved.');
      if (typeof details?.field === 'string') setError({ field: details.field, message });
      toggleNotification({ type: 'danger', message });
    },
  });

  if (settings.isLoading || contentTypes.isLoading || (!form && !settings.isError)) return <Page.Loading />;
  if (settings.isError || !settings.data || !form) return <Page.Error />;

  const changed = changes(settings.data.data, fromForm(form));
  const dirty = Object.keys(changed).length > 0;

  return (
    <Page.Main>
      <Page.Title>{t('settings.title', 'Moderation settings')}</Page.Title>
      <Layouts.Header
        title={t('settings.title', 'Moderation settings')}
        subtitle={t(
          'settings.subtitle',
          'Saved here, a setting wins over the plugin config file and applies on every node without a restart.'
        )}
        primaryAction={
          <Button startIcon={<Check />} disabled={!dirty} loading={save.isLoading} onClick={() => save.mutate(changed)}>
            {t('settings.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={t('settings.section.targets', 'Comment collections')}>
            <TargetsSection
              targets={form.settings.targets}
              contentTypes={contentTypes.data?.data ?? []}
              error={error}
              onChange={(targets) => setForm({ ...form, settings: { ...form.settings, targets } })}
            />
          </Section>
          <Section title={t('settings.section.actions', 'What happens to a comment')}>
            <ActionsSection settings={form.settings} error={error} onChange={(next) => setForm({ ...form, settings: next })} />
          </Section>
          <Section title={t('settings.section.lists', 'Allowlist and terms')}>
            <ListsSection form={form} error={error} onChange={setForm} />
          </Section>
          <Section title={t('settings.section.exceptions', 'Learned from restores')}>
            <ExceptionsSection />
          </Section>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settings}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
