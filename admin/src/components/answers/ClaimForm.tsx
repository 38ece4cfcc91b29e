import { Button, Field, Flex, Modal, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { LIMITS, type ClaimDetail, type SaveClaim } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { useAnswersApi } from './api';
import { useFieldError } from './useFieldError';

const FIELDS = ['statement', 'evidence', 'firstSeenAt'] as const;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/**
 * Records a claim or edits one: the false statement, the evidence that refutes it, when it was
 * first seen. A refused field shows the API's sentence under it (as the Settings page does).
 */
export const ClaimFormDialog = ({ claim, onClose, onSaved }: { claim?: ClaimDetail; onClose: () => void; onSaved?: (saved: ClaimDetail) => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const { onError, errorOf, general, setError } = useFieldError(FIELDS);
  const [statement, setStatement] = useState(claim?.statement ?? '');
  const [evidence, setEvidence] = useState(claim?.evidence ?? '');
  const [firstSeen, setFirstSeen] = useState(day(claim?.firstSeenAt));
  const saving = api.createClaim.isLoading || api.updateClaim.isLoading;

  const save = () => {
    setError(null);
    const done = { onSuccess: (r: SaveClaim.Response) => (onSaved?.(r.data), onClose()), onError };
    if (claim) {
      api.updateClaim.mutate(
        { id: claim.documentId, statement, evidence: evidence.trim() ? evidence : null, firstSeenAt: firstSeen || null },
        done
      );
    } else {
      api.createClaim.mutate({ statement, ...(evidence.trim() ? { evidence } : {}), ...(firstSeen ? { firstSeenAt: firstSeen } : {}) }, done);
    }
  };

  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{claim ? t('claims.form.editTitle', 'Edit the claim') : t('claims.form.newTitle', 'New claim')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="bc-claim-form">
            <Field.Root name="statement" required error={errorOf('statement')} hint={t('claims.form.statementHint', 'The false statement, as it is spread.')}>
              <Field.Label>{t('claims.new.label', 'False statement')}</Field.Label>
              <Textarea value={statement} maxLength={LIMITS.statement} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setStatement(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Field.Root name="evidence" error={errorOf('evidence')} hint={t('claims.form.evidenceHint', 'What refutes it: a lab report, a certificate, the facts with their source.')}>
              <Field.Label>{t('claims.form.evidence', 'Evidence that refutes it')}</Field.Label>
              <Textarea value={evidence} maxLength={LIMITS.note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setEvidence(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Field.Root name="firstSeenAt" error={errorOf('firstSeenAt')}>
              <Field.Label>{t('claims.form.firstSeen', 'First seen')}</Field.Label>
              <TextInput type="date" value={firstSeen} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFirstSeen(e.target.value)} />
              <Field.Error />
            </Field.Root>
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
          <Button loading={saving} onClick={save}>
            {claim ? t('claims.form.save', 'Save the claim') : t('claims.new.button', 'Record the claim')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
