import type { Core } from '@strapi/strapi';

import {
  ANNOUNCEMENT_KINDS,
  KIND_STATUSES,
  statusFits,
  type AnnouncementKind,
  type AnnouncementStatus,
} from '../../../shared/contracts';
import { badInput, CODES } from '../utils/errors';
import { pluginService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

const CHANGES = new Set(['create', 'update', 'clone']);

/**
 * The announcement workflow: statuses checked against the kind, the first publication stamped
 * (`announcedAt`) with the first timeline entry, and every status change a dated entry posted to
 * the configured channels. Status changes write every row of the document (draft, published, all
 * locales), so the public API shows them at once without republishing the text.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = () => strapi.documents(UIDS.announcementEntry);
  const service = <K extends Parameters<typeof pluginService>[1]>(name: K) => pluginService(strapi, name);

  const defaultLocale = async (): Promise<string> =>
    ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.()) as string | undefined) ?? 'en';

  /** Any row of the document (draft first): kind and status are the same in every row. */
  const anyRow = async (documentId: string): Promise<Row | null> =>
    (await strapi.db.query(UIDS.announcement).findOne({
      where: { documentId },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    })) as Row | null;

  const badStatus = (kind: AnnouncementKind, status: unknown) =>
    badInput(
      CODES.badRequest,
      `\`currentStatus\` "${String(status).slice(0, 40)}" does not fit a ${kind} announcement; use one of: ${KIND_STATUSES[kind].join(', ')}.`,
      { field: 'currentStatus' }
    );

  const self = {
    /** Document-service middleware: checks kind and status on every write, reacts to publication. */
    register() {
      strapi.documents.use(async (context: any, next: () => Promise<any>) => {
        if (context.uid !== UIDS.announcement) return next();
        if (CHANGES.has(context.action)) await self.checkData(context.params ?? {});
        const result = await next();
        if (context.action === 'publish') {
          const documentId = context.params?.documentId;
          if (documentId) await self.onPublished(documentId);
        }
        return result;
      });
    },

    /** A new announcement starts at its kind's first status; a status that does not fit is a 400. */
    async checkData(params: Row) {
      const data = params.data as Row | undefined;
      if (!data || typeof data !== 'object') return;
      if (!('kind' in data) && !('currentStatus' in data)) return;
      const existing = params.documentId ? await anyRow(params.documentId) : null;
      const kind = (data.kind ?? existing?.kind ?? 'incident') as AnnouncementKind;
      if (!ANNOUNCEMENT_KINDS.includes(kind)) return; // the schema's own validation answers
      const status = data.currentStatus ?? existing?.currentStatus;
      if (status === undefined || status === null || (!existing && !('currentStatus' in data))) {
        data.currentStatus = KIND_STATUSES[kind][0];
      } else if (!statusFits(kind, status)) {
        if (!('currentStatus' in data) && existing) data.currentStatus = KIND_STATUSES[kind][0];
        else throw badStatus(kind, status);
      }
    },

    /**
     * After a publication: the first one (claimed by a conditional update, so one node and one
     * request only) stamps `announcedAt` and writes the first timeline entry from the published
     * text; every one queues the posts of entries not posted yet.
     */
    async onPublished(documentId: string) {
      const now = service('clock').now();
      const { count } = (await strapi.db.query(UIDS.announcement).updateMany({
        where: { documentId, announcedAt: null },
        data: { announcedAt: now },
      })) as { count: number };
      if (count > 0) {
        const published = (await strapi.db.query(UIDS.announcement).findMany({
          where: { documentId, publishedAt: { $notNull: true } },
        })) as Row[];
        if (published.length) {
          const texts = Object.fromEntries(published.map((r) => [r.locale ?? 'en', r.body || r.title]));
          await self.createEntry(documentId, published[0].currentStatus, texts, actorName(strapi) ?? null, now);
        }
        await self.warnIfLate(documentId);
      }
      await service('deliveries').enqueueAnnouncement(documentId);
    },

    /** Logs the early-warning breach once, at first publication (the admin shows it too). */
    async warnIfLate(documentId: string) {
      const row = await anyRow(documentId);
      if (!row) return;
      for (const w of service('announcementReads').warnings(row)) {
        strapi.log.warn(
          `[brand-community] Planned work "${row.title}" (${documentId}) ${
            w.code === 'NO_START' ? 'has no start time' : `was published ${w.leadHours} h before it starts`
          }: users should be warned at least ${w.minLeadHours} h ahead.`
        );
      }
    },

    /** One dated entry in each locale given; returns its documentId. */
    async createEntry(
      documentId: string,
      status: AnnouncementStatus,
      texts: Record<string, string>,
      author: string | null,
      at: Date
    ): Promise<string> {
      const locales = Object.keys(texts);
      const main = locales.includes(await defaultLocale()) ? await defaultLocale() : locales[0];
      const common = { announcement: documentId, status, at, authorName: author };
      const first = await entries().create({ locale: main, data: { ...common, text: texts[main] } } as any);
      for (const locale of locales.filter((l) => l !== main)) {
        await entries().update({ documentId: first.documentId, locale, data: { ...common, text: texts[locale] } } as any);
      }
      return first.documentId;
    },

    /**
     * Moves the announcement to `status` and records it: a dated entry, posted to every channel
     * when the announcement is published. Returns null for an unknown announcement.
     */
    async addEntry(documentId: string, input: { status: AnnouncementStatus; text: string; locale?: string }, author: string | null) {
      const row = await anyRow(documentId);
      if (!row) return null;
      if (!statusFits(row.kind, input.status)) throw badStatus(row.kind, input.status);
      const locale = input.locale ?? row.locale ?? (await defaultLocale());
      const now = service('clock').now();
      await strapi.db.query(UIDS.announcement).updateMany({ where: { documentId }, data: { currentStatus: input.status } });
      const entry = await self.createEntry(documentId, input.status, { [locale]: input.text }, author, now);
      if (row.announcedAt || (await self.isPublished(documentId))) {
        await service('deliveries').enqueueEntry(documentId, entry);
      }
      return entry;
    },

    /**
     * A move the clock makes (planned work starting or ending, a policy taking effect): one
     * conditional update, so with several nodes exactly one records it. True when this call did.
     */
    async moveIfStill(documentId: string, from: AnnouncementStatus[], to: AnnouncementStatus, texts: Record<string, string>) {
      const { count } = (await strapi.db.query(UIDS.announcement).updateMany({
        where: { documentId, currentStatus: { $in: from } },
        data: { currentStatus: to },
      })) as { count: number };
      if (count === 0) return false;
      const entry = await self.createEntry(documentId, to, texts, 'scheduler', service('clock').now());
      await service('deliveries').enqueueEntry(documentId, entry);
      return true;
    },

    /** The site's locales (codes), from the i18n plugin. */
    async siteLocales(): Promise<string[]> {
      const list = (await strapi.plugin('i18n')?.service('locales')?.find?.()) as Array<{ code: string }> | undefined;
      return (list ?? []).map((l) => l.code);
    },

    /**
     * Adds or replaces the text of a timeline entry in one site locale (a 400 for any other
     * locale). A translation posts nothing: each entry is posted once per channel, in the
     * channel's locale (`channels.locale`), whatever its translations. Null for an unknown entry.
     */
    async translateEntry(documentId: string, entryId: string, locale: string, text: string) {
      const locales = await self.siteLocales();
      if (!locales.includes(locale)) {
        throw badInput(
          CODES.badRequest,
          `\`locale\` "${locale.slice(0, 20)}" is not a locale of this site; use one of: ${locales.join(', ')}.`,
          { field: 'locale' }
        );
      }
      // One writer of an entry's locales at a time on every node: two at once would both create the locale's row.
      return service('locks').withLock(`announcement-entry:${entryId}`, async () => {
        const rows = (await strapi.db.query(UIDS.announcementEntry).findMany({
          where: { documentId: entryId, announcement: documentId },
          orderBy: [{ id: 'asc' }],
        })) as Row[];
        if (!rows.length) return null;
        const base = rows[0];
        const data = { announcement: documentId, status: base.status, at: base.at, authorName: base.authorName ?? null, text };
        await entries().update({ documentId: entryId, locale, data } as any);
        return entryId;
      });
    },

    async isPublished(documentId: string) {
      return (await strapi.db.query(UIDS.announcement).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
    },

    /**
     * Publishes every locale of the announcement (what the scheduler and the console's Publish do),
     * one publication of a document at a time on every node: two at once would race on its rows.
     */
    async publish(documentId: string) {
      await service('locks').withLock(`announcement:publish:${documentId}`, () =>
        strapi.documents(UIDS.announcement).publish({ documentId, locale: '*' } as any)
      );
    },
  };
  return self;
};

/** The admin making the current request, by name, if any. */
export const actorName = (strapi: Core.Strapi): string | undefined => {
  const user = (strapi.requestContext.get() as any)?.state?.user;
  if (!user?.roles) return undefined;
  return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email;
};
