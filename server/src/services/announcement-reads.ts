import type { Core } from '@strapi/strapi';

import type {
  AdminAnnouncement,
  AdminTimelineEntry,
  AnnouncementKind,
  AnnouncementStatus,
  AnnouncementWarning,
  ExplainStats,
  PublicAnnouncement,
  TimelineEntry,
} from '../../../shared/contracts';
import { getConfig, pluginService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

const iso = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = v instanceof Date ? v : new Date(v as string);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};
const ms = (v: unknown) => (v ? new Date(v as string).getTime() : NaN);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Most entries a timeline shows (an incident rarely has more than a dozen). */
const MAX_ENTRIES = 200;

/** The fields the content API may show: no author names, no internal stamps. */
const PUBLIC_FIELDS = [
  'documentId', 'kind', 'title', 'body', 'currentStatus', 'affectedServices', 'detectedAt', 'startsAt', 'endsAt',
  'publishedAt', 'locale', 'announcedAt',
];

/** Reads of announcements: the content API's (published, localized) and the console's. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => pluginService(strapi, 'clock').now();

  const self = {
    /**
     * Entries of these announcements, one per entry in `locale` when translated, else in the
     * site's default locale, else in the entry's first locale; newest first. Each says which
     * locale it is in, and (for the console) its text in every locale it has.
     */
    async timelines(documentIds: string[], locale?: string): Promise<Map<string, Array<AdminTimelineEntry>>> {
      const out = new Map<string, AdminTimelineEntry[]>(documentIds.map((id) => [id, []]));
      if (!documentIds.length) return out;
      const rows = (await strapi.db.query(UIDS.announcementEntry).findMany({
        where: { announcement: { $in: documentIds } },
        orderBy: [{ at: 'desc' }, { id: 'asc' }],
        limit: MAX_ENTRIES * documentIds.length,
      })) as Row[];
      const fallback = ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale?.()) as string | undefined) ?? 'en';
      const rank = (r: Row) => (r.locale === locale ? 0 : r.locale === fallback ? 1 : 2);
      const chosen = new Map<string, Row>();
      const translations = new Map<string, Record<string, string | null>>();
      for (const r of rows) {
        const have = chosen.get(r.documentId);
        if (!have || rank(r) < rank(have)) chosen.set(r.documentId, r);
        translations.set(r.documentId, { ...translations.get(r.documentId), [r.locale ?? fallback]: r.text ?? null });
      }
      for (const r of chosen.values()) {
        out.get(r.announcement)?.push({
          documentId: r.documentId,
          status: r.status as AnnouncementStatus,
          at: iso(r.at) ?? new Date(0).toISOString(),
          text: r.text ?? null,
          locale: r.locale ?? null,
          author: r.authorName ?? null,
          translations: translations.get(r.documentId) ?? {},
        });
      }
      for (const entries of out.values()) {
        entries.sort((a, b) => b.at.localeCompare(a.at) || a.documentId.localeCompare(b.documentId));
        entries.splice(MAX_ENTRIES);
      }
      return out;
    },

    async toPublic(rows: Row[], locale?: string): Promise<PublicAnnouncement[]> {
      const timelines = await self.timelines(rows.map((r) => r.documentId), locale);
      return rows.map((r) => ({
        documentId: r.documentId,
        kind: r.kind as AnnouncementKind,
        title: r.title,
        body: r.body ?? null,
        currentStatus: r.currentStatus as AnnouncementStatus,
        affectedServices: list(r.affectedServices),
        detectedAt: iso(r.detectedAt),
        startsAt: iso(r.startsAt),
        endsAt: iso(r.endsAt),
        publishedAt: iso(r.announcedAt ?? r.publishedAt),
        locale: r.locale ?? null,
        timeline: (timelines.get(r.documentId) ?? []).map(
          ({ author: _author, translations: _translations, ...entry }): TimelineEntry => entry
        ),
      }));
    },

    /** What is current: open incidents, planned work not yet ended, policy changes not yet in effect. */
    activeFilters() {
      const at = now();
      return {
        $or: [
          { kind: 'incident', currentStatus: { $ne: 'resolved' } },
          { kind: 'planned', currentStatus: { $ne: 'completed' }, $or: [{ endsAt: { $null: true } }, { endsAt: { $gt: at } }] },
          { kind: 'policy', currentStatus: 'announced' },
        ],
      };
    },

    async findPublic(query: { locale?: string; page: number; pageSize: number; active?: boolean }) {
      const params: Row = {
        status: 'published',
        locale: query.locale,
        fields: PUBLIC_FIELDS.filter((f) => f !== 'documentId'),
        ...(query.active ? { filters: self.activeFilters() } : {}),
      };
      const [rows, total] = await Promise.all([
        strapi.documents(UIDS.announcement).findMany({
          ...params,
          sort: ['announcedAt:desc', 'publishedAt:desc', 'id:desc'],
          start: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        } as any),
        strapi.documents(UIDS.announcement).count(params as any),
      ]);
      return { data: await self.toPublic(rows as Row[], query.locale), total };
    },

    async findOnePublic(documentId: string, locale?: string) {
      const row = await strapi.documents(UIDS.announcement).findOne({
        documentId,
        status: 'published',
        locale,
        fields: PUBLIC_FIELDS.filter((f) => f !== 'documentId'),
      } as any);
      return row ? (await self.toPublic([row as Row], locale))[0] : null;
    },

    /** Early-warning breaches of planned work (published, scheduled, or if it were published now). */
    warnings(row: Row): AnnouncementWarning[] {
      if (row.kind !== 'planned') return [];
      const { minLeadHours } = getConfig(strapi).announcements;
      if (!row.startsAt) return [{ code: 'NO_START', minLeadHours }];
      const reference = row.announcedAt ?? row.publishAt ?? now();
      const leadHours = Math.round(((ms(row.startsAt) - ms(reference)) / 3_600_000) * 10) / 10;
      return leadHours < minLeadHours ? [{ code: 'LATE_WARNING', leadHours, minLeadHours }] : [];
    },

    toAdmin(row: Row, published: boolean): AdminAnnouncement {
      const explained = row.kind === 'incident' && row.detectedAt && row.announcedAt;
      return {
        id: row.id,
        documentId: row.documentId,
        kind: row.kind as AnnouncementKind,
        title: row.title,
        body: row.body ?? null,
        currentStatus: row.currentStatus as AnnouncementStatus,
        locale: row.locale ?? null,
        affectedServices: list(row.affectedServices),
        detectedAt: iso(row.detectedAt),
        startsAt: iso(row.startsAt),
        endsAt: iso(row.endsAt),
        publishAt: iso(row.publishAt),
        announcedAt: iso(row.announcedAt),
        published,
        minutesToExplain: explained ? Math.max(0, Math.round((ms(row.announcedAt) - ms(row.detectedAt)) / 60_000)) : null,
        warnings: self.warnings(row),
        updatedAt: iso(row.updatedAt),
      };
    },

    /** The console's list: one row per document (its draft, in `locale` when it has one). */
    async findAdmin(query: { locale?: string; kind?: AnnouncementKind; page: number; pageSize: number }) {
      const params: Row = { locale: query.locale, ...(query.kind ? { filters: { kind: query.kind } } : {}) };
      const [rows, total] = await Promise.all([
        strapi.documents(UIDS.announcement).findMany({
          ...params,
          sort: ['updatedAt:desc', 'id:desc'],
          start: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        } as any),
        strapi.documents(UIDS.announcement).count(params as any),
      ]);
      const ids = (rows as Row[]).map((r) => r.documentId);
      const published = ids.length
        ? ((await strapi.db.query(UIDS.announcement).findMany({
            where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
            select: ['documentId'],
          })) as Row[]).map((r) => r.documentId)
        : [];
      return { data: (rows as Row[]).map((r) => self.toAdmin(r, published.includes(r.documentId))), total };
    },

    /**
     * Median minutes from detection to the first public explanation (first publication) of the
     * incidents first published in [from, to); incidents detected in the period and not explained
     * by its end are counted as pending, not as zero.
     */
    async medianMinutesToExplain(from: Date, to: Date): Promise<ExplainStats> {
      const rows = (await strapi.db.query(UIDS.announcement).findMany({
        where: { kind: 'incident', detectedAt: { $notNull: true }, announcedAt: { $gte: from, $lt: to } },
        select: ['documentId', 'detectedAt', 'announcedAt'],
      })) as Row[];
      const seen = new Map<string, number>();
      for (const r of rows) seen.set(r.documentId, Math.max(0, (ms(r.announcedAt) - ms(r.detectedAt)) / 60_000));
      const waiting = (await strapi.db.query(UIDS.announcement).findMany({
        where: {
          kind: 'incident',
          detectedAt: { $gte: from, $lt: to },
          $or: [{ announcedAt: null }, { announcedAt: { $gte: to } }],
        },
        select: ['documentId'],
      })) as Row[];
      const pending = new Set(waiting.map((r) => r.documentId as string)).size;
      const values = [...seen.values()].sort((a, b) => a - b);
      if (!values.length) return { incidents: 0, medianMinutesToExplain: null, pending };
      const mid = values.length >> 1;
      const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
      return { incidents: values.length, medianMinutesToExplain: Math.round(median), pending };
    },
  };
  return self;
};
