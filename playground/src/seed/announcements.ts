import type { Core } from '@strapi/strapi';

/**
 * Demo announcements: an incident being fixed (with comments under it) and planned maintenance
 * announced three days ahead, in English and Russian. Created once, on a site without any.
 */
const P = 'plugin::brand-community';

export async function seedAnnouncements(strapi: Core.Strapi) {
  const plugin = strapi.plugin('brand-community');
  await plugin.service('templates').ensureStarterTemplates();
  const documents = strapi.documents(`${P}.announcement`);
  if ((await documents.count({ locale: '*' })) > 0) return;

  const hour = 3_600_000;
  const now = Date.now();
  const incident = await documents.create({
    locale: 'en',
    data: {
      kind: 'incident',
      currentStatus: 'investigating',
      title: 'Card payments fail at checkout',
      body: 'Since 09:10 UTC some card payments fail at checkout. Orders already paid are safe. Next update within the hour.',
      affectedServices: ['checkout'],
      detectedAt: new Date(now - 2 * hour),
    },
  });
  // The Russian version of the same document (its fields are the plugin's: no generated types here).
  await documents.update({
    documentId: incident.documentId,
    locale: 'ru',
    data: <Record<string, unknown>>{
      kind: 'incident',
      title: 'Оплата картой не проходит',
      body: 'С 09:10 UTC часть платежей картой не проходит. Оплаченные заказы в безопасности. Следующее сообщение — в течение часа.',
      affectedServices: ['checkout'],
    },
  });
  await documents.publish({ documentId: incident.documentId, locale: '*' });
  await plugin.service('announcements').addEntry(
    incident.documentId,
    { status: 'identified', text: 'The payment provider found the cause and is rolling out a fix.', locale: 'en' },
    'Playground Admin'
  );

  const planned = await documents.create({
    locale: 'en',
    data: {
      kind: 'planned',
      currentStatus: 'scheduled',
      title: 'Checkout maintenance on Saturday night',
      body: 'Checkout will be unavailable from 02:00 to 04:00 UTC while we upgrade the payment service.',
      startsAt: new Date(now + 72 * hour),
      endsAt: new Date(now + 74 * hour),
    },
  });
  await documents.publish({ documentId: planned.documentId, locale: 'en' });

  const comments = [
    { content: 'Thanks for telling us so quickly.', authorName: 'Dana', authorEmail: 'dana@example.org' },
    { content: 'Still not working, this is ridiculous.', authorName: 'Igor', authorEmail: 'igor@example.org' },
  ];
  for (const c of comments) {
    await strapi.documents('api::comment.comment').create({ data: { ...c, announcement: incident.documentId } });
  }
}
