import type { LogEntry } from '../../../../shared/contracts';

/** What a moderator can still do with an entry (the API refuses the rest with NOT_RESTORABLE / ALREADY_REVIEWED). */
export const availability = (e: Pick<LogEntry, 'action' | 'review' | 'dryRun' | 'authorKey'>) => {
  const open = !e.review && !e.dryRun;
  return {
    restore: open && (e.action === 'removed' || e.action === 'held'),
    approve: open && e.action === 'held',
    confirm: open && (e.action === 'removed' || e.action === 'held' || e.action === 'flagged'),
    ban: !!e.authorKey,
  };
};

/** The first characters of an untrusted text, for a table cell (rendered as a text node). */
export const excerpt = (text: string | null, max = 120) => {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
