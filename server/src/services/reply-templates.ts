import type { Core } from '@strapi/strapi';

import {
  fillTemplate,
  REPLY_TEMPLATE_KEYS,
  REPLY_TONE_LANGS,
  type Replies,
  type ReplyToneLang,
} from '../../../shared/contracts/replies';
import { starterLanguage } from '../defaults/rules';
import { STARTER_TEMPLATES } from '../defaults/reply-templates';
import { checkTone } from '../moderation/tone/check';
import { getService, uid } from '../utils/plugin';

const UID = uid('reply-template');

type Row = { documentId: string; key: string; locale: string; title: string; body: string; updatedAt?: unknown };

/** The placeholders a body uses, in order of first use (see fillTemplate). */
const placeholdersOf = (body: string) => fillTemplate(body, {}).missing;

const toTemplate = (row: Row): Replies.Template => ({
  documentId: row.documentId,
  key: row.key,
  locale: row.locale,
  title: row.title ?? '',
  body: row.body ?? '',
  placeholders: placeholdersOf(row.body ?? ''),
  updatedAt: row.updatedAt ? new Date(row.updatedAt as string).toISOString() : null,
});

/** The tone check's language for a locale or language code (ru-RU → ru, zh-Hans → zh), or null. */
export const toneLang = (locale: string): ReplyToneLang | null => {
  const l = locale.toLowerCase();
  const base = l.split(/[-_]/)[0];
  return (REPLY_TONE_LANGS as readonly string[]).includes(base) ? (base as ReplyToneLang) : null;
};

/** Reply templates (localized content) and the tone check of replies, for the console and the workflows. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UID as any);
  const i18n = () => strapi.plugin('i18n')?.service('locales');
  const defaultLocale = async (): Promise<string> => (await i18n()?.getDefaultLocale?.()) ?? 'en';

  const self = {
    /** Advice on a reply: flagged spans with their kind and explanation. Nothing is stored. */
    checkTone(text: string, lang?: ReplyToneLang): { flags: Replies.ToneFlag[] } {
      return checkTone(text, { lang });
    },

    /** The templates in `locale` (default: the site's default locale), by key. */
    async list(locale?: string): Promise<Replies.Template[]> {
      const rows = (await documents().findMany({
        locale: locale ?? (await defaultLocale()),
        sort: [{ key: 'asc' }],
        limit: 500,
      } as any)) as unknown as Row[];
      return rows.map(toTemplate);
    },

    /** One template: in `locale`, else in the default locale, else in any locale; null when none. */
    async find(key: string, locale?: string | null): Promise<Replies.Template | null> {
      const first = async (loc: string) =>
        (await documents().findFirst({ filters: { key }, locale: loc } as any)) as unknown as Row | null;
      const fallback = await defaultLocale();
      const row =
        (locale ? await first(locale) : null) ??
        (await first(fallback)) ??
        ((await documents().findFirst({ filters: { key }, locale: '*' } as any)) as unknown as Row | null);
      return row ? toTemplate(row) : null;
    },

    /**
     * A template with its placeholders filled from `values`. Plain text: escaping for HTML or
     * e-mail is the caller's job. `missing` lists the placeholders left unfilled (still visible).
     */
    async render(key: string, locale: string | null, values: Record<string, string | number | null | undefined>) {
      const template = await self.find(key, locale);
      if (!template) return null;
      const body = fillTemplate(template.body, values);
      const title = fillTemplate(template.title, values);
      return {
        locale: template.locale,
        title: title.text,
        body: body.text,
        missing: [...new Set([...title.missing, ...body.missing])],
      };
    },

    /**
     * On a site with no reply template at all, creates the starter set in every site locale we
     * have text for (the default locale always; English text when we have none for it). Safe
     * when several nodes boot at once. `addLocales` (for a site that adds ru / zh-Hans after its
     * first boot, like the playground) also adds the starter text in those locales to templates
     * that lack them. Returns how many localized templates were written.
     */
    async ensureStarterTemplates({ addLocales = false } = {}): Promise<number> {
      return getService(strapi, 'locks').withLock('setup:reply-templates', async () => {
        const existing = (await documents().count({ locale: '*' } as any)) as number;
        if (existing > 0 && !addLocales) return 0;
        const main = await defaultLocale();
        const siteLocales: string[] = ((await i18n()?.find?.()) ?? []).map((l: { code: string }) => l.code);
        const others = siteLocales.filter((l) => l !== main && starterLanguage(l));
        let written = 0;
        for (const key of REPLY_TEMPLATE_KEYS) {
          const texts = STARTER_TEMPLATES[key];
          const found = (await documents().findFirst({ filters: { key }, locale: main } as any)) as unknown as Row | null;
          // An editor may have deleted a starter template on purpose: only a site with none gets them all.
          if (!found && existing > 0) continue;
          const documentId =
            found?.documentId ??
            (await documents().create({ locale: main, data: { key, ...texts[starterLanguage(main) ?? 'en'] } } as any))
              .documentId;
          if (!found) written += 1;
          for (const locale of others) {
            if (found && (await documents().findOne({ documentId, locale } as any))) continue;
            await documents().update({ documentId, locale, data: { key, ...texts[starterLanguage(locale)!] } } as any);
            written += 1;
          }
        }
        if (written > 0) {
          strapi.log.info(
            `[brand-community] Wrote ${written} starter reply templates in ${[main, ...others].join(', ')}. Edit them in Content Manager → Reply template.`
          );
        }
        return written;
      });
    },
  };
  return self;
};
