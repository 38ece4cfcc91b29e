import { Box, Button, Field, Flex, Grid, Textarea, TextInput } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';

import { LIMITS, type Check } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

interface Props {
  onSubmit: (request: Check.Request) => void;
  loading: boolean;
}

/** The comment to test, and optionally who wrote it and where (for the repeated-comment check). */
export const CheckForm = ({ onSubmit, loading }: Props) => {
  const t = useT();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const [thread, setThread] = useState('');
  const tooLong = text.length > LIMITS.checkText;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || tooLong) return;
    onSubmit({ text, author: author.trim() || undefined, thread: thread.trim() || undefined });
  };

  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Field.Root
          name="text"
          required
          error={tooLong ? t('check.text.tooLong', 'At most {max} characters.', { max: LIMITS.checkText }) : undefined}
          hint={t('check.text.hint', 'Paste the comment exactly as it was written.')}
        >
          <Field.Label>{t('check.text.label', 'Comment')}</Field.Label>
          <Textarea value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root
              name="author"
              hint={t('check.author.hint', "The author's e-mail: also compares with their recent comments.")}
            >
              <Field.Label>{t('check.author.label', 'Author (optional)')}</Field.Label>
              <TextInput value={author} onChange={(e: { target: { value: string } }) => setAuthor(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="thread" hint={t('check.thread.hint', 'The article or post the comment is under.')}>
              <Field.Label>{t('check.thread.label', 'Thread (optional)')}</Field.Label>
              <TextInput value={thread} onChange={(e: { target: { value: string } }) => setThread(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex justifyContent="flex-end">
          <Button type="submit" loading={loading} disabled={!text.trim() || tooLong}>
            {t('check.submit', 'Test')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
