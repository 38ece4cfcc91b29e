import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { fillTemplate } from '../../../shared/contracts/replies';
import { ErrorState, LoadingState } from '../components/common/States';
import { useReplyTemplates } from '../components/replies/api';
import { ReplyComposer } from '../components/replies/ReplyComposer';
import { TemplatesTable } from '../components/replies/TemplatesTable';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Reply languages with starter templates. */
const LOCALES = ['en', 'ru', 'zh-Hans'] as const;

/** Sample values for trying a template (the workflows fill the real ones). */
const SAMPLE = { authorName: 'Anna', caseNumber: 17 };

/** Replies: the reply templates of each language and a composer to try them with the live tone check. */
const RepliesPage = () => {
  const t = useT();
  const { locale: uiLocale } = useIntl();
  const [locale, setLocale] = useState<string>(LOCALES.find((l) => uiLocale.startsWith(l.slice(0, 2))) ?? 'en');
  const [text, setText] = useState('');
  const templates = useReplyTemplates(locale);
  const names: Record<string, string> = {
    en: t('replies.locale.en', 'English'),
    ru: t('replies.locale.ru', 'Russian'),
    'zh-Hans': t('replies.locale.zh-Hans', 'Chinese (Simplified)'),
  };

  return (
    <Page.Protect permissions={PERMISSIONS.writeReplies}>
      <Page.Main>
        <Page.Title>{t('replies.title', 'Replies')}</Page.Title>
        <Layouts.Header
          title={t('replies.title', 'Replies')}
          subtitle={t(
            'replies.subtitle',
            'Reply templates, and a check that flags condescension, jokes, offers for changing a review and over-apology before a reply is sent.'
          )}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Box width="24rem">
              <Field.Root name="locale">
                <Field.Label>{t('replies.locale.label', 'Language of the reply')}</Field.Label>
                <SingleSelect value={locale} onChange={(v: string | number) => setLocale(String(v))}>
                  {LOCALES.map((l) => (
                    <SingleSelectOption key={l} value={l}>
                      {names[l]}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            {templates.isLoading ? (
              <LoadingState />
            ) : templates.isError ? (
              <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
            ) : (
              <TemplatesTable rows={templates.data?.data ?? []} onTry={(tpl) => setText(fillTemplate(tpl.body, SAMPLE).text)} />
            )}
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {t('replies.composer.title', 'Try a reply')}
                </Typography>
                <Typography textColor="neutral600">
                  {t('replies.composer.hint', 'Nothing is sent from here: write or pick a template and read the advice.')}
                </Typography>
                <ReplyComposer value={text} onChange={setText} locale={locale} values={SAMPLE} />
              </Flex>
            </Box>
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default RepliesPage;
