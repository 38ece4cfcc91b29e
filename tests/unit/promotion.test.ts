/** Advertising decisions say whether anything was promoted, or only a bare contact was left. */
import { createModerator } from '../../server/src/moderation';

const moderator = createModerator({ allow: ['example-shop.com', '+1 800 555 0100'] });

describe('advertising: promotion vs a bare contact', () => {
  it.each([
    'My email is jane.doe@gmail.com, please contact me about the refund',
    'UPS says delivered: https://www.ups.com/track?tracknum=1Z999AA10123456784 but nothing is here',
    'Call me back at +44 20 7946 0958, I have been waiting a week',
  ])('a bare contact is advertising without promotion: %s', (text) => {
    const d = moderator.classifyText(text);
    expect(d.category).toBe('advertising');
    expect(d.promotion).toBe(false);
  });

  it.each([
    'Cheap followers at grow-fast.xyz',
    'Earn $300 a day from home, details: jane.doe@gmail.com',
    'Write me on Telegram @quick_loans_now',
    'Best casino bonuses: lucky-spins.xyz',
    '加微信 abc12345 兼职日赚500',
  ])('promotion is reported: %s', (text) => {
    const d = moderator.classifyText(text);
    expect(d.category).toBe('advertising');
    expect(d.promotion).toBe(true);
  });

  it('says nothing about promotion for other categories', () => {
    expect(moderator.classifyText('Where is my order?').promotion).toBeUndefined();
    expect(moderator.classifyText('what the fuck').promotion).toBeUndefined();
  });
});
