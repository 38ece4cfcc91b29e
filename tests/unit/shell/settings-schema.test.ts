/** The settings schema (shared with the file config), allowlist entries, and what a restore could teach. */
import { defaults } from '../../../server/src/config';
import { check } from '../../../server/src/config/schema';
import { allowlistProblem, configProblem, SETTINGS_SPEC } from '../../../server/src/config/spec';
import { learnOptions } from '../../../server/src/services/learning-options';
import { filterTerms } from '../../../server/src/services/settings-terms';

describe('settings schema', () => {
  it('names the failing field and says what to write', () => {
    expect(check(SETTINGS_SPEC, { actions: { obscenity: 'explode' } }, '')).toMatchObject({ field: 'actions.obscenity' });
    expect(check(SETTINGS_SPEC, { allowlist: ['ok.com', 42] }, '')).toMatchObject({ field: 'allowlist[1]' });
    expect(check(SETTINGS_SPEC, { targets: [{ uid: 'api::a.a', textField: 't' }] }, '')).toMatchObject({
      field: 'targets[0].authorField',
      message: expect.stringMatching(/is required/),
    });
    expect(check(SETTINGS_SPEC, { nope: 1 }, '')).toMatchObject({ field: 'nope' });
    expect(check(SETTINGS_SPEC, { extraTerms: ['a', { term: 'b', lang: 'ru' }] }, '')).toBeNull();
    expect(check(SETTINGS_SPEC, { allowlist: ['a.com', 'A.com'] }, '')).toMatchObject({ field: 'allowlist[1]', message: /repeats/ });
  });

  it('checks lengths before anything else on huge input, in linear time', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `t${i}`);
    expect(check(SETTINGS_SPEC, { extraTerms: huge }, '')).toMatchObject({ field: 'extraTerms', message: /at most 1000/ });
    expect(check(SETTINGS_SPEC, { allowlist: ['a'.repeat(1_000_000)] }, '')).toMatchObject({ message: /at most 200/ });
  });

  it('refuses a file config the same way, ignoring options it does not describe', () => {
    expect(configProblem(defaults)).toBeNull();
    expect(configProblem({ ...defaults, somethingNewer: { x: 1 } })).toBeNull();
    expect(configProblem({ ...defaults, maxWarnings: -1 })).toMatchObject({ field: 'maxWarnings' });
    expect(configProblem({ ...defaults, duplicate: { ...defaults.duplicate, sameThread: 'yes' } })).toMatchObject({
      field: 'duplicate.sameThread',
    });
    expect(configProblem(null)).toMatchObject({ message: /must be an object/ });
  });
});

describe('allowlist entries', () => {
  it.each([
    ['example-shop.com', null],
    ['https://example-shop.com/help', null],
    ['@example-shop.com', null],
    ['@example_shop', null],
    ['support@example-shop.com', null],
    ['+1 800 555 0100', null],
    ['+7 495 123-45-67', null],
    ['магазин.рф', null],
    ['+1 555 0100', /not a valid phone number/],
    ['12345', /not a valid phone number/],
    ['our shop dot com', /without spaces/],
    ['@@x', /neither/],
    ['a@b@c.com', /not an e-mail/],
    ['http://', /not a domain/],
  ])('%s', (entry, problem) => {
    const found = allowlistProblem(entry, { defaultPhoneRegion: 'US' });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('what a restore could teach', () => {
  const entry = (evidence: unknown[], text = 'My surname is Shitov, please fix it') => ({
    documentId: 'e1',
    authorKey: 'ivan@example.org',
    originalText: text,
    originalData: { content: text },
    evidence,
  });

  it('offers the whole word around a flagged term, once', () => {
    const ev = { detector: 'obscenity', term: 'shit', start: 14, end: 17, kind: 'root', field: 'content' };
    expect(learnOptions(entry([ev, ev]))).toEqual([{ kind: 'term', value: 'Shitov', detector: 'obscenity', evidenceKind: 'root' }]);
  });

  it('offers a Chinese match as it is (no spaces between words)', () => {
    const text = '这个操你妈的东西';
    const ev = { detector: 'obscenity', term: '操你妈', start: 2, end: 5, field: 'content' };
    expect(learnOptions(entry([ev], text))[0].value).toBe('操你妈');
  });

  it('offers contacts for the allowlist and the author for repeats, nothing for phrases', () => {
    const options = learnOptions(
      entry([
        { detector: 'advertising', term: 'shop.example.net', kind: 'url', start: 0, end: 3 },
        { detector: 'advertising', term: '+12125550100', kind: 'phone', start: 0, end: 3 },
        { detector: 'advertising', term: 'best price', kind: 'seo', start: 0, end: 3 },
        { detector: 'duplicate', term: 'c1', kind: 'repeat', start: 0, end: 3 },
      ])
    );
    expect(options.map((o) => [o.kind, o.value])).toEqual([
      ['allowlist', 'shop.example.net'],
      ['allowlist', '+12125550100'],
      ['author', 'ivan@example.org'],
    ]);
  });

  it('survives garbage evidence', () => {
    expect(learnOptions({ evidence: 'x' })).toEqual([]);
    expect(learnOptions({ evidence: [null, { detector: 'obscenity', start: 'a' }], originalText: 'x' })).toEqual([]);
  });
});

describe('filter inputs from settings', () => {
  it('passes terms with their language and learned exceptions through the core\'s options', () => {
    const terms = filterTerms(
      { allowlist: ['a.com'], extraTerms: ['x', { term: 'y', lang: 'ru' }], extraExceptions: [{ term: 'z', lang: 'en' }] },
      { terms: ['Shitov'], allow: ['b.com'] }
    );
    expect(terms).toEqual({
      allow: ['a.com', 'b.com'],
      extraTerms: [{ term: 'x' }, { term: 'y', lang: 'ru' }],
      extraExceptions: ['z', 'Shitov'],
    });
  });
});
