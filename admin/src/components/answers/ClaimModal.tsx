import { Badge, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { DIALOGUE_STATES, REFUTATION_STATES, type ClaimPlace, type DialogueState, type RefutationState } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ErrorState, LoadingState } from '../common/States';
import { useAnswersApi } from './api';

/** A claim's map of places: each place's reach, refutation and dialogue, moved on from here. */
export const ClaimModal = ({ id, canManage, onClose }: { id: string; canManage: boolean; onClose: () => void }) => {
  const t = useT();
  const api = useAnswersApi();
  const claim = api.useClaim(id);
  const [url, setUrl] = useState('');
  const [platform, setPlatform] = useState('');
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
              <Typography variant="delta" style={{ overflowWrap: 'anywhere' }}>{c.statement}</Typography>
              {c.evidence && <Typography textColor="neutral600">{c.evidence}</Typography>}
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
                      <Td style={{ maxWidth: '30rem' }}>
                        <Typography ellipsis>{p.platform ? `${p.platform} · ${p.url}` : p.url}</Typography>
                      </Td>
                      <Td><Typography>{p.reach ?? '—'}</Typography></Td>
                      <Td>
                        {canManage ? (
                          <SingleSelect size="S" aria-label={t('claims.place.refutation', 'Refutation')} value={p.refutation} onChange={(v: string | number) => move(p, { refutation: String(v) as RefutationState })}>
                            {REFUTATION_STATES.map((s) => (
                              <SingleSelectOption key={s} value={s}>{t(`claims.refutation.${s}`, s)}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                        ) : (
                          <Badge>{t(`claims.refutation.${p.refutation}`, p.refutation)}</Badge>
                        )}
                      </Td>
                      <Td>
                        {canManage ? (
                          <SingleSelect size="S" aria-label={t('claims.place.dialogue', 'Dialogue')} value={p.dialogue} onChange={(v: string | number) => move(p, { dialogue: String(v) as DialogueState })}>
                            {DIALOGUE_STATES.map((s) => (
                              <SingleSelectOption key={s} value={s}>{t(`claims.dialogue.${s}`, s)}</SingleSelectOption>
                            ))}
                          </SingleSelect>
                        ) : (
                          <Badge>{t(`claims.dialogue.${p.dialogue}`, p.dialogue)}</Badge>
                        )}
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              {canManage && (
                <Flex gap={2} alignItems="flex-end">
                  <Field.Root name="url" style={{ flex: 2 }}>
                    <Field.Label>{t('claims.place.newUrl', 'Address of a place spreading it')}</Field.Label>
                    <TextInput value={url} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUrl(e.target.value)} />
                  </Field.Root>
                  <Field.Root name="platform" style={{ flex: 1 }}>
                    <Field.Label>{t('claims.place.platform', 'Platform')}</Field.Label>
                    <TextInput value={platform} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPlatform(e.target.value)} />
                  </Field.Root>
                  <Button
                    disabled={!url.trim()}
                    onClick={() =>
                      api.addPlace.mutate(
                        { id, url: url.trim(), ...(platform.trim() ? { platform: platform.trim() } : {}) },
                        { onSuccess: () => (setUrl(''), setPlatform('')) }
                      )
                    }
                  >
                    {t('claims.place.add', 'Add the place')}
                  </Button>
                </Flex>
              )}
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {t('common.close', 'Close')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
