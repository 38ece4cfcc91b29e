/**
 * Reply templates and the replies contract: every starter template reads calmly (the tone check
 * flags nothing in any language), uses only the placeholders the contract lists, and fills them.
 */
import {
  fillTemplate,
  REPLY_TEMPLATE_KEYS,
  REPLY_TEMPLATE_PLACEHOLDERS,
  REPLY_TONE_KINDS,
  REPLY_TONE_LANGS,
} from '../../shared/contracts/replies';
import { STARTER_TEMPLATES } from '../../server/src/defaults/reply-templates';
import { checkTone, TONE_KINDS, TONE_LANGS } from '../../server/src/moderation/tone/check';
import { toneLang } from '../../server/src/services/reply-templates';

const LANG = { en: 'en', ru: 'ru', 'zh-Hans': 'zh' } as const;

describe('starter reply templates', () => {
  const all = REPLY_TEMPLATE_KEYS.flatMap((key) =>
    (Object.keys(LANG) as Array<keyof typeof LANG>).map((locale) => ({ key, locale, ...STARTER_TEMPLATES[key][locale] }))
  );

  it('exist for every key in en, ru and zh-Hans', () => {
    expect(all).toHaveLength(REPLY_TEMPLATE_KEYS.length * 3);
    for (const t of all) {
      expect(t.title.trim().length).toBeGreaterThan(3);
      expect(t.body.trim().length).toBeGreaterThan(40);
      expect(t.body.length).toBeLessThanOrEqual(5000);
    }
  });

  it.each(all.map((t) => [t.key, t.locale, t] as const))('%s (%s) gets no tone flag, with or without its language', (_k, locale, t) => {
    for (const text of [t.title, t.body]) {
      expect(checkTone(text, { lang: LANG[locale] }).flags).toEqual([]);
      expect(checkTone(text).flags).toEqual([]);
    }
  });

  it.each(all.map((t) => [t.key, t.locale, t] as const))('%s (%s) uses exactly the placeholders listed for it', (key, _l, t) => {
    expect(new Set(fillTemplate(t.body, {}).missing)).toEqual(new Set(REPLY_TEMPLATE_PLACEHOLDERS[key]));
  });

  it('the fake request asks for the order number, the purchase date and a deadline', () => {
    const filled = fillTemplate(STARTER_TEMPLATES['fake-request'].en.body, {
      authorName: 'Ann',
      orderNumberField: 'order number',
      purchaseDateField: 'purchase date',
      deadline: '2026-11-28',
    });
    expect(filled.missing).toEqual([]);
    expect(filled.text).toContain('Hello Ann,');
    expect(filled.text).toContain('the order number and the purchase date by 2026-11-28');
  });
});

describe('fillTemplate', () => {
  it('fills known names, keeps and lists missing ones, leaves text as text', () => {
    const r = fillTemplate('Hi {authorName}, case {caseNumber}: {solution} {authorName} {bad name} {} {x}', {
      authorName: '<b>Ann</b> {caseNumber}',
      caseNumber: 42,
      x: null,
    });
    // A value is never re-scanned for placeholders and is inserted as it is (escaping is the caller's job).
    expect(r.text).toBe('Hi <b>Ann</b> {caseNumber}, case 42: {solution} <b>Ann</b> {caseNumber} {bad name} {} {x}');
    expect(r.missing).toEqual(['solution', 'x']);
  });

  it('ignores inherited properties and stays linear on a hostile body', () => {
    expect(fillTemplate('{constructor}{toString}', {}).text).toBe('{constructor}{toString}');
    const hostile = '{'.repeat(100_000) + 'a'.repeat(100_000);
    expect(fillTemplate(hostile, { a: 'x' }).text).toBe(hostile);
  });
});

describe('replies contract', () => {
  it('lists the same kinds and languages as the core', () => {
    expect([...REPLY_TONE_KINDS]).toEqual([...TONE_KINDS]);
    expect([...REPLY_TONE_LANGS]).toEqual([...TONE_LANGS]);
  });

  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ru-RU', 'ru'],
    ['zh-Hans', 'zh'],
    ['zh_CN', 'zh'],
    ['fr', null],
    ['', null],
  ])('maps %s to the tone language %s', (locale, lang) => {
    expect(toneLang(locale)).toBe(lang);
  });
});

describe('console translations of the tone check', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const load = (l: string): Record<string, string> => require(`../../admin/src/translations/${l}.json`);

  it('translate every rule and kind in en, ru and zh-Hans; English is the core explanation', () => {
    const { EXPLANATIONS } = jest.requireActual('../../server/src/moderation/tone/check');
    for (const l of ['en', 'ru', 'zh-Hans']) {
      const messages = load(l);
      for (const rule of Object.keys(EXPLANATIONS)) expect([l, rule, typeof messages[`replies.rule.${rule}`]]).toEqual([l, rule, 'string']);
      for (const kind of REPLY_TONE_KINDS) expect(typeof messages[`replies.kind.${kind}`]).toBe('string');
    }
    for (const [rule, sentence] of Object.entries(EXPLANATIONS)) expect(load('en')[`replies.rule.${rule}`]).toBe(sentence);
  });
});
