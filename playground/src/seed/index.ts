import type { Core } from '@strapi/strapi';

import { seedAnnouncements } from './announcements';

const ARTICLES = [
  { title: 'Planned maintenance on Saturday night', body: 'Checkout will be unavailable from 02:00 to 04:00 UTC while we upgrade the payment service.' },
  { title: 'Delivery delays this week', body: 'A storm closed the regional hub; orders placed since Monday may arrive two days late.' },
  { title: 'New return policy', body: 'From December 1st you can return any order within 60 days.' },
];

/** Demo orders the verifier checks answers against (Mark's order is the one he complains about). */
const ORDERS = [
  { number: '48213', email: 'mark@example.org', purchasedOn: '2026-11-02' },
  { number: '50017', email: 'anna@example.org', purchasedOn: '2026-10-28' },
  { number: '50342', email: 'olga@example.org', purchasedOn: '2026-11-10' },
];

const COMMENTS = [
  { content: 'Thanks for the early warning!', authorName: 'Anna', authorEmail: 'anna@example.org' },
  { content: 'My order #48213 is still not here, what is going on?', authorName: 'Mark', authorEmail: 'mark@example.org' },
  { content: 'Спасибо, что предупредили заранее.', authorName: 'Ольга', authorEmail: 'olga@example.org' },
  { content: '什么时候恢复正常？', authorName: '李雷', authorEmail: 'lilei@example.org' },
];

export async function seed(strapi: Core.Strapi) {
  await ensureLocales(strapi, ['en', 'ru', 'zh-Hans']);

  // The plugin's starter rules, now that the demo locales exist (the playground turns the
  // plugin's own first-boot creation off, which runs before these locales are made).
  await strapi.plugin('brand-community').service('setup').ensureStarterRules('published');
  // Reply templates were made at first boot in the locales that existed then (en): add ru, zh-Hans.
  await strapi.plugin('brand-community').service('replyTemplates').ensureStarterTemplates({ addLocales: true });
  // Explanation texts were made at first boot in the locales that existed then (en): add ru, zh-Hans.
  await strapi.plugin('brand-community').service('explanations').ensureDefaults();

  if ((await strapi.documents('api::order.order').count({})) === 0) {
    for (const order of ORDERS) await strapi.documents('api::order.order').create({ data: order });
  }

  if ((await strapi.documents('api::article.article').count({})) === 0) {
    const articles: { documentId: string }[] = [];
    for (const a of ARTICLES) articles.push(await strapi.documents('api::article.article').create({ data: a }));
    for (const [i, c] of COMMENTS.entries()) {
      await strapi.documents('api::comment.comment').create({
        data: { ...c, article: articles[i % articles.length].documentId },
      });
    }
  }
  await seedAnnouncements(strapi);
}

async function ensureLocales(strapi: Core.Strapi, codes: string[]) {
  const service = strapi.plugin('i18n').service('locales');
  const existing: string[] = (await service.find()).map((l: { code: string }) => l.code);
  const names: Record<string, string> = { en: 'English (en)', ru: 'Russian (ru)', 'zh-Hans': 'Chinese (Simplified) (zh-Hans)' };
  for (const code of codes) {
    if (!existing.includes(code)) {
      await service.create({ code, name: names[code] || code });
      existing.push(code);
    }
  }
  return existing;
}
