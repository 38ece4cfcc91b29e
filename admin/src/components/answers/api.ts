import { useMutation, useQuery, useQueryClient } from 'react-query';

import { useFetch } from '../../api/fetch';
import type {
  CaseStatus,
  ClaimSuggestions,
  FakeState,
  FindCases,
  FindClaim,
  FindClaims,
  FindFakes,
  MarkFake,
  OpenCase,
  SaveClaim,
  LinkComments,
  SavePlace,
  UnlinkComment,
} from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { useErrorToast } from '../common/useErrorToast';

const base = `/${PLUGIN_ID}`;
const key = (...parts: unknown[]) => [PLUGIN_ID, 'answers', ...parts] as const;

/** Queries and mutations of the Fakes, Cases and Claims pages (answer types from shared/contracts). */
export const useAnswersApi = () => {
  const { get, post, put, del } = useFetch();
  const client = useQueryClient();
  const toast = useErrorToast();
  const refresh = () => client.invalidateQueries([PLUGIN_ID, 'answers']);
  const mutation = <V, R>(fn: (v: V) => Promise<R>) => useMutation(fn, { onSuccess: refresh, onError: toast });

  return {
    useFakes: (state: FakeState | 'attention' | '') =>
      useQuery(key('fakes', state), async () => (await get<FindFakes.Response>(`${base}/fakes${state ? `?state=${state}` : ''}`)).data),
    useCases: (status: CaseStatus | '') =>
      useQuery(key('cases', status), async () => (await get<FindCases.Response>(`${base}/cases${status ? `?status=${status}` : ''}`)).data),
    useClaims: () => useQuery(key('claims'), async () => (await get<FindClaims.Response>(`${base}/claims`)).data),
    useClaim: (id: string | null) =>
      useQuery(key('claim', id), async () => (await get<FindClaim.Response>(`${base}/claims/${encodeURIComponent(id ?? '')}`)).data, {
        enabled: !!id,
      }),
    mark: mutation(async (body: { commentId: string; note?: string }) => (await post<MarkFake.Response>(`${base}/fakes`, body)).data),
    editReply: mutation(async ({ id, reply }: { id: string; reply: string }) =>
      (await put<MarkFake.Response>(`${base}/fakes/${encodeURIComponent(id)}/reply`, { reply })).data
    ),
    postReply: mutation(async ({ id, reply }: { id: string; reply: string }) =>
      (await post<MarkFake.Response>(`${base}/fakes/${encodeURIComponent(id)}/reply`, { reply })).data
    ),
    openCase: mutation(async (body: { commentId: string; cause?: string }) => (await post<OpenCase.Response>(`${base}/cases`, body)).data),
    updateCase: mutation(async ({ id, ...body }: { id: string; status?: CaseStatus; cause?: string; solution?: string }) =>
      (await put<OpenCase.Response>(`${base}/cases/${encodeURIComponent(id)}`, body)).data
    ),
    replyCase: mutation(async ({ id, reply }: { id: string; reply: string }) =>
      (await post<OpenCase.Response>(`${base}/cases/${encodeURIComponent(id)}/reply`, { reply })).data
    ),
    useSuggestions: (id: string, enabled: boolean) =>
      useQuery(key('claim', id, 'suggestions'), async () => (await get<ClaimSuggestions.Response>(`${base}/claims/${encodeURIComponent(id)}/suggestions`)).data, {
        enabled,
      }),
    createClaim: mutation(async (body: SaveClaim.Request) => (await post<SaveClaim.Response>(`${base}/claims`, body)).data),
    updateClaim: mutation(async ({ id, ...body }: { id: string } & SaveClaim.Request) =>
      (await put<SaveClaim.Response>(`${base}/claims/${encodeURIComponent(id)}`, body)).data
    ),
    link: mutation(async ({ id, comments }: { id: string } & LinkComments.Request) =>
      (await post<LinkComments.Response>(`${base}/claims/${encodeURIComponent(id)}/links`, { comments })).data
    ),
    unlink: mutation(async ({ id, commentId, target }: { id: string; commentId: string; target: string }) =>
      (await del<UnlinkComment.Response>(`${base}/claims/${encodeURIComponent(id)}/links/${encodeURIComponent(commentId)}?target=${encodeURIComponent(target)}`)).data
    ),
    addPlace: mutation(async ({ id, ...body }: { id: string } & SavePlace.Request) =>
      (await post<SavePlace.Response>(`${base}/claims/${encodeURIComponent(id)}/places`, body)).data
    ),
    updatePlace: mutation(async ({ id, placeId, ...body }: { id: string; placeId: string } & SavePlace.Request) =>
      (await put<SavePlace.Response>(`${base}/claims/${encodeURIComponent(id)}/places/${encodeURIComponent(placeId)}`, body)).data
    ),
  };
};

/** "3 d 4 h", "5 h", "12 min": an age as moderators read it. */
export const formatAge = (ms: number) => {
  const min = Math.floor(ms / 60_000);
  const h = Math.floor(min / 60);
  const d = Math.floor(h / 24);
  if (d > 0) return `${d} d ${h % 24} h`;
  if (h > 0) return `${h} h`;
  return `${min} min`;
};
