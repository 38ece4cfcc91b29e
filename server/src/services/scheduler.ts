import type { Core } from '@strapi/strapi';

import type { AnnouncementStatus } from '../../../shared/contracts';
import { pluginService, UIDS } from '../utils/plugin';

type Row = Record<string, any>;

/** The entry the clock writes when it moves a status, per language. */
const AUTO_TEXT: Record<string, Partial<Record<AnnouncementStatus, string>>> = {
  en: { 'in-progress': 'The work has started.', completed: 'The work is complete.', 'in-effect': 'The change is now in effect.' },
  ru: { 'in-progress': 'Работы начались.', completed: 'Работы завершены.', 'in-effect': 'Изменения вступили в силу.' },
  zh: { 'in-progress': '维护工作已开始。', completed: '维护工作已完成。', 'in-effect': '变更现已生效。' },
};

const MOVES: Array<{ kind: string; from: AnnouncementStatus[]; to: AnnouncementStatus; field: 'startsAt' | 'endsAt' }> = [
  { kind: 'planned', from: ['scheduled', 'in-progress'], to: 'completed', field: 'endsAt' },
  { kind: 'planned', from: ['scheduled'], to: 'in-progress', field: 'startsAt' },
  { kind: 'policy', from: ['announced'], to: 'in-effect', field: 'startsAt' },
];

/**
 * The announcements' clock-driven steps, by the injectable clock: publish what is due at its
 * `publishAt`, start and end planned work, put policy changes in effect. Each step is claimed by a
 * conditional update, so with several nodes running it exactly one node performs it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends Parameters<typeof pluginService>[1]>(name: K) => pluginService(strapi, name);
  const query = () => strapi.db.query(UIDS.announcement);

  const self = {
    async run() {
      const now = service('clock').now();
      let done = 0;

      // 1. Scheduled publication: clearing `publishAt` is the claim; the node that cleared it publishes.
      const due = (await query().findMany({
        where: { publishAt: { $lte: now }, publishedAt: null },
        select: ['documentId'],
        limit: 50,
      })) as Row[];
      for (const documentId of new Set(due.map((r) => r.documentId as string))) {
        const { count } = (await query().updateMany({
          where: { documentId, publishAt: { $lte: now } },
          data: { publishAt: null },
        })) as { count: number };
        if (count === 0) continue;
        await service('announcements').publish(documentId);
        done += 1;
      }

      // 2. Status moves of published announcements whose time has come.
      for (const move of MOVES) {
        const rows = (await query().findMany({
          where: {
            kind: move.kind,
            currentStatus: { $in: move.from },
            [move.field]: { $lte: now },
            publishedAt: { $notNull: true },
          },
          select: ['documentId', 'locale'],
          limit: 200,
        })) as Row[];
        const byDoc = new Map<string, string[]>();
        for (const r of rows) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r.locale ?? 'en']);
        for (const [documentId, locales] of byDoc) {
          const texts = Object.fromEntries(
            [...new Set(locales)].map((l) => [l, (AUTO_TEXT[l.slice(0, 2)] ?? AUTO_TEXT.en)[move.to] ?? ''])
          );
          if (await service('announcements').moveIfStill(documentId, move.from, move.to, texts)) done += 1;
        }
      }
      return done;
    },
  };
  return self;
};
