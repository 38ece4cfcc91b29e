/** Re-scan rows (query builder, snake_case) → the contract's shapes. */
import type { EvidenceItem, Rescan, RescanItem } from '../../../shared/contracts';

type Row = Record<string, any>;

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const d =
    value instanceof Date
      ? value
      : new Date(
          typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string)
        );
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/** A JSON column: parsed by PostgreSQL, text in SQLite. */
export const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
};

export const toRescan = (row: Row): Rescan => ({
  id: row.document_id,
  status: row.status,
  uid: row.target_uid,
  from: iso(row.from_date),
  to: iso(row.to_date),
  checked: Number(row.checked ?? 0),
  total: Number(row.total ?? 0),
  found: {
    obscenity: Number(row.found_obscenity ?? 0),
    advertising: Number(row.found_advertising ?? 0),
    duplicate: Number(row.found_duplicate ?? 0),
  },
  applied: Number(row.applied ?? 0),
  error: typeof row.error === 'string' ? row.error : null,
  createdAt: iso(row.created_at) ?? new Date(0).toISOString(),
  updatedAt: iso(row.updated_at) ?? new Date(0).toISOString(),
});

export const toRescanItem = (row: Row): RescanItem => {
  const evidence = parseJson(row.evidence);
  return {
    id: Number(row.id),
    documentId: row.comment_document_id,
    category: row.category,
    contact: row.contact === true || row.contact === 1,
    action: row.action,
    text: typeof row.text === 'string' ? row.text : null,
    authorKey: row.author_key ?? null,
    authorName: row.author_name ?? null,
    evidence: Array.isArray(evidence) ? (evidence as EvidenceItem[]) : [],
    state: row.state,
    logEntry: row.log_entry ?? null,
  };
};
