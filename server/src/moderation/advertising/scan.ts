/**
 * The state of one scan of a comment, shared by the passes: the folded text, the phrase hits,
 * the evidence found so far and the ranges already taken by a contact.
 */
import type LinkifyIt from 'linkify-it';
import type { CountryCode } from 'libphonenumber-js/max';
import type { Evidence } from '../types';
import { originalSpan, type Folded } from '../normalize';
import type { AllowList } from './allow';
import { tokenize, type PhraseHit, type PhraseIndex, type Token } from './phrases';

/** Built once per detector. */
export interface ScanConfig {
  allow: AllowList;
  region: CountryCode;
  exhaustive: boolean;
  index: PhraseIndex;
  linkify: LinkifyIt;
  strongTlds: Set<string>;
  ambiguousTlds: Set<string>;
  contactHosts: Set<string>;
  stopLabels: Set<string>;
}

/** One comment being scanned. */
export class Scan {
  /** Promotion topic (or SEO) words anywhere in the comment: ambiguous contacts count. */
  topicAnywhere: boolean;
  private toks: Token[] | undefined;
  readonly st: ScanState;

  constructor(
    readonly cfg: ScanConfig,
    readonly text: string,
    readonly f: Folded,
    /** prescan flags */
    readonly ps: number,
    /** phrase hits, sorted by end */
    readonly hits: PhraseHit[],
    readonly hitFlags: number,
    topicAnywhere: boolean,
  ) {
    this.topicAnywhere = topicAnywhere;
    this.st = new ScanState(f);
  }

  get s(): string {
    return this.f.s;
  }

  /** Tokens of the folded text, materialized on first use. */
  tokens(): Token[] {
    return (this.toks ??= tokenize(this.f.s));
  }

  /** Whether a slow pass should still run (unless exhaustive, only while nothing was found). */
  get wantMore(): boolean {
    return this.cfg.exhaustive || this.st.found.length === 0;
  }
}

export class ScanState {
  readonly found: Evidence[] = [];
  private taken: Uint8Array | null = null;
  constructor(private readonly f: Folded) {}

  ev(a: number, b: number, term: string, kind: string): void {
    const span = originalSpan(this.f, a, b);
    this.found.push({ detector: 'advertising', term, kind, start: span.start, end: span.end });
  }

  take(a: number, b: number): void {
    if (!this.taken) this.taken = new Uint8Array(this.f.s.length + 1);
    this.taken.fill(1, a, b);
  }

  isTaken(a: number, b: number): boolean {
    const t = this.taken;
    if (!t) return false;
    for (let k = a; k < b; k++) if (t[k]) return true;
    return false;
  }
}

/** Sort, drop spans nested in an earlier one, keep at most one evidence per identical span. */
export function finish(found: Evidence[]): Evidence[] {
  if (found.length <= 1) return found;
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Evidence[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start >= last.start && e.end <= last.end && (e.kind === last.kind || e.kind === 'homoglyph' || last.kind !== 'seo')) continue;
    out.push(e);
  }
  return out;
}
