import fc from 'fast-check';
import {
  computeFingerprint,
  createMemoryStore,
  findDuplicate,
  fingerprint,
  parseFingerprint,
  similarity,
  DEFAULT_THRESHOLD,
} from '../../../server/src/moderation/duplicates';
import type { DuplicateStore } from '../../../server/src/moderation/types';

const sim = (a: string, b: string) => similarity(computeFingerprint(a), computeFingerprint(b));

describe('fingerprint', () => {
  it('is a serializable string that round-trips', () => {
    const fp = fingerprint('Order #7218-5042 is 16 days late and support ignores me. Refund now!');
    expect(typeof fp).toBe('string');
    const parsed = parseFingerprint(fp);
    expect(parsed).not.toBeNull();
    expect(similarity(parsed!, computeFingerprint('Order #7218-5042 is 16 days late and support ignores me. Refund now!'))).toBe(1);
    expect(JSON.parse(JSON.stringify({ fp })).fp).toBe(fp);
  });

  it('rejects unknown formats', () => {
    expect(parseFingerprint('x1|3|abc|1,2')).toBeNull();
    expect(parseFingerprint('garbage')).toBeNull();
    expect(parseFingerprint('d1|nan|abc|')).toBeNull();
  });

  it('ignores case, punctuation, whitespace, emoji, zero-width characters and homoglyphs', () => {
    const base = 'Why is nobody answering the support chat? Waiting since 2024-12-06.';
    for (const v of [
      'WHY IS NOBODY ANSWERING THE SUPPORT CHAT? WAITING SINCE 2024-12-06. ‼️',
      '😠 Why is nobody answering the support chat? Waiting since 2024-12-06.',
      '  Why is nobody   answering the support chat?!  Waiting since 2024-12-06...',
      'Why is nobody ans\u200bwering the support chat? Waiting since 2024-12-06.',
      'Why is n\u043ebody answering the supp\u043ert chat? Waiting since 2024-12-06.',
    ]) {
      expect(sim(base, v)).toBe(1);
    }
  });
});

describe('similarity', () => {
  it('is high for a word or two added or changed (EN / RU / ZH)', () => {
    const pairs: Array<[string, string]> = [
      ['Your app keeps crashing every time I open the cart. Fix it please.', 'Guys, Your app crashes every time I open the cart. Fix it please.'],
      ['Do not order from here, my parcel has been lost for 15 days.', 'Do not order from here, my package has been lost for 15 days.'],
      ['Списали деньги дважды! Прошу вернуть 10147 ₽.', 'Опять: Списали деньги дважды! Прошу вернуть 10147 ₽.'],
      ['Где мои деньги за отменённый заказ? Безобразие.', 'Где мои деньги за отменённый заказ? Это безобразие.'],
      ['APP一到付款就崩溃，什么时候修好？', 'APP一到付款就闪退，什么时候修好？'],
      ['订单20247296867079已经13天没发货了，客服也不理人，请尽快退款！', '订单20247296867079已经13天没发货了，客服不回复，请尽快退款！'],
    ];
    for (const [a, b] of pairs) expect(sim(a, b)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('is low for different comments', () => {
    const pairs: Array<[string, string]> = [
      ['Your app crashes every time I open the cart. Fix it please.', '@tom.h try clearing the app cache, that fixed it for me.'],
      ['Order #22507321 is 15 days late and support ignores me.', 'I emailed support@example-shop.com yesterday, still no reply.'],
      ['订单20252886546840可以改地址吗？', '重复扣款了，请退款！订单20254470392791'],
    ];
    for (const [a, b] of pairs) expect(sim(a, b)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('never counts very short comments, and short ones only when exactly equal', () => {
    expect(sim('thanks!', 'thanks!')).toBe(0);
    expect(sim('+1', '+1')).toBe(0);
    expect(sim('👍', '👍')).toBe(0);
    expect(sim('спасибо', 'Спасибо!!')).toBe(0);
    expect(sim('Where is my order?', 'where is my order!!')).toBe(1);
    expect(sim('Where is my order?', 'Where is my refund?')).toBe(0);
  });

  it('is symmetric and within [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (a, b) => {
        const x = sim(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(sim(b, a)).toBeCloseTo(x, 10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDuplicate + memory store', () => {
  const text = 'Order #7218-5042 is 16 days late and support ignores me. Refund now!';

  async function remember(store: DuplicateStore, author: string, thread: string, t: string, id: string) {
    await store.add({ author, thread, fingerprint: fingerprint(t), commentId: id, createdAt: 0 });
  }

  it('finds the same author repeating under another thread', async () => {
    const store = createMemoryStore();
    await remember(store, 'u1', 'post-1', text, 'c1');
    const m = await findDuplicate(store, { author: 'u1', thread: 'post-2', text: 'order #7218-5042 is 16 days late and support ignores me. refund now! 😡' });
    expect(m?.record.commentId).toBe('c1');
    expect(m?.record.thread).toBe('post-1');
    expect(m!.similarity).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('does not match another author (the store is per author)', async () => {
    const store = createMemoryStore();
    await remember(store, 'u1', 'post-1', text, 'c1');
    expect(await findDuplicate(store, { author: 'u2', thread: 'post-2', text })).toBeNull();
  });

  it('does not match a different comment of the same author', async () => {
    const store = createMemoryStore();
    await remember(store, 'u1', 'post-1', text, 'c1');
    expect(await findDuplicate(store, { author: 'u1', thread: 'post-2', text: 'The courier was super polite and even called ahead. 10/10' })).toBeNull();
  });

  it('ignores the same thread unless sameThread is set', async () => {
    const store = createMemoryStore();
    await remember(store, 'u1', 'post-1', text, 'c1');
    expect(await findDuplicate(store, { author: 'u1', thread: 'post-1', text })).toBeNull();
    expect((await findDuplicate(store, { author: 'u1', thread: 'post-1', text }, { sameThread: true }))?.record.commentId).toBe('c1');
  });

  it('honours the threshold and the window', async () => {
    const store = createMemoryStore();
    await remember(store, 'u1', 'post-1', text, 'c1');
    for (let i = 0; i < 5; i++) await remember(store, 'u1', `p${i}`, `Completely different comment number ${i} about the weather today`, `x${i}`);
    expect(await findDuplicate(store, { author: 'u1', thread: 'post-9', text }, { window: 3 })).toBeNull();
    expect((await findDuplicate(store, { author: 'u1', thread: 'post-9', text }, { window: 10 }))?.record.commentId).toBe('c1');
    expect(await findDuplicate(store, { author: 'u1', thread: 'post-9', text: text + ' Still nothing.' }, { threshold: 1.01 })).toBeNull();
  });

  it('skips records with a foreign fingerprint format', async () => {
    const store = createMemoryStore();
    await store.add({ author: 'u1', thread: 'post-1', fingerprint: 'simhash:deadbeef', commentId: 'old', createdAt: 0 });
    expect(await findDuplicate(store, { author: 'u1', thread: 'post-2', text })).toBeNull();
  });

  it('memory store keeps the newest records first and bounds them per author', () => {
    const store = createMemoryStore({ perAuthor: 3 });
    for (let i = 0; i < 5; i++) store.add({ author: 'a', thread: `t${i}`, fingerprint: `f${i}`, createdAt: i });
    const recent = store.recent('a', 10) as Array<{ thread: string }>;
    expect(recent.map((r) => r.thread)).toEqual(['t4', 't3', 't2']);
    expect(store.recent('a', 1)).toHaveLength(1);
    expect(store.recent('nobody', 5)).toEqual([]);
    expect(store.size()).toBe(3);
  });

  it('memory store drops the least recently active authors beyond maxAuthors', () => {
    const store = createMemoryStore({ maxAuthors: 2 });
    store.add({ author: 'a', thread: 't', fingerprint: 'f', createdAt: 0 });
    store.add({ author: 'b', thread: 't', fingerprint: 'f', createdAt: 0 });
    store.add({ author: 'a', thread: 't2', fingerprint: 'f', createdAt: 1 });
    store.add({ author: 'c', thread: 't', fingerprint: 'f', createdAt: 2 });
    expect(store.recent('b', 5)).toEqual([]);
    expect(store.recent('a', 5)).toHaveLength(2);
    expect(store.recent('c', 5)).toHaveLength(1);
  });
});
