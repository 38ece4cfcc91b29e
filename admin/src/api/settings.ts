import { useMemo } from 'react';

import { useFetch } from './fetch';
import type {
  DeleteException,
  GetContentTypes,
  GetExceptions,
  GetLearnOptions,
  GetSettings,
  UpdateSettings,
} from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';

/** The settings page's calls (typed by the shared contracts). */
export const useSettingsApi = () => {
  const { get, put, del } = useFetch();
  return useMemo(
    () => ({
      settings: async () => (await get<GetSettings.Response>(`/${PLUGIN_ID}/settings`)).data,
      save: async (body: UpdateSettings.Request) =>
        (await put<UpdateSettings.Response, UpdateSettings.Request>(`/${PLUGIN_ID}/settings`, body)).data,
      contentTypes: async () => (await get<GetContentTypes.Response>(`/${PLUGIN_ID}/settings/content-types`)).data,
      exceptions: async () => (await get<GetExceptions.Response>(`/${PLUGIN_ID}/exceptions`)).data,
      removeException: async (id: string) =>
        (await del<DeleteException.Response>(`/${PLUGIN_ID}/exceptions/${encodeURIComponent(id)}`)).data,
      learnOptions: async (logId: string) =>
        (await get<GetLearnOptions.Response>(`/${PLUGIN_ID}/logs/${encodeURIComponent(logId)}/learn-options`)).data,
    }),
    [get, put, del]
  );
};

export const settingsKeys = {
  settings: () => [PLUGIN_ID, 'settings'] as const,
  contentTypes: () => [PLUGIN_ID, 'settings', 'content-types'] as const,
  exceptions: () => [PLUGIN_ID, 'exceptions'] as const,
  learnOptions: (logId: string) => [PLUGIN_ID, 'learn-options', logId] as const,
};
