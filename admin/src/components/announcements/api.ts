import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQuery, useQueryClient } from 'react-query';

import { useFetch } from '../../api/fetch';
import type {
  AddEntry,
  AnnouncementStats,
  ConfirmDelivery,
  CreateAnnouncement,
  FindAnnouncement,
  FindAnnouncements,
  FindTemplates,
  GetReaction,
  PublishAnnouncement,
  RetryDelivery,
  TranslateEntry,
} from '../../../../shared/contracts';
import { useApi } from '../../api/client';
import { PLUGIN_ID } from '../../pluginId';
import { useT } from '../../utils/useT';
import { useErrorToast } from '../common/useErrorToast';

/** react-query keys of the announcement pages (all under the plugin's root key). */
export const annKeys = {
  all: [PLUGIN_ID, 'announcements'] as const,
  list: (query: object) => [PLUGIN_ID, 'announcements', 'list', query] as const,
  one: (id: string) => [PLUGIN_ID, 'announcements', 'one', id] as const,
  reaction: (id: string) => [PLUGIN_ID, 'announcements', 'reaction', id] as const,
  templates: (locale?: string) => [PLUGIN_ID, 'announcements', 'templates', locale ?? ''] as const,
};

const enc = encodeURIComponent;

export const useAnnouncements = (query: FindAnnouncements.Query) => {
  const api = useApi();
  return useQuery(annKeys.list(query), () => api.get<FindAnnouncements.Response>('/announcements', query), {
    keepPreviousData: true,
  });
};

/** One announcement; refreshes itself while a post is on its way, so a retry is seen to land. */
export const useAnnouncement = (id: string) => {
  const api = useApi();
  return useQuery(annKeys.one(id), () => api.get<FindAnnouncement.Response>(`/announcements/${enc(id)}`), {
    refetchInterval: (answer) =>
      answer?.data.deliveries.some((d) => d.status === 'queued' || d.status === 'sending') ? 2_000 : false,
  });
};

export const useTemplates = (locale?: string) => {
  const api = useApi();
  return useQuery(annKeys.templates(locale), () =>
    api.get<FindTemplates.Response>('/announcements/templates', locale ? { locale } : undefined)
  );
};

/** Median minutes to the first explanation of incidents over the last 30 days. */
export const useExplainStats = () => {
  const api = useApi();
  return useQuery([...annKeys.all, 'stats'], () => api.get<AnnouncementStats.Response>('/announcements/stats'));
};

export const useReaction = (id: string) => {
  const api = useApi();
  return useQuery(annKeys.reaction(id), () => api.get<GetReaction.Response>(`/announcements/${enc(id)}/reaction`));
};

/** A mutation that toasts its outcome and refreshes the announcement pages. */
const useAnnouncementMutation = <V, R extends { data: { documentId: string } }>(
  call: (vars: V) => Promise<R>,
  done: string
) => {
  const client = useQueryClient();
  const { toggleNotification } = useNotification();
  const showError = useErrorToast();
  return useMutation(call, {
    onSuccess: async () => {
      toggleNotification({ type: 'success', message: done });
      await client.invalidateQueries(annKeys.all);
    },
    onError: showError,
  });
};

export const useCreateAnnouncement = () => {
  const api = useApi();
  const t = useT();
  return useAnnouncementMutation(
    (body: CreateAnnouncement.Request) => api.post<CreateAnnouncement.Response>('/announcements', body),
    t('announcements.created', 'Announcement created as a draft.')
  );
};

export const useAddEntry = (id: string) => {
  const api = useApi();
  const t = useT();
  return useAnnouncementMutation(
    (body: AddEntry.Request) => api.post<AddEntry.Response>(`/announcements/${enc(id)}/entries`, body),
    t('announcements.entry.added', 'Timeline entry added.')
  );
};

export const usePublish = (id: string) => {
  const api = useApi();
  const t = useT();
  return useAnnouncementMutation(
    () => api.post<PublishAnnouncement.Response>(`/announcements/${enc(id)}/publish`),
    t('announcements.published', 'Published.')
  );
};

export const useRetryDelivery = () => {
  const api = useApi();
  const t = useT();
  return useAnnouncementMutation(
    (deliveryId: string) => api.post<RetryDelivery.Response>(`/deliveries/${enc(deliveryId)}/retry`),
    t('announcements.delivery.retried', 'The post is queued again.')
  );
};

/** "Mark as posted": the moderator found the uncertain post on the channel. */
export const useConfirmDelivery = () => {
  const api = useApi();
  const t = useT();
  return useAnnouncementMutation(
    (deliveryId: string) => api.post<ConfirmDelivery.Response>(`/deliveries/${enc(deliveryId)}/confirm`, {}),
    t('announcements.delivery.confirmed', 'Marked as posted.')
  );
};

/** Adds or replaces an entry's text in one locale (posts nothing to the channels). */
export const useTranslateEntry = (id: string) => {
  const { put } = useFetch();
  const t = useT();
  return useAnnouncementMutation(
    async ({ entry, locale, text }: { entry: string; locale: string; text: string }) =>
      (
        await put<TranslateEntry.Response, TranslateEntry.Request>(
          `/${PLUGIN_ID}/announcements/${enc(id)}/entries/${enc(entry)}/translations/${enc(locale)}`,
          { text }
        )
      ).data,
    t('announcements.translation.saved', 'Translation saved.')
  );
};
