import { Button, Dialog, Field, Flex, NumberInput, Textarea, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { type ChangeEvent, useState } from 'react';

import { LIMITS, type Ban } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { excerpt } from './availability';
import { LearnChoice, type LearnChoiceValue } from './LearnChoice';

interface RestoreProps {
  /** What is about to be restored: one entry's text, or a count for a bulk restore. */
  target: { text: string | null; count: number; id?: string } | null;
  /** `learn`: what the filter should not flag again (single restores only). */
  onConfirm: (learn?: LearnChoiceValue) => void;
  onClose: () => void;
}

/** Asks before a restore: the comment goes back online exactly as submitted. */
export const RestoreDialog = ({ target, onConfirm, onClose }: RestoreProps) => {
  const t = useT();
  const [learn, setLearn] = useState<LearnChoiceValue>(null);
  const close = () => {
    setLearn(null);
    onClose();
  };
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open: boolean) => !open && close()}>
      {target && (
        <ConfirmDialog
          title={t('deletions.restore.title', 'Restore?')}
          onConfirm={() => {
            onConfirm(learn);
            setLearn(null);
          }}
          variant="default"
          icon={<ArrowClockwise width="24px" height="24px" fill="primary600" />}
        >
          <Flex direction="column" gap={2}>
            <Typography tag="p" textAlign="center">
              {target.count > 1
                ? t('deletions.restore.many', '{count} comments will be published again exactly as they were submitted.', {
                    count: target.count,
                  })
                : t('deletions.restore.one', 'The comment will be published again exactly as it was submitted.')}
            </Typography>
            {target.count === 1 && target.text && (
              <Typography tag="p" textColor="neutral600" textAlign="center">
                {`“${excerpt(target.text, 160)}”`}
              </Typography>
            )}
            {target.count === 1 && target.id && <LearnChoice entryId={target.id} value={learn} onChange={setLearn} />}
          </Flex>
        </ConfirmDialog>
      )}
    </Dialog.Root>
  );
};

interface BanProps {
  author: { key: string; name: string | null } | null;
  onBan: (body: Ban.Request) => void;
  onClose: () => void;
}

/** Ban with a reason and an optional length (0 or empty: until unbanned). */
export const BanDialog = ({ author, onBan, onClose }: BanProps) => {
  const t = useT();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState<number | undefined>(undefined);
  const close = () => {
    setReason('');
    setDays(undefined);
    onClose();
  };
  return (
    <Dialog.Root open={author !== null} onOpenChange={(open: boolean) => !open && close()}>
      {author && (
        <Dialog.Content>
          <Dialog.Header>{t('deletions.ban.title', 'Ban {author}', { author: author.name ?? author.key })}</Dialog.Header>
          <Dialog.Body>
            <Flex direction="column" alignItems="stretch" gap={4} width="100%">
              <Field.Root name="reason" hint={t('deletions.ban.reasonHint', 'Kept in the log and shown to other moderators.')}>
                <Field.Label>{t('deletions.ban.reason', 'Reason')}</Field.Label>
                <Textarea
                  value={reason}
                  maxLength={LIMITS.banReason}
                  onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)}
                />
                <Field.Hint />
              </Field.Root>
              <Field.Root name="days" hint={t('deletions.ban.daysHint', 'Empty or 0: until unbanned.')}>
                <Field.Label>{t('deletions.ban.days', 'Length in days')}</Field.Label>
                <NumberInput
                  value={days}
                  onValueChange={(v: number | undefined) => setDays(v === undefined ? undefined : Math.max(0, Math.min(LIMITS.banDays, Math.round(v))))}
                />
                <Field.Hint />
              </Field.Root>
            </Flex>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary">
                {t('deletions.cancel', 'Cancel')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button
                fullWidth
                variant="danger-light"
                onClick={() => {
                  onBan({ reason: reason.trim() || undefined, days: days || undefined });
                  close();
                }}
              >
                {t('deletions.ban.submit', 'Ban the author')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      )}
    </Dialog.Root>
  );
};
