import type { Core } from '@strapi/strapi';

import { fill } from '../utils/answer-messages';

const TEMPLATE_UID = 'plugin::brand-community.reply-template';

/**
 * The site's editable reply templates (content type `reply-template`, keyed like
 * `fake-unverified-public`, `case-resolved`), when the plugin has them: the text for a key in the
 * wanted locale (else the default locale), with `{placeholders}` filled. Null when there is none,
 * and the workflow uses its built-in text.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async render(key: string, locale: string | null, vars: Record<string, string | number | null>): Promise<string | null> {
    if (!strapi.contentTypes[TEMPLATE_UID as keyof typeof strapi.contentTypes]) return null;
    try {
      const find = (loc?: string) =>
        strapi.documents(TEMPLATE_UID as any).findFirst({ filters: { key }, ...(loc ? { locale: loc } : {}) } as any);
      const row = ((locale ? await find(locale) : null) ?? (await find())) as Record<string, unknown> | null;
      const body = row?.body;
      return typeof body === 'string' && body.trim() ? fill(body, vars) : null;
    } catch (error) {
      strapi.log.warn(`[brand-community] reply template ${key} could not be read: ${(error as Error).message}`);
      return null;
    }
  },
});
