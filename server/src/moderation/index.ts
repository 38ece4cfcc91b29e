/**
 * The moderation pipeline (pure core; no Strapi import here, ever).
 *
 *   obscenity → advertising → duplicate
 *
 * - Content detectors run in that order; the first one that finds evidence decides.
 * - The duplicate check runs only for clean content and only when a `DuplicateStore` is
 *   given; a comment is remembered only when it is let through (`allow`) and
 *   `ctx.remember !== false`.
 * - Never throws. A detector or store that throws counts as "found nothing" for its stage
 *   (fail-open: a bug must not block every comment or crash the request); the failure is
 *   reported in `decision.errors` so the caller can log it.
 * - Detectors (automata, allow list, linkify instance) are built once per moderator.
 */
import type {
  Category,
  ClassifyContext,
  CommentInput,
  Decision,
  DuplicateStore,
  Evidence,
  Moderator,
  ModeratorOptions,
} from './types';
import { createObscenityDetector } from './obscenity';
import { createAdvertisingDetector } from './advertising';
import { computeFingerprint, findDuplicate, serializeFingerprint, createMemoryStore } from './duplicates';

export * from './types';
export { createAdvertisingDetector } from './advertising';
export type { AdvertisingDetector, AdvertisingOptions } from './advertising';
export {
  createMemoryStore,
  fingerprint,
  similarity,
  parseFingerprint,
  findDuplicate,
  DEFAULT_THRESHOLD as DEFAULT_DUPLICATE_THRESHOLD,
  DEFAULT_WINDOW as DEFAULT_DUPLICATE_WINDOW,
} from './duplicates';
export { createObscenityDetector } from './obscenity';

type Stage = 'obscenity' | 'advertising' | 'duplicate';

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  try {
    return String(e);
  } catch {
    return 'unknown error';
  }
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

export function createModerator(options: ModeratorOptions = {}): Moderator {
  const opts = options ?? {};
  // Build once. If a detector cannot even be built, the pipeline still works without it.
  const buildErrors: NonNullable<Decision['errors']> = [];
  let obscenity: { detect(text: string): Evidence[] } | null = null;
  let advertising: ReturnType<typeof createAdvertisingDetector> | null = null;
  try {
    obscenity = createObscenityDetector({ extraTerms: opts.extraTerms, extraExceptions: opts.extraExceptions });
  } catch (e) {
    buildErrors.push({ stage: 'obscenity', message: `build failed: ${errorMessage(e)}` });
  }
  try {
    advertising = createAdvertisingDetector({
      allow: opts.allow,
      defaultPhoneRegion: opts.defaultPhoneRegion,
      exhaustive: opts.exhaustiveEvidence,
    });
  } catch (e) {
    buildErrors.push({ stage: 'advertising', message: `build failed: ${errorMessage(e)}` });
  }
  const dupOptions = {
    threshold: opts.duplicate?.threshold,
    window: opts.duplicate?.window,
    sameThread: opts.duplicate?.sameThread,
  };

  function decide(category: Category, evidence: Evidence[], errors: NonNullable<Decision['errors']>): Decision {
    return errors.length ? { category, evidence, errors } : { category, evidence };
  }

  function runStage(
    stage: Stage,
    det: { detect(text: string): Evidence[] } | null,
    text: string,
    errors: NonNullable<Decision['errors']>,
  ): Evidence[] {
    if (!det) return [];
    try {
      const ev = det.detect(text);
      return Array.isArray(ev) ? ev : [];
    } catch (e) {
      errors.push({ stage, message: errorMessage(e) });
      return [];
    }
  }

  function classifyText(textIn: string): Decision {
    const errors = [...buildErrors];
    const text = asText(textIn);
    const obs = runStage('obscenity', obscenity, text, errors);
    if (obs.length) return decide('obscenity', obs, errors);
    const ad = runStage('advertising', advertising, text, errors);
    if (ad.length) return { ...decide('advertising', ad, errors), promotion: advertising?.lastPromotion ?? true };
    return decide('allow', [], errors);
  }

  async function classify(comment: CommentInput, ctx: ClassifyContext = {}): Promise<Decision> {
    const c = comment ?? ({} as CommentInput);
    const text = asText(c.text);
    const content = classifyText(text);
    if (content.category !== 'allow') return content;
    const store = ctx?.store;
    if (!store) return content;
    const errors = content.errors ? [...content.errors] : [];
    const author = asText(c.author);
    const thread = asText(c.thread);
    let fp;
    try {
      fp = computeFingerprint(text);
      const dup = await findDuplicate(store, { author, thread, text }, dupOptions, fp);
      if (dup) {
        const ev: Evidence = {
          detector: 'duplicate',
          term: dup.record.commentId ?? '',
          start: 0,
          end: text.length,
          kind: 'repeat',
          firstThread: dup.record.thread,
          similarity: Math.round(dup.similarity * 1000) / 1000,
        };
        if (dup.record.commentId !== undefined) ev.firstId = dup.record.commentId;
        return decide('duplicate', [ev], errors);
      }
    } catch (e) {
      errors.push({ stage: 'duplicate', message: errorMessage(e) });
      return decide('allow', [], errors);
    }
    if (ctx.remember !== false) {
      try {
        const now = typeof ctx.now === 'function' ? ctx.now() : Date.now();
        await store.add({
          author,
          thread,
          fingerprint: serializeFingerprint(fp),
          ...(c.id !== undefined ? { commentId: asText(c.id) } : {}),
          createdAt: now,
        });
      } catch (e) {
        errors.push({ stage: 'duplicate', message: `store.add failed: ${errorMessage(e)}` });
      }
    }
    return decide('allow', [], errors);
  }

  return { classify, classifyText };
}

/* --------------------------------------------------------------------------------------- */

const defaultModerators = new Map<string, Moderator>();

/**
 * Convenience one-shot classification. Moderators are cached per `allow` list, so calling
 * this repeatedly does not rebuild the automata. Without a `store`, duplicates are not checked.
 */
export async function classify(
  comment: CommentInput,
  context: ClassifyContext & { allow?: string[]; store?: DuplicateStore } = {},
): Promise<Decision> {
  const { allow, ...ctx } = context ?? {};
  const key = JSON.stringify(allow ?? []);
  let m = defaultModerators.get(key);
  if (!m) {
    m = createModerator({ allow });
    if (defaultModerators.size > 32) defaultModerators.clear();
    defaultModerators.set(key, m);
  }
  return m.classify(comment, ctx);
}

export { createMemoryStore as createMemoryDuplicateStore };
