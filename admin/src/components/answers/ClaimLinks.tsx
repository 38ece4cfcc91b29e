import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { ClaimDetail } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { ErrorState, LoadingState } from '../common/States';
import { useAnswersApi } from './api';
import { useFieldError } from './useFieldError';

const Text = ({ children }: { children: string | null }) => (
  <Typography ellipsis title={children ?? undefined} style={{ maxWidth: '40rem', display: 'block' }}>
    {children ?? '—'}
  </Typography>
);

/**
 * The site's comments repeating a claim: those linked (Unlink), those the near-duplicate
 * fingerprints suggest (Link), and a comment linked by its id. Comment text stays text.
 */
export const ClaimLinks = ({ claim, canManage }: { claim: ClaimDetail; canManage: boolean }) => {
  const t = useT();
  const api = useAnswersApi();
  const id = claim.documentId;
  const suggestions = api.useSuggestions(id, true);
  const [commentId, setCommentId] = useState('');
  const { onError, errorOf, general, setError } = useFieldError(['commentId', 'comments', 'target']);
  const linkById = () => {
    setError(null);
    api.link.mutate({ id, comments: [{ commentId: commentId.trim() }] }, { onSuccess: () => setCommentId(''), onError });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="stretch" gap={2} data-testid="bc-claim-links">
        <Typography variant="delta" tag="h3">
          {t('claims.links.title', 'Linked comments ({count})', { count: claim.linkedComments })}
        </Typography>
        {claim.links.length === 0 ? (
          <Typography textColor="neutral600">{t('claims.links.none', 'No comment is linked to this claim yet.')}</Typography>
        ) : (
          <Table colCount={3} rowCount={claim.links.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('claims.links.comment', 'Comment')}</Typography></Th>
                <Th><Typography variant="sigma">{t('claims.links.id', 'Id')}</Typography></Th>
                <Th><Typography variant="sigma">{t('claims.links.actions', 'Actions')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {claim.links.map((l) => (
                <Tr key={`${l.targetUid}:${l.commentId}`} data-testid="bc-claim-link">
                  <Td><Text>{l.excerpt}</Text></Td>
                  <Td><Typography variant="pi">{l.commentId}</Typography></Td>
                  <Td>
                    {canManage && (
                      <Button
                        variant="danger-light"
                        size="S"
                        loading={api.unlink.isLoading && api.unlink.variables?.commentId === l.commentId}
                        onClick={() => api.unlink.mutate({ id, commentId: l.commentId, target: l.targetUid })}
                      >
                        {t('claims.links.unlink', 'Unlink')}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>

      <Flex direction="column" alignItems="stretch" gap={2} data-testid="bc-claim-suggestions">
        <Typography variant="delta" tag="h3">
          {t('claims.suggest.title', 'Comments that look like this claim')}
        </Typography>
        {suggestions.isLoading && <LoadingState />}
        {suggestions.isError && <ErrorState error={suggestions.error} onRetry={() => suggestions.refetch()} />}
        {suggestions.data && (
          <Typography textColor="neutral600" data-testid="bc-claim-suggest-count">
            {t('claims.suggest.count', '{count, plural, =0 {No comment looks like it} one {# comment looks like it} other {# comments look like it}} (of the newest {scanned} compared).', {
              count: suggestions.data.meta.count,
              scanned: suggestions.data.meta.scanned,
            })}
          </Typography>
        )}
        {suggestions.data && suggestions.data.data.length > 0 && (
          <Table colCount={3} rowCount={suggestions.data.data.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('claims.links.comment', 'Comment')}</Typography></Th>
                <Th><Typography variant="sigma">{t('claims.suggest.similarity', 'Likeness')}</Typography></Th>
                <Th><Typography variant="sigma">{t('claims.links.actions', 'Actions')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {suggestions.data.data.map((s) => (
                <Tr key={`${s.targetUid}:${s.commentId}`} data-testid="bc-claim-suggestion">
                  <Td><Text>{s.excerpt}</Text></Td>
                  <Td><Typography>{`${Math.round(s.similarity * 100)} %`}</Typography></Td>
                  <Td>
                    {canManage && (
                      <Button
                        variant="secondary"
                        size="S"
                        onClick={() => api.link.mutate({ id, comments: [{ commentId: s.commentId, target: s.targetUid }] })}
                      >
                        {t('claims.suggest.link', 'Link')}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>

      {canManage && (
        <Box>
          <Flex gap={2} alignItems="flex-start">
            <Field.Root name="commentId" error={errorOf('commentId') ?? errorOf('comments') ?? general ?? undefined} style={{ flex: 1 }}>
              <Field.Label>{t('claims.links.byId', 'Link a comment by its id')}</Field.Label>
              <TextInput value={commentId} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCommentId(e.target.value)} />
              <Field.Error />
            </Field.Root>
            <Box paddingTop={6}>
              <Button variant="secondary" disabled={!commentId.trim()} loading={api.link.isLoading} onClick={linkById}>
                {t('claims.links.link', 'Link the comment')}
              </Button>
            </Box>
          </Flex>
        </Box>
      )}
    </Flex>
  );
};
