/** Rows of the answering workflows → the contract's shapes (shared/contracts fakes, cases, claims). */
import type {
  CaseStatus,
  Claim,
  ClaimDetail,
  ClaimLink,
  ClaimPlace,
  ComplaintCase,
  DialogueState,
  FakeRequest,
  FakeState,
  RefutationFormat,
  RefutationState,
} from '../../../shared/contracts';
import { toDate } from '../services/tokens';

type Row = Record<string, any>;

const iso = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = toDate(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const json = (v: unknown) => {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
};

export const toFake = (r: Row): FakeRequest => ({
  id: r.id,
  documentId: r.documentId,
  targetUid: r.targetUid,
  commentId: r.commentId,
  authorKey: r.authorKey,
  authorName: str(r.authorName),
  excerpt: str(r.excerpt),
  state: r.state as FakeState,
  fields: Array.isArray(json(r.fields)) ? (json(r.fields) as string[]) : [],
  deadline: iso(r.deadline) as string,
  emailed: r.emailed === true || r.emailed === 1,
  answeredAt: iso(r.answeredAt),
  answer: (json(r.answer) as Record<string, string> | null) ?? null,
  verdictReason: str(r.verdictReason),
  reply: str(r.reply),
  replyPostedAt: iso(r.replyPostedAt),
  replyCommentId: str(r.replyCommentId),
  note: str(r.note),
  markedBy: str(r.markedBy),
  createdAt: iso(r.askedAt ?? r.createdAt) as string,
});

export const toCase = (r: Row, now: Date): ComplaintCase => {
  const opened = toDate(r.openedAt);
  const end = r.resolvedAt ? toDate(r.resolvedAt) : now;
  const owner = r.owner
    ? { id: r.owner.id, name: [r.owner.firstname, r.owner.lastname].filter(Boolean).join(' ') || r.owner.email || `admin #${r.owner.id}` }
    : null;
  return {
    id: r.id,
    documentId: r.documentId,
    number: r.id,
    targetUid: r.targetUid,
    commentId: r.commentId,
    authorKey: r.authorKey,
    authorName: str(r.authorName),
    excerpt: str(r.excerpt),
    cause: str(r.cause),
    solution: str(r.solution),
    owner,
    status: r.status as CaseStatus,
    repeats: Number(r.repeats ?? 0),
    lastRepeatAt: iso(r.lastRepeatAt),
    openedAt: opened.toISOString(),
    solutionAt: iso(r.solutionAt),
    resolvedAt: iso(r.resolvedAt),
    notifiedAt: iso(r.notifiedAt),
    replyPostedAt: iso(r.replyPostedAt),
    replyCommentId: str(r.replyCommentId),
    ageMs: Math.max(0, end.getTime() - opened.getTime()),
  };
};

export const toPlace = (p: Row): ClaimPlace => ({
  id: p.id,
  documentId: p.documentId,
  url: p.url,
  platform: str(p.platform),
  reach: p.reach === null || p.reach === undefined ? null : Number(p.reach),
  firstSeenAt: iso(p.firstSeenAt),
  refutation: p.refutation as RefutationState,
  format: (p.format ?? null) as RefutationFormat | null,
  refutationText: str(p.refutationText),
  videoUrl: str(p.videoUrl),
  leader: str(p.leader),
  postedAt: iso(p.postedAt),
  dialogue: p.dialogue as DialogueState,
});

export const toLink = (l: Row): ClaimLink => ({
  targetUid: l.targetUid,
  commentId: l.commentId,
  excerpt: str(l.excerpt),
  authorKey: str(l.authorKey),
  linkedAt: iso(l.createdAt) as string,
});

export const toClaim = (c: Row): Claim => ({
  id: c.id,
  documentId: c.documentId,
  statement: c.statement,
  evidence: str(c.evidence),
  firstSeenAt: iso(c.firstSeenAt),
  createdAt: iso(c.createdAt) as string,
  progress: c.progress,
  linkedComments: c.linkedComments,
});

export const toClaimDetail = (c: Row): ClaimDetail => ({
  ...toClaim(c),
  places: (c.places as Row[]).map(toPlace),
  links: (c.links as Row[]).map(toLink),
});
