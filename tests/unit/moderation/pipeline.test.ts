import { createModerator, createMemoryStore, classify, CATEGORIES } from '../../../server/src/moderation';
import type { DuplicateStore, FingerprintRecord } from '../../../server/src/moderation/types';

const ALLOW = ['example-shop.com', '+1 800 555 0100'];
const complaint = 'Order #7218-5042 is 16 days late and support ignores me. Refund now!';

describe('createModerator: content order obscenity → advertising → allow', () => {
  const m = createModerator({ allow: ALLOW });

  it('classifies clean, obscene and advertising texts', () => {
    expect(m.classifyText('Packaging was perfect, nothing broken this time 👍')).toEqual({ category: 'allow', evidence: [] });
    const obs = m.classifyText('This fucking app logged me out again');
    expect(obs.category).toBe('obscenity');
    expect(obs.evidence.length).toBeGreaterThan(0);
    expect(obs.evidence.every((e) => e.detector === 'obscenity')).toBe(true);
    const ad = m.classifyText('Earn $500/day from home, DM me on Telegram t.me/crypto_master565');
    expect(ad.category).toBe('advertising');
    expect(ad.evidence[0].detector).toBe('advertising');
  });

  it('obscenity wins over advertising when both are present', () => {
    const d = m.classifyText('fuck this, buy followers at t.me/spam_bot');
    expect(d.category).toBe('obscenity');
  });

  it('the brand allow list reaches the advertising detector', () => {
    expect(m.classifyText('Called +1 800 555 0100 and wrote to support@example-shop.com').category).toBe('allow');
    expect(createModerator().classifyText('Called +1 800 555 0100, see example-shop.com').category).toBe('advertising');
  });

  it('category is always one of the four', () => {
    for (const t of ['', ' ', '😀', 'ok', '\ud800', 'x'.repeat(10_000)]) {
      expect(CATEGORIES).toContain(m.classifyText(t).category);
    }
  });
});

describe('createModerator: duplicates', () => {
  it('flags a repeat of the same author under another thread, with evidence of the first one', async () => {
    const m = createModerator({ allow: ALLOW });
    const store = createMemoryStore();
    const first = await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store, now: () => 1000 });
    expect(first.category).toBe('allow');
    const again = await m.classify({ id: 'c2', author: 'u1', thread: 'p2', text: '  ' + complaint.toLowerCase() + ' 😡' }, { store });
    expect(again.category).toBe('duplicate');
    expect(again.evidence).toHaveLength(1);
    expect(again.evidence[0]).toMatchObject({ detector: 'duplicate', term: 'c1', firstId: 'c1', firstThread: 'p1' });
    expect(again.evidence[0].similarity).toBeGreaterThan(0.5);
    const recent = (await store.recent('u1', 10)) as FingerprintRecord[];
    expect(recent).toHaveLength(1); // the duplicate itself is not remembered
    expect(recent[0]).toMatchObject({ author: 'u1', thread: 'p1', commentId: 'c1', createdAt: 1000 });
  });

  it('another author with the same text is not a duplicate', async () => {
    const m = createModerator();
    const store = createMemoryStore();
    await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store });
    expect((await m.classify({ id: 'c2', author: 'u2', thread: 'p2', text: complaint }, { store })).category).toBe('allow');
  });

  it('does not remember with remember:false, nor content that was blocked', async () => {
    const m = createModerator();
    const store = createMemoryStore();
    await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store, remember: false });
    expect(await store.recent('u1', 10)).toEqual([]);
    await m.classify({ id: 'c2', author: 'u1', thread: 'p1', text: 'Buy followers at t.me/spam_bot cheap' }, { store });
    expect(await store.recent('u1', 10)).toEqual([]);
    expect((await m.classify({ id: 'c3', author: 'u1', thread: 'p2', text: complaint }, { store })).category).toBe('allow');
  });

  it('without a store, duplicates are not checked', async () => {
    const m = createModerator();
    expect((await m.classify({ author: 'u1', thread: 'p1', text: complaint })).category).toBe('allow');
    expect((await m.classify({ author: 'u1', thread: 'p2', text: complaint })).category).toBe('allow');
  });

  it('works with an asynchronous store', async () => {
    const inner = createMemoryStore();
    const store: DuplicateStore = {
      recent: async (a, l) => inner.recent(a, l),
      add: async (r) => inner.add(r),
    };
    const m = createModerator();
    await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store });
    expect((await m.classify({ id: 'c2', author: 'u1', thread: 'p2', text: complaint }, { store })).category).toBe('duplicate');
  });

  it('honours duplicate.threshold', async () => {
    const m = createModerator({ duplicate: { threshold: 0.999 } });
    const store = createMemoryStore();
    await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store });
    const d = await m.classify({ id: 'c2', author: 'u1', thread: 'p2', text: complaint.replace('ignores me', 'does not answer') }, { store });
    expect(d.category).toBe('allow');
  });
});

describe('createModerator: never throws', () => {
  it('a failing store is reported in errors and the comment is let through', async () => {
    const m = createModerator({ logger: { error: () => undefined } });
    const broken: DuplicateStore = {
      recent: () => {
        throw new Error('db down');
      },
      add: () => undefined,
    };
    const d = await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store: broken });
    expect(d.category).toBe('allow');
    expect(d.errors).toEqual([{ stage: 'duplicate', message: 'db down' }]);

    const rejecting: DuplicateStore = { recent: () => [], add: () => Promise.reject(new Error('write failed')) };
    const d2 = await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store: rejecting });
    expect(d2.category).toBe('allow');
    expect(d2.errors?.[0].message).toContain('write failed');
  });

  it('garbage input gives a decision, not an exception', async () => {
    const m = createModerator();
    const d = await m.classify({ author: undefined, thread: null, text: undefined } as never, { store: createMemoryStore() });
    expect(d.category).toBe('allow');
    await expect(m.classify(null as never)).resolves.toMatchObject({ category: 'allow' });
  });

  it('a throwing detector is logged, reported, and the comment still gets a decision from the other stages', () => {
    const lines: string[] = [];
    const logger = { error: (msg: string) => lines.push(msg) };
    const boom = { detect: (): never => { throw new TypeError('boom'); } };
    const m = createModerator({ logger, stages: { obscenity: boom } });
    const d = m.classifyText('Join t.me/spam_channel for crypto signals');
    expect(d.category).toBe('advertising');
    expect(d.errors).toEqual([{ stage: 'obscenity', message: 'boom' }]);
    expect(lines).toEqual(['[brand-community] filter stage "obscenity" failed open: boom']);
    expect(m.classifyText('hello there')).toMatchObject({ category: 'allow', errors: [{ stage: 'obscenity' }] });
    expect(lines).toHaveLength(2);

    const m2 = createModerator({ logger, stages: { advertising: boom } });
    expect(m2.classifyText('you are a fucking idiot').category).toBe('obscenity');
    expect(m2.classifyText('Join t.me/spam_channel')).toMatchObject({ category: 'allow', errors: [{ stage: 'advertising', message: 'boom' }] });
    expect(lines[lines.length - 1]).toContain('"advertising" failed open: boom');
  });

  it('a detector that returns garbage is a failed stage too, and a throwing logger changes nothing', () => {
    const m = createModerator({
      logger: { error: () => { throw new Error('log down'); } },
      stages: { obscenity: { detect: () => null as never } },
    });
    const d = m.classifyText('Join t.me/spam_channel');
    expect(d.category).toBe('advertising');
    expect(d.errors?.map((e) => e.message)).toEqual(['detector returned no evidence list', 'logger failed: log down']);
  });

  it('a failing store is logged', async () => {
    const lines: string[] = [];
    const m = createModerator({ logger: { error: (msg) => lines.push(msg) } });
    const broken: DuplicateStore = { recent: () => Promise.reject(new Error('db down')), add: () => undefined };
    const d = await m.classify({ id: 'c1', author: 'u1', thread: 'p1', text: complaint }, { store: broken });
    expect(d).toMatchObject({ category: 'allow', errors: [{ stage: 'duplicate', message: 'db down' }] });
    expect(lines).toEqual(['[brand-community] filter stage "duplicate" failed open: db down']);
  });

  it('the advertising detector is pure: its result carries the promotion flag, nothing is kept between calls', () => {
    const m = createModerator({ logger: { error: () => undefined } });
    expect(m.classifyText('My order page: https://example.org/orders/1').promotion).toBe(false);
    expect(m.classifyText('Crypto signals daily: https://example.org/join').promotion).toBe(true);
    expect(m.classifyText('My order page: https://example.org/orders/1').promotion).toBe(false);
  });
});

describe('classify() convenience', () => {
  it('uses the allow list and the store from the context', async () => {
    const store = createMemoryStore();
    const a = await classify({ id: 'c1', author: 'u1', thread: 'p1', text: 'Wrote to support@example-shop.com, no reply for days.' }, { allow: ALLOW, store });
    expect(a.category).toBe('allow');
    const b = await classify({ id: 'c2', author: 'u1', thread: 'p2', text: 'Wrote to support@example-shop.com, no reply for days!!' }, { allow: ALLOW, store });
    expect(b.category).toBe('duplicate');
    const c = await classify({ author: 'u2', thread: 'p1', text: 'Wrote to support@example-shop.com' });
    expect(c.category).toBe('advertising');
  });
});
