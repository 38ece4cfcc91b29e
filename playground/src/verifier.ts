import type { Core } from '@strapi/strapi';

/** What the plugin's verifier service is given (see the plugin's README, "Suspected fakes"). */
export interface VerifyInput {
  comment: { email?: string | null };
  answer: { orderNumber?: unknown; purchaseDate?: unknown };
}

/**
 * The playground's verifier for suspected fakes: the author's answer is genuine when the order
 * number exists, was bought by the comment's author (same e-mail) and on the purchase date given.
 * A real site does the same against its own shop (see the plugin's README, "Suspected fakes").
 */
export async function verifyOrder(strapi: Core.Strapi, { comment, answer }: VerifyInput) {
  const number = String(answer.orderNumber || '').trim().replace(/^#/, '');
  if (!number) return { genuine: false, reason: 'No order number was given.' };
  const order = await strapi.db.query('api::order.order').findOne({ where: { number } });
  if (!order) return { genuine: false, reason: `No order ${number} exists.` };
  if (!comment.email || order.email.toLowerCase() !== comment.email.toLowerCase()) {
    return { genuine: false, reason: `Order ${number} was placed by someone else.` };
  }
  const date = String(answer.purchaseDate || '').trim().slice(0, 10);
  if (date && date !== String(order.purchasedOn).slice(0, 10)) {
    return { genuine: false, reason: `Order ${number} was not placed on ${date}.` };
  }
  return { genuine: true, reason: `Order ${number} was placed by the author on ${String(order.purchasedOn).slice(0, 10)}.` };
}
