import { Button, Dialog, Field, Flex, NumberInput, Textarea, Typography } from '@strapi/design-system';
import { Information, WarningCircle } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useState } from 'react';

import { LIMITS } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useAuthorActions } from './useAuthorActions';

interface Props {
  authorKey: string;
  authorName: string | null;
  onClose: () => void;
}

/** Ban with a reason (kept in the log) and an optional length in days (empty or 0: until unbanned). */
export const BanDialog = ({ authorKey, authorName, onClose }: Props) => {
  const t = useT();
  const { ban } = useAuthorActions();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState<number | undefined>(undefined);
  const badDays = days !== undefined && (!Number.isInteger(days) || days < 0 || days > LIMITS.banDays);
  const badReason = reason.length > LIMITS.banReason;

  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <ConfirmDialog
        title={t('authors.banDialog.title', 'Ban {author}?', { author: authorName ?? authorKey })}
        icon={<WarningCircle width="2.4rem" height="2.4rem" fill="danger600" aria-hidden />}
        variant="danger"
        endAction={
          // Not a Dialog.Action: the dialog stays open (with what was typed) if the ban fails.
          <Button
            fullWidth
            variant="danger"
            disabled={badDays || badReason}
            loading={ban.isLoading}
            onClick={() =>
              ban.mutate({ key: authorKey, reason: reason.trim() || undefined, days: days || undefined }, { onSuccess: onClose })
            }
          >
            {t('authors.banDialog.confirm', 'Ban')}
          </Button>
        }
      >
        <Flex direction="column" alignItems="stretch" gap={4} width="100%">
          <Typography textAlign="center">
            {t('authors.banDialog.body', 'Their next comments will be refused until they are unbanned or the ban runs out.')}
          </Typography>
          <Field.Root
            name="reason"
            hint={t('authors.banDialog.reasonHint', 'Kept in the log for other moderators.')}
            error={badReason ? t('authors.banDialog.reasonTooLong', 'At most {max} characters.', { max: LIMITS.banReason }) : undefined}
          >
            <Field.Label>{t('authors.banDialog.reason', 'Reason')}</Field.Label>
            <Textarea value={reason} onChange={(e: { target: { value: string } }) => setReason(e.target.value)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Field.Root
            name="days"
            hint={t('authors.banDialog.daysHint', 'Empty or 0: until unbanned.')}
            error={badDays ? t('authors.banDialog.daysInvalid', 'A whole number from 0 to {max}.', { max: LIMITS.banDays }) : undefined}
          >
            <Field.Label>{t('authors.banDialog.days', 'Length in days (optional)')}</Field.Label>
            <NumberInput value={days} onValueChange={(v: number | undefined) => setDays(v)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Flex>
      </ConfirmDialog>
    </Dialog.Root>
  );
};

export const UnbanDialog = ({ authorKey, authorName, onClose }: Props) => {
  const t = useT();
  const { unban } = useAuthorActions();
  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <ConfirmDialog
        title={t('authors.unbanDialog.title', 'Unban {author}?', { author: authorName ?? authorKey })}
        icon={<Information width="2.4rem" height="2.4rem" fill="primary600" aria-hidden />}
        variant="default"
        endAction={
          <Button fullWidth variant="default" loading={unban.isLoading} onClick={() => unban.mutate(authorKey, { onSuccess: onClose })}>
            {t('authors.unbanDialog.confirm', 'Unban')}
          </Button>
        }
      >
        {t('authors.unbanDialog.body', 'They will be able to comment again. Their warnings are kept.')}
      </ConfirmDialog>
    </Dialog.Root>
  );
};
