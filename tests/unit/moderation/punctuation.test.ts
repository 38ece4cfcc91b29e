/**
 * Punctuation as a masked letter inside longer Russian words (issue #9): бл.дь, ху.ня, ё.аный are
 * read through their longer lexicon spellings (бляд, хуйн, ебан), whose hit covers the mask with
 * letters on both sides; and e-banking is no "eban" (clean words that end the word: `ebank$`).
 * Latin: a single letter by the punctuation in a longer word (n.gger, m.therf.cker) only for a
 * hit that is the whole word and when no piece is an English word (not t.anyone, u.book).
 * Property: random pairs of real clean words joined by punctuation are never flagged under the
 * spellings added here.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';
import { englishWords } from '../../../server/src/moderation/segment/words';
import { RU_LEXICON } from '../../../server/src/moderation/lexicons/ru';

const detector = createObscenityDetector();
const terms = (t: string) => detector.detect(t).map((e) => e.term);
const shown = (t: string) => detector.detect(t).map((e) => t.slice(e.start, e.end));

/** Lexicon spellings added for the masked Russian words, and the stem they came with. */
const ADDED = new Set(['бляд', 'блят', 'хуйн', 'хуев', 'хуёв', 'ебан', 'ебал', 'ебат']);
const en = [...englishWords()];
const RU_PREFIXES = new Set(RU_LEXICON.prefixes!.flatMap((x) => x.terms.split(/\s+/).filter(Boolean)));
const PUNCT = ['.', '-', '_', '?', ',', ':', ';', '~', '/', '\\', '+', '=', '%', '&', '·', '•', '‐', '–', '—'];

describe('one punctuation mask inside a longer Russian word', () => {
  it('catches бл.дь, ху.ня, ё.аный and their kin, the whole word as evidence', () => {
    for (const [t, term, ev] of [
      ['бл.дь', 'бляд', 'бл.дь'],
      ['ну ты бл-дь', 'бляд', 'бл-дь'],
      ['бл_ть', 'блят', 'бл_ть'],
      ['какая ху.ня', 'хуйн', 'ху.ня'],
      ['х.йня', 'хуйн', 'х.йня'],
      ['ху?во', 'хуев', 'ху?во'],
      ['ё.аный сервис', 'ебан', 'ё.аный'],
      ['е.аный', 'ебан', 'е.аный'],
      ['еб.ть', 'ебат', 'еб.ть'],
      ['е–ал я', 'ебал', 'е–ал'],
      ['Бл.ДЬ', 'бляд', 'Бл.ДЬ'],
    ] as const) {
      expect([t, terms(t)]).toEqual([t, [term]]);
      expect([t, shown(t)]).toEqual([t, [ev]]);
    }
  });

  it('keeps the forms caught before (х.й, п.зда, ты с-ка) and the plain words', () => {
    for (const t of ['х.й', 'п.зда', 'ты с-ка', 'хуйня', 'ебаный', 'блядь', 'блять', 'хуёво']) expect([t, terms(t).length]).toEqual([t, 1]);
  });

  it('keeps look-alikes clean: real words around punctuation, one letter posted twice', () => {
    for (const t of [
      'её.алем', 'её-английский', 'её.адрес', 'её-анкета', 'ш-ка', 'кто-то', 'из-за', 'по-моему', 'бл.', 'ху.', 'е.',
      'бляха-муха', 'е-мейл', 'т.е. завтра', 'и т.д.', 'и т.п.', 'г.Москва', 'ул.Ленина', 'см.ниже', 'e.g.', 'Mr.Smith',
      'a-b', 's.h.i.p', 'v1.2.3', 'https://example.org/ху/ня', 'e-mail', 'x-ray', 'p.s.',
      'вах.инну', 'пах-инный',
      // no prefix stacks on itself: заза&бан is no за-за-ебан (found by the random pairs below)
      'заза&бангладешская', 'заза*бан', 'попо%бал',
    ]) expect([t, shown(t)]).toEqual([t, []]);
    // a prefix (or two different ones) before a masked е is still read: за*бал, пона*бали
    for (const t of ['за&бан', 'за*бал', 'пона*бали', 'недо*банный']) expect([t, terms(t).length]).toEqual([t, 1]);
    // A word ending in х before a mask is no хуйн: the longer spellings must start the word. (The
    // backslash form is still read as the old хуй stem, a false positive older than these spellings.)
    for (const t of ['вах\\инну', 'вах~инну', 'пах_инный']) expect([t, terms(t).filter((x) => ADDED.has(x))]).toEqual([t, []]);
  });
});

describe('e-banking is no "eban"', () => {
  it('leaves e-banking, ebanking, e-bank, e-banks, e-banker clean', () => {
    for (const t of ['e-banking', 'E-Banking app is down', 'eBanking', 'your e-bank account', 'e-bank!', 'two e-banks', 'the e-banker called', 'e.banking']) {
      expect([t, shown(t)]).toEqual([t, []]);
    }
  });

  it('still catches the abuse forms of the stem, glued or disguised', () => {
    for (const t of ['eban', 'ebanko', 'ebanashka', 'ebanyi', 'e-bany', 'e.banyi', 'ty ebanat', 'ebankoo', 'yoban']) expect([t, terms(t).length > 0]).toEqual([t, true]);
  });
});

describe('random pairs of real words joined by punctuation', () => {
  const dir = join(__dirname, '../../data/clean');
  const ru = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('-ru.txt'))) {
    for (const w of readFileSync(join(dir, f), 'utf8').toLowerCase().match(/[а-яё]+/g) ?? []) ru.add(w);
  }
  const ruWords = [...ru];
  const ruShort = ruWords.filter((w) => w.length <= 4);
  const added = (t: string) => terms(t).filter((x) => ADDED.has(x));

  it('has word lists to draw from', () => {
    expect(ruWords.length).toBeGreaterThan(2000);
    expect(en.length).toBeGreaterThan(100_000);
  });

  it('no Russian pair (a short word first) is flagged under the added spellings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ruShort), fc.constantFrom(...PUNCT), fc.constantFrom(...ruWords), (a, p, b) => {
        // a word-formation prefix before a masked stem is meant (по*бать); glued words are another reading
        fc.pre(!RU_PREFIXES.has(a) && terms(a + b).length === 0);
        expect([a + p + b, added(a + p + b)]).toEqual([a + p + b, []]);
      }),
      { numRuns: 8_000 },
    );
  });

  it('no English pair is flagged under the added spellings or as eban', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: en.length - 1 }), fc.constantFrom(...PUNCT), fc.integer({ min: 0, max: en.length - 1 }), (i, p, j) => {
        const t = en[i] + p + en[j];
        expect([t, terms(t).filter((x) => ADDED.has(x) || x === 'eban')]).toEqual([t, []]);
      }),
      { numRuns: 8_000 },
    );
  });
});

describe('one punctuation mask by a single letter in a longer Latin word', () => {
  it('catches n.gger, m.therf.cker and kin when the hit is the whole word (an ending of two letters at most)', () => {
    for (const [t, term] of [
      ['n.gger', 'nigger'],
      ['you n.ggers', 'nigger'],
      ['m.therf.cker', 'motherfuck'],
      ['c.cksucker', 'cocksucker'],
      ['b.tches', 'bitch'],
      ['p.ussy', 'pussy'],
      ['N?GGER', 'nigger'],
    ] as const) expect([t, terms(t)]).toEqual([t, [term]]);
  });

  it('keeps a letter and a word, or a hit inside a longer word, clean', () => {
    for (const t of [
      't.anyone', 't?anyone', 'a.nyone', 'u.book', 'u.bank', 'f.cell', 'f.call', 'e.allow', 'e.also', 'p.door', 'p.draw', 'm.error',
      'y.band', 'Mr.A.Smith', 'e-mail', 'x-ray', 'w/o', 'a.s.a.p.', 'e.g.', 'i.e.', 's.h.i.p', 'A.Smith called',
    ]) expect([t, shown(t)]).toEqual([t, []]);
  });

  it('no single letter, punctuation and English word is flagged unless the word alone is', () => {
    const clean = en.filter((w) => w.length >= 4 && w.length <= 12); // the longer words (shorter ones: sh.t rules)
    fc.assert(
      fc.property(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.constantFrom('.', '?', '_'), fc.integer({ min: 0, max: clean.length - 1 }), (a, p, j) => {
        const w = clean[j];
        fc.pre(terms(w).length === 0 && terms(a + w).length === 0); // glued (ebailee): another reading
        expect([a + p + w, shown(a + p + w)]).toEqual([a + p + w, []]);
      }),
      { numRuns: 8_000 },
    );
  });
});
