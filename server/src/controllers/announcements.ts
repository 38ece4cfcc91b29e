import type { Core } from '@strapi/strapi';

import {
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_LIMITS,
  ANNOUNCEMENT_STATUSES,
  KIND_STATUSES,
  type AddEntry,
  type AdminAnnouncementDetail,
  type AnnouncementStats,
  type ConfirmDelivery,
  type CreateAnnouncement,
  type FindAnnouncement,
  type FindAnnouncements,
  type FindTemplates,
  type GetReaction,
  type PublishAnnouncement,
  type RetryDelivery,
  type TranslateEntry,
} from '../../../shared/contracts';
import { fillText } from '../services/templates';
import { badInput, CODES, notFound } from '../utils/errors';
import type { AdminContext } from '../utils/http';
import { pluginService, type PluginServices, UIDS } from '../utils/plugin';
import {
  PAGINATION_KEYS,
  parseBody,
  parseDate,
  parseEnum,
  parsePagination,
  parseString,
  rejectUnknown,
  requireString,
} from '../utils/query';

const MAX_ID = 64;

const adminName = (ctx: AdminContext) => {
  const u = ctx.state?.user;
  return u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email || null : null;
};

/** Console routes of announcements: list, detail (timeline, deliveries, warnings), create, entries, publish, retry, reaction. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends keyof PluginServices>(name: K) => pluginService(strapi, name);

  const detail = async (documentId: string, locale?: string): Promise<AdminAnnouncementDetail | null> => {
    const row = await strapi.documents(UIDS.announcement).findOne({ documentId, locale } as any);
    if (!row) return null;
    const published = await service('announcements').isPublished(documentId);
    const timelines = await service('announcementReads').timelines([documentId], locale ?? (row as any).locale);
    return {
      ...service('announcementReads').toAdmin(row as any, published),
      timeline: timelines.get(documentId) ?? [],
      deliveries: await service('deliveries').forAnnouncement(documentId),
      channels: service('channels').configured(),
      siteLocales: await service('announcements').siteLocales(),
    };
  };

  const mustDetail = async (id: string, locale?: string) => {
    const data = await detail(id, locale);
    if (!data) throw notFound(`No announcement ${id}.`);
    return data;
  };

  return {
    async find(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['kind', 'locale', ...PAGINATION_KEYS]);
      const { page, pageSize } = parsePagination(q);
      const list = await service('announcementReads').findAdmin({
        page,
        pageSize,
        kind: parseEnum(q, 'kind', ANNOUNCEMENT_KINDS),
        locale: parseString(q, 'locale', 20),
      });
      ctx.body = {
        data: list.data,
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(list.total / pageSize), total: list.total } },
      } satisfies FindAnnouncements.Response;
    },

    async findOne(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, ['locale']);
      const id = requireString(ctx.params, 'id', MAX_ID);
      ctx.body = { data: await mustDetail(id, parseString(ctx.query ?? {}, 'locale', 20)) } satisfies FindAnnouncement.Response;
    },

    async create(ctx: AdminContext) {
      const body = parseBody(ctx.request.body, ['kind', 'locale', 'template', 'title', 'body', 'detectedAt', 'startsAt', 'endsAt', 'publishAt']);
      const kind = parseEnum(body, 'kind', ANNOUNCEMENT_KINDS);
      if (!kind) throw badInput(CODES.badRequest, `\`kind\` is required: one of ${ANNOUNCEMENT_KINDS.join(', ')}.`, { field: 'kind' });
      const locale = parseString(body, 'locale', 20);
      let title = parseString(body, 'title', ANNOUNCEMENT_LIMITS.title);
      let text = parseString(body, 'body', ANNOUNCEMENT_LIMITS.text);
      const templateId = parseString(body, 'template', MAX_ID);
      if (templateId) {
        const template = await service('templates').findOne(templateId, locale);
        if (!template) throw badInput(CODES.badRequest, `No template ${templateId} in this locale.`, { field: 'template' });
        title = title ?? template.title;
        text = text ?? fillText(template);
      }
      if (!title?.trim()) throw badInput(CODES.badRequest, '`title` is required (or a `template` to take it from).', { field: 'title' });
      const created = await strapi.documents(UIDS.announcement).create({
        locale,
        data: {
          kind,
          title,
          body: text ?? null,
          currentStatus: KIND_STATUSES[kind][0],
          detectedAt: parseDate(body, 'detectedAt') ?? null,
          startsAt: parseDate(body, 'startsAt') ?? null,
          endsAt: parseDate(body, 'endsAt') ?? null,
          publishAt: parseDate(body, 'publishAt') ?? null,
        },
      } as any);
      ctx.body = { data: await mustDetail(created.documentId, locale) } satisfies CreateAnnouncement.Response;
    },

    async addEntry(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      const body = parseBody(ctx.request.body, ['status', 'text', 'locale']);
      const status = parseEnum(body, 'status', ANNOUNCEMENT_STATUSES);
      if (!status) throw badInput(CODES.badRequest, '`status` is required.', { field: 'status' });
      const text = requireString(body, 'text', ANNOUNCEMENT_LIMITS.text);
      const locale = parseString(body, 'locale', 20);
      const entry = await service('announcements').addEntry(id, { status, text, locale }, adminName(ctx));
      if (!entry) throw notFound(`No announcement ${id}.`);
      ctx.body = { data: await mustDetail(id, locale) } satisfies AddEntry.Response;
    },

    /** Adds or replaces an entry's text in one site locale (posts nothing); answers the detail in that locale. */
    async translateEntry(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      const entryId = requireString(ctx.params, 'entryId', MAX_ID);
      const locale = requireString(ctx.params, 'locale', 20);
      const body = parseBody(ctx.request.body, ['text']);
      const text = requireString(body, 'text', ANNOUNCEMENT_LIMITS.text);
      const entry = await service('announcements').translateEntry(id, entryId, locale, text);
      if (!entry) throw notFound(`No entry ${entryId} in announcement ${id}.`);
      const inLocale = await strapi.db.query(UIDS.announcement).count({ where: { documentId: id, locale } });
      ctx.body = { data: await mustDetail(id, inLocale ? locale : undefined) } satisfies TranslateEntry.Response;
    },

    async publish(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      parseBody(ctx.request.body, []);
      if (!(await strapi.db.query(UIDS.announcement).count({ where: { documentId: id } }))) throw notFound(`No announcement ${id}.`);
      await service('announcements').publish(id);
      ctx.body = { data: await mustDetail(id) } satisfies PublishAnnouncement.Response;
    },

    async retryDelivery(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      parseBody(ctx.request.body, []);
      const data = await service('deliveries').retry(id);
      if (!data) throw notFound(`No delivery ${id}.`);
      ctx.body = { data } satisfies RetryDelivery.Response;
    },

    /** "Mark as posted": an uncertain delivery was found on the channel (409 for any other state). */
    async confirmDelivery(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      const body = parseBody(ctx.request.body ?? {}, ['remoteId']);
      const remoteId = parseString(body, 'remoteId', 255);
      const data = await service('deliveries').confirm(id, adminName(ctx), remoteId);
      if (!data) throw notFound(`No delivery ${id}.`);
      ctx.body = { data } satisfies ConfirmDelivery.Response;
    },

    async reaction(ctx: AdminContext) {
      const id = requireString(ctx.params, 'id', MAX_ID);
      rejectUnknown(ctx.query ?? {}, []);
      const data = await service('reaction').forAnnouncement(id);
      if (!data) throw notFound(`No announcement ${id}.`);
      ctx.body = { data } satisfies GetReaction.Response;
    },

    async templates(ctx: AdminContext) {
      rejectUnknown(ctx.query ?? {}, ['locale']);
      ctx.body = { data: await service('templates').find(parseString(ctx.query ?? {}, 'locale', 20)) } satisfies FindTemplates.Response;
    },

    async stats(ctx: AdminContext) {
      const q = ctx.query ?? {};
      rejectUnknown(q, ['from', 'to']);
      const to = parseDate(q, 'to') ?? new Date();
      const from = parseDate(q, 'from') ?? new Date(to.getTime() - 30 * 86_400_000);
      ctx.body = { data: await service('announcementReads').medianMinutesToExplain(from, to) } satisfies AnnouncementStats.Response;
    },
  };
};
