/**
 * The moderation pipeline (pure core; no Strapi import here, ever).
 *
 *   obscenity → advertising → duplicate
 *
 * - Content detectors run in that order; the first one that finds evidence decides.
 * - The duplicate check runs only for clean content and only when a `DuplicateStore` is
 *   given; a comment is remembered only when it is let through (`allow`) and
 *   `ctx.remember !== false`.
 * - Never throws. The stage runner here is the ONE place that fails open: a detector or store
 *   that throws counts as "found nothing" for its stage (a bug must not block every comment
 *   or crash the request), and the failure is logged through `options.logger` (default:
 *   stderr) and reported in `decision.errors`. Detectors themselves never catch.
 * - Detectors (automata, allow list, linkify instance) are built once per moderator.
 */
import type {
  Category,
  ClassifyContext,
  CommentInput,
  ContentDetector,
  Decision,
  DuplicateStore,
  Evidence,
  Moderator,
  ModerationLogger,
  ModeratorOptions,
} from './types';
import { createObscenityDetector } from './obscenity';
import { createAdvertisingDetector } from './advertising';
import { computeFingerprint, findDuplicate, serializeFingerprint, createMemoryStore } from './duplicates';

export * from './types';
export { createAdvertisingDetector } from './advertising';
export type { AdvertisingDetector, AdvertisingOptions, AdvertisingResult } from './advertising';
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

/** Default logger: one line on stderr (the pure core has no Strapi; the shell passes strapi.log). */
const STDERR_LOGGER: ModerationLogger = {
  error(message: string) {
    process.stderr.write(`${message}\n`);
  },
};

function asText(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

export function createModerator(options: ModeratorOptions = {}): Moderator {
  const opts = options ?? {};
  const logger = opts.logger ?? STDERR_LOGGER;
  const fail = (errors: NonNullable<Decision['errors']>, stage: Stage, message: string) => {
    errors.push({ stage, message });
    try {
      logger.error(`[brand-community] filter stage "${stage}" failed open: ${message}`);
    } catch (e) {
      // a broken logger must not turn a failed stage into a failed request; the error stays in decision.errors
      errors.push({ stage, message: `logger failed: ${errorMessage(e)}` });
    }
  };
  // Build once. If a detector cannot even be built, the pipeline still works without it.
  const buildErrors: NonNullable<Decision['errors']> = [];
  let obscenity: ContentDetector | null = opts.stages?.obscenity ?? null;
  let advertising: ContentDetector | null = opts.stages?.advertising ?? null;
  if (!obscenity) {
    try {
      obscenity = createObscenityDetector({ extraTerms: opts.extraTerms, extraExceptions: opts.extraExceptions });
    } catch (e) {
      fail(buildErrors, 'obscenity', `build failed: ${errorMessage(e)}`);
    }
  }
  if (!advertising) {
    try {
      advertising = createAdvertisingDetector({
        allow: opts.allow,
        defaultPhoneRegion: opts.defaultPhoneRegion,
        exhaustive: opts.exhaustiveEvidence,
      });
    } catch (e) {
      fail(buildErrors, 'advertising', `build failed: ${errorMessage(e)}`);
    }
  }
  const dupOptions = {
    threshold: opts.duplicate?.threshold,
    window: opts.duplicate?.window,
    sameThread: opts.duplicate?.sameThread,
  };

  function decide(category: Category, evidence: Evidence[], errors: NonNullable<Decision['errors']>): Decision {
    return errors.length ? { category, evidence, errors } : { category, evidence };
  }

  /** No stage found anything (the common case): one shared empty list, one shared decision. */
  const NONE: Evidence[] = [];
  let promotionOut: boolean | undefined;

  /**
   * Runs one content stage: the one place that fails open, and it logs. Returns its evidence
   * (NONE when it found nothing) and leaves the stage's promotion flag in `promotionOut`.
   */
  function runStage(stage: Stage, det: ContentDetector | null, text: string, errors: NonNullable<Decision['errors']>): Evidence[] {
    promotionOut = undefined;
    if (!det) return NONE;
    try {
      const r = det.detect(text);
      if (Array.isArray(r)) return r;
      if (r && Array.isArray(r.evidence)) {
        promotionOut = r.promotion;
        return r.evidence;
      }
      fail(errors, stage, 'detector returned no evidence list');
    } catch (e) {
      fail(errors, stage, errorMessage(e));
    }
    return NONE;
  }

  function classifyText(textIn: string): Decision {
    // a fresh list per call (a caller may keep the decision); only built when a stage failed to build
    const errors: NonNullable<Decision['errors']> = buildErrors.length ? [...buildErrors] : [];
    const text = typeof textIn === 'string' ? textIn : asText(textIn);
    const obs = runStage('obscenity', obscenity, text, errors);
    if (obs.length) return decide('obscenity', obs, errors);
    const ad = runStage('advertising', advertising, text, errors);
    if (ad.length) {
      const d = decide('advertising', ad, errors);
      d.promotion = promotionOut ?? true;
      return d;
    }
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
      fail(errors, 'duplicate', errorMessage(e));
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
        fail(errors, 'duplicate', `store.add failed: ${errorMessage(e)}`);
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
