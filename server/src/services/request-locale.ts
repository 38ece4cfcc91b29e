import type { Core } from '@strapi/strapi';

import { getService } from '../utils/plugin';

/** The author's language from the request (Accept-Language), matched to the site's locales. */
export const requestLocale = async (strapi: Core.Strapi): Promise<string | null> => {
  const ctx = strapi.requestContext.get() as any;
  const header: string | undefined = ctx?.request?.headers?.['accept-language'];
  if (!header) return null;
  const available: string[] = await getService(strapi, 'rules').locales();
  const wanted = header
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase())
    .filter(Boolean);
  for (const w of wanted) {
    const exact = available.find((l) => l.toLowerCase() === w);
    if (exact) return exact;
    const base = available.find((l) => l.toLowerCase().split('-')[0] === w.split('-')[0]);
    if (base) return base;
  }
  return null;
};
