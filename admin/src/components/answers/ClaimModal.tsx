import { Badge, Box, Button, Flex, Modal, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { DIALOGUE_STATES, REFUTATION_STATES, type ClaimPlace, type DialogueState, type RefutationState } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ErrorState, LoadingState } from '../common/States';
import { useAnswersApi } from './api';
import { ClaimFormDialog } from './ClaimForm';
import { ClaimLinks } from './ClaimLinks';
import { DIALOGUE_LABELS, PlaceFormDialog, REFUTATION_LABELS } from './PlaceForm';

/** A claim's map of places: each place's reach, refutation and dialogue, moved on from here. */
export const ClaimModal = ({ id, canManage, onClose }: { id: string; canManage: boolean; onClose: () => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const claim = api.useClaim(id);
  const [editing, setEditing] = useState(false);
  const [place, setPlace] = useState<ClaimPlace | 'new' | null>(null);
  const c = claim.data?.data;
  const move = (p: ClaimPlace, body: { refutation?: RefutationState; dialogue?: DialogueState }) =>
    api.updatePlace.mutate({ id, placeId: p.documentId, ...body });
  return (
    <Modal.Root open onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content style={{ width: 'min(110rem, 95vw)' }}>
        <Modal.Header>
          <Modal.Title>{t('claims.modal.title', 'Claim and its places')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {claim.isLoading && <LoadingState />}
          {claim.isError && <ErrorState error={claim.error} onRetry={() => claim.refetch()} />}
          {c && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
                <Typography variant="delta" style={{ overflowWrap: 'anywhere' }}>{c.statement}</Typography>
                {canManage && (
                  <Button variant="secondary" size="S" onClick={() => setEditing(true)}>
                    {t('claims.form.edit', 'Edit the claim')}
                  </Button>
                )}
              </Flex>
              <Box>
                <Typography variant="sigma" textColor="neutral600">{t('claims.form.evidence', 'Evidence that refutes it')}</Typography>
                <Typography tag="p" textColor={c.evidence ? 'neutral800' : 'neutral500'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="bc-claim-evidence">
                  {c.evidence ?? t('claims.form.noEvidence', 'No evidence recorded yet.')}
                </Typography>
              </Box>
              <Typography data-testid="bc-claim-progress">
                {t('claims.modal.progress', '{posted} of {places} places refuted · reach {reach} · {linked} linked comments', {
                  posted: c.progress.refutation.posted,
                  places: c.progress.places,
                  reach: c.progress.reach,
                  linked: c.linkedComments,
                })}
              </Typography>
              <Table colCount={4} rowCount={c.places.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{t('claims.place.url', 'Place')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('claims.place.reach', 'Reach')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('claims.place.refutation', 'Refutation')}</Typography></Th>
                    <Th><Typography variant="sigma">{t('claims.place.dialogue', 'Dialogue')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {c.places.map((p) => (
                    <Tr key={p.documentId} data-testid="bc-claim-place">
                      <Td style={{ maxWidth: '26rem' }}>
                        <Flex gap={2} justifyContent="space-between">
                          <Flex direction="column" alignItems="flex-start" style={{ minWidth: 0 }}>
                            <Typography ellipsis style={{ maxWidth: '20rem' }}>{p.platform ? `${p.platform} · ${p.url}` : p.url}</Typography>
                            <Typography variant="pi" textColor="neutral600" ellipsis style={{ maxWidth: '20rem' }} title={p.refutationText ?? undefined}>
                              {(p.format === 'video' ? p.videoUrl : p.format === 'opinion-leader' ? p.leader : p.refutationText) ?? ''}
                            </Typography>
                          </Flex>
                          {canManage && (
                            <Button variant="tertiary" size="S" onClick={() => setPlace(p)}>
                              {t('claims.place.edit', 'Edit')}
                            </Button>
                          )}
                        </Flex>
                      </Td>
                      <Td><Typography>{p.reach ?? '—'}</Typography></Td>
                      <Td>
                        {canManage ? (
                          <SingleSelect size="S" aria-label={t('claims.place.refutation', 'Refutation')} value={p.refutation} onChange={(v: string | number) => move(p, { refutation: String(v) as RefutationState })}>
                            {REFUTATION_STATES.map((s) => (
                              <SingleSelectOption key={s} value={s}>{t(`claims.refutation.${s}`, REFUTATION_LABELS[s])}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                        ) : (
                          <Badge>{t(`claims.refutation.${p.refutation}`, REFUTATION_LABELS[p.refutation])}</Badge>
                        )}
                      </Td>
                      <Td>
                        {canManage ? (
                          <SingleSelect size="S" aria-label={t('claims.place.dialogue', 'Dialogue')} value={p.dialogue} onChange={(v: string | number) => move(p, { dialogue: String(v) as DialogueState })}>
                            {DIALOGUE_STATES.map((s) => (
                              <SingleSelectOption key={s} value={s}>{t(`claims.dialogue.${s}`, DIALOGUE_LABELS[s])}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                        ) : (
                          <Badge>{t(`claims.dialogue.${p.dialogue}`, DIALOGUE_LABELS[p.dialogue])}</Badge>
                        )}
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              {canManage && (
                <Box>
                  <Button variant="secondary" onClick={() => setPlace('new')}>
                    {t('claims.place.addButton', 'Add a place')}
                  </Button>
                </Box>
              )}
              <ClaimLinks claim={c} canManage={canManage} />
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('common.close', 'Close')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
      {editing && c && <ClaimFormDialog claim={c} onClose={() => setEditing(false)} />}
      {place && <PlaceFormDialog claimId={id} place={place === 'new' ? undefined : place} onClose={() => setPlace(null)} />}
    </Modal.Root>
  );
};
