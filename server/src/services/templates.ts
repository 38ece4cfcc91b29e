import type { Core } from '@strapi/strapi';

import type { AnnouncementKind, AnnouncementTemplate } from '../../../shared/contracts';
import { STARTER_TEMPLATES, templateLanguage } from '../defaults/announcement-templates';
import { getService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

export const toTemplate = (r: Row): AnnouncementTemplate => ({
  documentId: r.documentId,
  key: r.key,
  kind: r.kind as AnnouncementKind,
  name: r.name ?? '',
  title: r.title ?? '',
  whatHappened: r.whatHappened ?? '',
  whoIsAffected: r.whoIsAffected ?? '',
  whatWeAreDoing: r.whatWeAreDoing ?? '',
  nextUpdate: r.nextUpdate ?? '',
  locale: r.locale ?? null,
});

/** An announcement's text from a template: its four parts, one paragraph each. */
export const fillText = (t: AnnouncementTemplate) =>
  [t.whatHappened, t.whoIsAffected, t.whatWeAreDoing, t.nextUpdate].map((s) => s.trim()).filter(Boolean).join('\n\n');

/** Announcement templates: created once at first boot in the site's locales; editors own them after. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UIDS.announcementTemplate);
  const self = {
    /** On a site with no template, creates the starter set in every site locale we have text for. Safe on racing nodes. */
    async ensureStarterTemplates(): Promise<number> {
      return getService(strapi, 'locks').withLock('setup:announcement-templates', async () => {
        if ((await documents().count({ locale: '*' } as any)) > 0) return 0;
        const i18n = strapi.plugin('i18n')?.service('locales');
        const defaultLocale: string = (await i18n?.getDefaultLocale?.()) ?? 'en';
        const locales: string[] = ((await i18n?.find?.()) ?? []).map((l: { code: string }) => l.code);
        const others = locales.filter((l) => l !== defaultLocale && templateLanguage(l));
        for (const t of STARTER_TEMPLATES) {
          const first = await documents().create({
            locale: defaultLocale,
            data: { key: t.key, kind: t.kind, ...t.texts[templateLanguage(defaultLocale) ?? 'en'] },
          } as any);
          for (const locale of others) {
            await documents().update({
              documentId: first.documentId,
              locale,
              data: { key: t.key, kind: t.kind, ...t.texts[templateLanguage(locale)!] },
            } as any);
          }
        }
        return STARTER_TEMPLATES.length;
      });
    },

    async find(locale?: string): Promise<AnnouncementTemplate[]> {
      const rows = (await documents().findMany({ locale, sort: ['key:asc'], limit: 200 } as any)) as Row[];
      return rows.map(toTemplate);
    },

    async findOne(documentId: string, locale?: string): Promise<AnnouncementTemplate | null> {
      const row = (await documents().findOne({ documentId, locale } as any)) as Row | null;
      return row ? toTemplate(row) : null;
    },
  };
  return self;
};
