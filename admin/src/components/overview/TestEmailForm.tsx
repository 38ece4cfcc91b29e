import { Box, Button, Field, Flex, TextInput } from '@strapi/design-system';
import { Mail } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { type FormEvent, useState } from 'react';
import { useMutation, useQueryClient } from 'react-query';

import type { SendTestEmail } from '../../../../shared/contracts';
import { keys, useApi } from '../../api/client';
import { useT } from '../../utils/useT';
import { useErrorToast } from '../common/useErrorToast';

const MAX_EMAIL = 254;

/** "Send test e-mail": one message through the email plugin; the checklist refreshes either way. */
export const TestEmailForm = () => {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const showError = useErrorToast();
  const [to, setTo] = useState('');
  const send = useMutation(
    (address: string) => api.post<SendTestEmail.Response, SendTestEmail.Request>('/setup/test-email', { to: address }),
    {
      onSuccess: (answer) =>
        toggleNotification({
          type: 'success',
          message: t('setup.test.sent', 'Test e-mail sent to {to}.', { to: answer.data.to }),
        }),
      onError: showError,
      onSettled: () => client.invalidateQueries(keys.setup()),
    }
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to.trim()) send.mutate(to.trim());
  };

  return (
    <Box tag="form" onSubmit={submit} paddingTop={2}>
      <Field.Root name="to" hint={t('setup.test.hint', 'Sent with the plugin\'s sender and reply-to addresses.')}>
        <Field.Label>{t('setup.test.to', 'Send a test e-mail to')}</Field.Label>
        <Flex gap={2} alignItems="center" wrap="wrap">
          <Box minWidth="280px">
            <TextInput
              type="email"
              value={to}
              maxLength={MAX_EMAIL}
              placeholder="you@example.com"
              onChange={(e: { target: { value: string } }) => setTo(e.target.value)}
            />
          </Box>
          <Button type="submit" size="L" startIcon={<Mail />} loading={send.isLoading} disabled={!to.trim()}>
            {t('setup.test.send', 'Send test e-mail')}
          </Button>
        </Flex>
        <Field.Hint />
      </Field.Root>
    </Box>
  );
};
