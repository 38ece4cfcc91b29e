import { negativityOf } from '../../../server/src/moderation/negativity';

describe('negativity: negative-but-clean comments', () => {
  it.each([
    'This is the worst outage this year, unacceptable.',
    'Still not working, I want a refund',
    'Сколько можно, опять ничего не работает',
    'Где мой заказ? Уже неделю жду, это позор',
    '太差了，我的订单到底什么时候到？',
    'Why??? Why now!!!',
  ])('reads %s as negative', (text) => {
    expect(negativityOf(text).negative).toBe(true);
  });

  it.each([
    'Thanks for the early warning!',
    'Спасибо, что предупредили заранее.',
    '谢谢通知',
    'Good to know, see you after the maintenance',
    // Stems only count at a word start: "blie" / "ubad" are not "lie" / "bad".
    'Nice Sunday, Bob! Nothing to add.',
  ])('reads %s as not negative', (text) => {
    expect(negativityOf(text).negative).toBe(false);
  });

  it('names its cues and stays linear on huge input', () => {
    expect(negativityOf('a terrible, awful day').cues).toEqual(['awful', 'terribl']);
    const huge = 'a'.repeat(2_000_000);
    expect(negativityOf(huge)).toEqual({ negative: false, cues: [] });
  });
});
