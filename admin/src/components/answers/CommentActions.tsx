import { Box, Button, Field, Flex, IconButton, MenuItem, Modal, SimpleMenu, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { More } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useState, type MouseEvent } from 'react';
import { useMutation, useQueryClient } from 'react-query';

import { useFetch } from '../../api/fetch';
import { LIMITS, type MarkFake, type OpenCase } from '../../../../shared/contracts';
import { PERMISSIONS } from '../../permissions';
import { PLUGIN_ID } from '../../pluginId';
import { useT } from '../../utils/useT';
import { useFieldError } from './useFieldError';

/** A comment as the answering workflows take it: its collection, its id, and its text (shown as text). */
export interface CommentRef {
  targetUid: string;
  commentId: string;
  text: string | null;
  authorName?: string | null;
}

export type CommentAction = 'fake' | 'case';

/** Which of the two actions this admin may take (each behind its own RBAC action, as the pages). */
export const useCommentActionRights = () => {
  const fakes = useRBAC(PERMISSIONS.manageFakes);
  const cases = useRBAC(PERMISSIONS.manageCases);
  return { fake: fakes.allowedActions.canManage === true, case: cases.allowedActions.canManage === true };
};

const LOCALES = [
  ['', 'Guessed from the comment'],
  ['en', 'English'],
  ['ru', 'Русский'],
  ['zh-Hans', '简体中文'],
] as const;

/**
 * The small dialog both places open: the comment prefilled, an optional note (fake: private
 * note and the request's language; case: the cause if known); it calls POST /fakes or /cases.
 */
export const CommentActionDialog = ({ kind, comment, onClose }: { kind: CommentAction; comment: CommentRef; onClose: () => void }) => {
  const t = useT();
  const { post } = useFetch();
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const noteField = kind === 'fake' ? 'note' : 'cause';
  const { onError, errorOf, general } = useFieldError([noteField, 'locale']);
  const [note, setNote] = useState('');
  const [locale, setLocale] = useState('');
  const submit = useMutation(
    async () => {
      const base = { commentId: comment.commentId, target: comment.targetUid };
      const extra = note.trim() ? { [noteField]: note.trim() } : {};
      if (kind === 'fake') {
        const body: MarkFake.Request = { ...base, ...extra, ...(locale ? { locale } : {}) };
        return (await post<MarkFake.Response>(`/${PLUGIN_ID}/fakes`, body)).data;
      }
      const body: OpenCase.Request = { ...base, ...extra };
      return (await post<OpenCase.Response>(`/${PLUGIN_ID}/cases`, body)).data;
    },
    {
      onSuccess: () => {
        client.invalidateQueries([PLUGIN_ID, 'answers']);
        toggleNotification({
          type: 'success',
          message:
            kind === 'fake'
              ? t('answers.action.fake.done', 'Marked as a suspected fake: its author was asked for the details.')
              : t('answers.action.case.done', 'Case opened. It is listed under Cases.'),
        });
        onClose();
      },
      onError,
    }
  );
  const title = kind === 'fake' ? t('answers.action.fake', 'Mark as suspected fake') : t('answers.action.case', 'Open a complaint case');
  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="bc-comment-action">
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Typography variant="sigma" textColor="neutral600">
                {comment.authorName
                  ? t('answers.action.commentBy', 'Comment by {author}', { author: comment.authorName })
                  : t('answers.action.comment', 'Comment')}
              </Typography>
              <Box padding={3} background="neutral100" hasRadius>
                <Typography style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="bc-comment-action-text">
                  {comment.text ?? '—'}
                </Typography>
              </Box>
              <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
                {`${comment.targetUid} · ${comment.commentId}`}
              </Typography>
            </Flex>
            <Typography textColor="neutral700">
              {kind === 'fake'
                ? t('answers.action.fake.explain', 'Its author is asked, by e-mail and in-app, for the order details a real customer has, with a deadline.')
                : t('answers.action.case.explain', 'A case tracks the cause, the solution and its owner; the author is told once when it is resolved.')}
            </Typography>
            <Field.Root name={noteField} error={errorOf(noteField)}>
              <Field.Label>
                {kind === 'fake' ? t('answers.action.note', 'Private note (optional)') : t('answers.action.cause', 'Cause, if known (optional)')}
              </Field.Label>
              <Textarea value={note} maxLength={LIMITS.note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
              <Field.Error />
            </Field.Root>
            {kind === 'fake' && (
              <Field.Root name="locale" error={errorOf('locale')}>
                <Field.Label>{t('answers.action.locale', 'Language of the request')}</Field.Label>
                <SingleSelect value={locale} onChange={(v: string | number) => setLocale(String(v))}>
                  {LOCALES.map(([value, label]) => (
                    <SingleSelectOption key={value || 'auto'} value={value}>
                      {value ? label : t('answers.action.locale.auto', label)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            )}
            {general && (
              <Typography textColor="danger600" role="alert">
                {general}
              </Typography>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('answers.action.cancel', 'Cancel')}
          </Button>
          <Button loading={submit.isLoading} onClick={() => submit.mutate()}>
            {kind === 'fake' ? t('answers.action.fake.submit', 'Ask for details') : t('answers.action.case.submit', 'Open the case')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

/**
 * A "more" menu on a comment (a Deletions row, the Content Manager panel) with the actions this
 * admin may take; nothing without either right. Clicks stay inside (the row behind has its own).
 */
export const CommentActionsMenu = ({ comment, label }: { comment: CommentRef; label: string }) => {
  const t = useT();
  const can = useCommentActionRights();
  const [open, setOpen] = useState<CommentAction | null>(null);
  if (!can.fake && !can.case) return null;
  return (
    <Box onClick={(e: MouseEvent) => e.stopPropagation()} display="inline-block">
      <SimpleMenu label={label} tag={IconButton} icon={<More />} popoverPlacement="bottom-end">
        {can.fake && <MenuItem onSelect={() => setOpen('fake')}>{t('answers.action.fake', 'Mark as suspected fake')}</MenuItem>}
        {can.case && <MenuItem onSelect={() => setOpen('case')}>{t('answers.action.case', 'Open a complaint case')}</MenuItem>}
      </SimpleMenu>
      {open && <CommentActionDialog kind={open} comment={comment} onClose={() => setOpen(null)} />}
    </Box>
  );
};

/** The same two actions as buttons (the Content Manager side panel has room for them). */
export const CommentActionButtons = ({ comment }: { comment: CommentRef }) => {
  const t = useT();
  const can = useCommentActionRights();
  const [open, setOpen] = useState<CommentAction | null>(null);
  if (!can.fake && !can.case) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="bc-cm-answer-actions">
      {can.fake && (
        <Button variant="secondary" size="S" fullWidth onClick={() => setOpen('fake')}>
          {t('answers.action.fake', 'Mark as suspected fake')}
        </Button>
      )}
      {can.case && (
        <Button variant="secondary" size="S" fullWidth onClick={() => setOpen('case')}>
          {t('answers.action.case', 'Open a complaint case')}
        </Button>
      )}
      {open && <CommentActionDialog kind={open} comment={comment} onClose={() => setOpen(null)} />}
    </Flex>
  );
};
