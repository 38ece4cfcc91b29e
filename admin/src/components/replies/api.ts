import { useEffect, useState } from 'react';
import { useQuery } from 'react-query';

import { REPLY_LIMITS, type Replies } from '../../../../shared/contracts/replies';
import { useApi } from '../../api/client';
import { PLUGIN_ID } from '../../pluginId';

export const replyKeys = {
  templates: (locale: string) => [PLUGIN_ID, 'reply-templates', locale] as const,
  tone: (text: string, lang: string) => [PLUGIN_ID, 'tone', lang, text] as const,
};

/** The reply templates in a locale. */
export const useReplyTemplates = (locale: string, enabled = true) => {
  const api = useApi();
  return useQuery(
    replyKeys.templates(locale),
    () => api.get<Replies.ListTemplates.Response>('/reply-templates', { locale }),
    { enabled, staleTime: 60_000 }
  );
};

/** `value`, once it has stopped changing for `ms`. */
export const useDebounced = <T>(value: T, ms: number): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
};

/**
 * The live tone check of a reply being written: asked again once typing pauses (debounced), never
 * for blank text or text over the API's limit. `checkedText` is the text the flags belong to.
 */
export const useToneCheck = (text: string, lang: string, delayMs = 400) => {
  const api = useApi();
  const settled = useDebounced(text, delayMs);
  const enabled = settled.trim().length > 0 && settled.length <= REPLY_LIMITS.toneText;
  const query = useQuery(
    replyKeys.tone(settled, lang),
    () => api.post<Replies.CheckTone.Response, Replies.CheckTone.Request>('/tone', { text: settled, lang }),
    { enabled, keepPreviousData: true, staleTime: Infinity }
  );
  return { ...query, checkedText: settled, pending: text !== settled, enabled };
};
