/**
 * Tone check of a moderator's reply (pure core: no Strapi import).
 *
 *   checkTone(text, { lang? }) → { flags: [{ kind, start, end, rule, explanation }] }
 *
 * Flags condescension, humor (jokes, laughter, sarcasm markers), bribe-like offers in exchange
 * for deleting or changing a review, and over-apology, in English, Russian and Chinese.
 * It advises; it never blocks. Offsets are UTF-16 indices into the original text.
 * Linear time: one fold, one Aho–Corasick pass, then passes over the hits.
 *
 * Context rules against false positives:
 * - "obviously / очевидно / 显然" next to an admission of the brand's own fault in the same
 *   sentence ("obviously we were wrong") is an admission, not condescension;
 * - an offer (discount, refund, 红包…) is a bribe only with a request to delete or change the
 *   review close by (same or next sentence), and not when that request is negated
 *   ("you don't need to change your review", "независимо от отзыва", "无需修改评价");
 * - apologies are over-apology only when three or more fall in a short passage, or grovel;
 * - laughter must be a whole word ("lollipop" is not "lol"), and ")))" counts only when the
 *   parentheses close nothing.
 */
import { buildAutomaton, type Automaton, type Hit, type Pattern } from './automaton';
import { foldText, isWordChar, originalSpan, type Folded } from './fold';
import {
  byStart,
  discounts,
  disjoint,
  findNear,
  grins,
  laughter,
  MAX_SPAN,
  pairs,
  type Located,
  type Span,
} from './spans';
import { COMMON } from './phrases/common';
import { EN } from './phrases/en';
import { EN_FAMILIES } from './phrases/families-en';
import { RU_FAMILIES } from './phrases/families-ru';
import { ZH_FAMILIES } from './phrases/families-zh';
import { EXPLANATIONS, type ToneRule } from './phrases/explanations';
import { RU } from './phrases/ru';
import { ZH } from './phrases/zh';
import {
  TONE_LANGS,
  type PhraseGroup,
  type ToneFlag,
  type ToneKind,
  type ToneLang,
  type ToneOptions,
  type ToneResult,
} from './types';

export * from './types';
export { EXPLANATIONS, type ToneRule } from './phrases/explanations';

export const PHRASE_GROUPS: readonly PhraseGroup[] = [
  ...COMMON,
  ...EN,
  ...RU,
  ...ZH,
  ...EN_FAMILIES,
  ...RU_FAMILIES,
  ...ZH_FAMILIES,
];

/** How near (folded chars) an admission must be to "obviously" to make it one. */
const ADMISSION_WINDOW = 40;
/** How near a negation must come before a removal request to cancel it. */
const NEGATION_WINDOW = 40;
/** How far apart an offer and a removal request may be (and at most one sentence apart). */
const BRIBE_WINDOW = 200;
/** This many apologies within APOLOGY_WINDOW folded chars are over-apology. */
const APOLOGY_COUNT = 3;
const APOLOGY_WINDOW = 500;
/** How near a verb and its object (delete … review; explained … three times) must be. */
const PAIR_WINDOW = 30;

interface Compiled {
  automaton: Automaton;
  groups: readonly PhraseGroup[];
}

const cache = new Map<string, Compiled>();

function compile(lang: ToneLang | undefined): Compiled {
  const key = lang ?? '*';
  const hit = cache.get(key);
  if (hit) return hit;
  const groups = PHRASE_GROUPS.filter((g) => !lang || g.lang === 'any' || g.lang === lang);
  const patterns: Pattern[] = [];
  groups.forEach((g, group) => {
    for (const phrase of g.phrases) {
      const prefix = phrase.endsWith('*');
      const text = foldText(prefix ? phrase.slice(0, -1) : phrase).text.trim();
      // Neighbourhood searches (spans.ts findNear) assume no phrase is longer than MAX_SPAN.
      if (text.length > MAX_SPAN) throw new Error(`tone phrase longer than ${MAX_SPAN}: ${phrase}`);
      if (text) patterns.push({ text, group, prefix });
    }
  });
  const compiled = { automaton: buildAutomaton(patterns), groups };
  cache.set(key, compiled);
  return compiled;
}

interface Candidate extends Span {
  kind: ToneKind;
  rule: ToneRule;
}

const flagOf = (kind: ToneKind, rule: ToneRule, start: number, end: number): Candidate => ({
  kind,
  rule,
  start,
  end,
});

/** Keeps whole-word matches (Chinese needs none; stems `скидк*` none on the right), `/s` only after a space. */
function atBoundary(f: Folded, h: Hit, p: Pattern, g: PhraseGroup): boolean {
  const t = f.text;
  if (g.leftSpace && h.start > 0 && t.charCodeAt(h.start - 1) !== 0x20) return false;
  if (isWordChar(p.text.charCodeAt(0)) && h.start > 0 && isWordChar(t.charCodeAt(h.start - 1)))
    return false;
  const last = p.text.charCodeAt(p.text.length - 1);
  if (!p.prefix && isWordChar(last) && h.end < t.length && isWordChar(t.charCodeAt(h.end)))
    return false;
  return true;
}

export function checkTone(text: string, options: ToneOptions = {}): ToneResult {
  if (typeof text !== 'string' || text.length === 0) return { flags: [] };
  const lang =
    options.lang && (TONE_LANGS as readonly string[]).includes(options.lang)
      ? options.lang
      : undefined;
  const { automaton, groups } = compile(lang);
  const f = foldText(text);
  const byRole: Partial<Record<PhraseGroup['role'], Located[]>> = {};
  const candidates: Candidate[] = [];
  for (const h of automaton.scan(f.text)) {
    const p = automaton.patterns[h.pattern];
    const g = groups[p.group];
    if (g.role === 'laugh') {
      // Its own boundaries: on the whole run, not on the seed.
      const span = laughter(f, h, p);
      if (span) candidates.push(flagOf('humor', 'humor.laughter', span.start, span.end));
      continue;
    }
    if (!atBoundary(f, h, p, g)) continue;
    (byRole[g.role] ??= []).push({ start: h.start, end: h.end, group: g });
  }
  for (const s of byRole.flag ?? [])
    candidates.push(flagOf(s.group.kind!, s.group.id as ToneRule, s.start, s.end));
  for (const s of grins(f)) candidates.push(flagOf('humor', 'humor.laughter', s.start, s.end));

  const admissions = byStart(byRole.admission);
  for (const s of byRole.obviously ?? []) {
    if (findNear(f, admissions, s, ADMISSION_WINDOW, 0)) continue;
    candidates.push(flagOf('condescension', 'condescension.obviously', s.start, s.end));
  }
  for (const s of pairs(
    f,
    byRole['repeat-verb'] ?? [],
    byStart(byRole['repeat-count']),
    PAIR_WINDOW
  )) {
    candidates.push(flagOf('condescension', 'condescension.already-said', s.start, s.end));
  }

  const familyRemovals: Span[] = [];
  for (const s of families(f, byRole, admissions)) {
    if (s.rule === 'removal') familyRemovals.push(s);
    else candidates.push(flagOf(s.rule.split('.')[0] as ToneKind, s.rule as ToneRule, s.start, s.end));
  }

  const negations = byStart(byRole.negation);
  const offers = byStart([...disjoint(byRole.offer ?? []), ...discounts(f)]);
  const removals = [
    ...(byRole.removal ?? []),
    ...familyRemovals,
    ...pairs(f, byRole['removal-verb'] ?? [], byStart(byRole['removal-object']), PAIR_WINDOW),
  ];
  for (const r of disjoint(removals)) {
    const negated = findNear(f, negations, r, NEGATION_WINDOW, 0, (n) => n.start < r.start);
    if (negated) continue;
    const offer = findNear(f, offers, r, BRIBE_WINDOW, 1);
    if (offer) {
      candidates.push(
        flagOf(
          'bribe',
          'bribe.offer-for-removal',
          Math.min(offer.start, r.start),
          Math.max(offer.end, r.end)
        )
      );
    }
  }

  const apologies = disjoint(byRole.apology ?? []);
  const marked = new Set<number>();
  for (let i = 0, j = 0; i < apologies.length; i++) {
    while (apologies[i].start - apologies[j].start > APOLOGY_WINDOW) j++;
    if (i - j + 1 >= APOLOGY_COUNT) for (let k = j; k <= i; k++) marked.add(k);
  }
  for (const k of marked) {
    candidates.push(
      flagOf('overapology', 'overapology.repeated', apologies[k].start, apologies[k].end)
    );
  }
  return { flags: finish(text, f, candidates) };
}

/**
 * Feature families: each lead with a core of its family near it in one sentence, unless a guard
 * of the family lies between them, or (when the family says so) an admission is close by.
 */
function families(
  f: Folded,
  byRole: Partial<Record<PhraseGroup['role'], Located[]>>,
  admissions: Located[]
): Array<Span & { rule: string }> {
  const of = (role: PhraseGroup['role']) => {
    const m = new Map<string, Located[]>();
    for (const s of byRole[role] ?? []) {
      const list = m.get(s.group.family!) ?? [];
      list.push(s);
      m.set(s.group.family!, list);
    }
    for (const list of m.values()) byStart(list);
    return m;
  };
  const cores = of('core');
  const guards = of('guard');
  const out: Array<Span & { rule: string }> = [];
  for (const lead of byRole.lead ?? []) {
    const g = lead.group;
    const window = g.window ?? PAIR_WINDOW;
    // The framing comes first: "as I … pointed out", "正如 … 所说".
    const core = findNear(f, cores.get(g.family!) ?? [], lead, window, 0, (c) => c.start >= lead.end);
    if (!core) continue;
    const between = (s: Span) => s.start >= lead.end && s.end <= core.start;
    if (findNear(f, guards.get(g.family!) ?? [], lead, window, 0, between)) continue;
    const span = { start: lead.start, end: core.end };
    if (g.unlessAdmission && findNear(f, admissions, span, ADMISSION_WINDOW, 0)) continue;
    out.push({ rule: g.family!.split('#')[0], ...span });
  }
  return out;
}

/** Folded spans → original offsets, sorted; overlapping spans of one kind become one flag. */
function finish(text: string, f: Folded, candidates: Candidate[]): ToneFlag[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  const lastOfKind = new Map<ToneKind, Candidate>();
  for (const c of sorted) {
    const same = lastOfKind.get(c.kind);
    if (same && c.start < same.end) {
      same.end = Math.max(same.end, c.end);
      continue;
    }
    const copy = { ...c };
    merged.push(copy);
    lastOfKind.set(c.kind, copy);
  }
  return merged.map((c) => {
    const [start, end] = originalSpan(text, f, c.start, c.end);
    return { kind: c.kind, start, end, rule: c.rule, explanation: EXPLANATIONS[c.rule] };
  });
}
