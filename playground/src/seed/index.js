'use strict';

const RULE = 'plugin::brand-community.community-rule';

/** Demo rules in en / ru / zh-Hans, published; one rule per moderated category. */
const RULES = [
  {
    number: 1,
    category: 'obscenity',
    en: { title: 'No obscenity or insults', body: 'Say what you think, but without swearing or insulting anyone.', explanation: 'Your comment contained obscene language or an insult. You are welcome to post it again without them: criticism is always welcome here.' },
    ru: { title: 'Без мата и оскорблений', body: 'Пишите, что думаете, но без мата и оскорблений.', explanation: 'В вашем комментарии были нецензурные слова или оскорбление. Напишите его ещё раз без них: критику мы всегда читаем.' },
    'zh-Hans': { title: '禁止脏话和辱骂', body: '欢迎发表意见，但请不要说脏话或辱骂他人。', explanation: '您的评论包含脏话或辱骂。欢迎去掉这些内容后重新发表：我们始终欢迎批评。' },
  },
  {
    number: 2,
    category: 'spam',
    en: { title: 'No repeated comments', body: 'Post a comment once; we read every post.', explanation: 'You posted the same comment under several posts. The first one stays and we will answer it there.' },
    ru: { title: 'Без повторов', body: 'Пишите комментарий один раз — мы читаем все.', explanation: 'Вы оставили один и тот же комментарий под несколькими постами. Первый остаётся, ответим на него там.' },
    'zh-Hans': { title: '禁止重复评论', body: '同一条评论请只发一次，我们会阅读每一条。', explanation: '您在多个帖子下发布了相同的评论。第一条会保留，我们会在那里回复。' },
  },
  {
    number: 3,
    category: 'advertising',
    en: { title: 'No advertising', body: 'Links, contacts and offers of third parties are not allowed.', explanation: 'Unauthorized advertising is removed.' },
    ru: { title: 'Без рекламы', body: 'Ссылки, контакты и предложения третьих лиц запрещены.', explanation: 'Несанкционированная реклама удаляется.' },
    'zh-Hans': { title: '禁止广告', body: '禁止发布第三方链接、联系方式和推广信息。', explanation: '未经授权的广告会被删除。' },
  },
];

const ARTICLES = [
  { title: 'Planned maintenance on Saturday night', body: 'Checkout will be unavailable from 02:00 to 04:00 UTC while we upgrade the payment service.' },
  { title: 'Delivery delays this week', body: 'A storm closed the regional hub; orders placed since Monday may arrive two days late.' },
  { title: 'New return policy', body: 'From December 1st you can return any order within 60 days.' },
];

const COMMENTS = [
  { content: 'Thanks for the early warning!', authorName: 'Anna', authorEmail: 'anna@example.org' },
  { content: 'My order #48213 is still not here, what is going on?', authorName: 'Mark', authorEmail: 'mark@example.org' },
  { content: 'Спасибо, что предупредили заранее.', authorName: 'Ольга', authorEmail: 'olga@example.org' },
  { content: '什么时候恢复正常？', authorName: '李雷', authorEmail: 'lilei@example.org' },
];

async function seed(strapi) {
  const locales = await ensureLocales(strapi, ['en', 'ru', 'zh-Hans']);

  if ((await strapi.documents(RULE).count({ locale: 'en' })) === 0) {
    for (const rule of RULES) {
      const { number, category } = rule;
      const created = await strapi.documents(RULE).create({
        locale: 'en',
        data: { number, category, ...rule.en },
      });
      await strapi.documents(RULE).publish({ documentId: created.documentId, locale: 'en' });
      for (const locale of ['ru', 'zh-Hans'].filter((l) => locales.includes(l))) {
        await strapi.documents(RULE).update({
          documentId: created.documentId,
          locale,
          data: { number, category, ...rule[locale] },
        });
        await strapi.documents(RULE).publish({ documentId: created.documentId, locale });
      }
    }
  }

  if ((await strapi.documents('api::article.article').count()) === 0) {
    const articles = [];
    for (const a of ARTICLES) articles.push(await strapi.documents('api::article.article').create({ data: a }));
    for (const [i, c] of COMMENTS.entries()) {
      await strapi.documents('api::comment.comment').create({
        data: { ...c, article: articles[i % articles.length].documentId },
      });
    }
  }
}

async function ensureLocales(strapi, codes) {
  const service = strapi.plugin('i18n').service('locales');
  const existing = (await service.find()).map((l) => l.code);
  const names = { en: 'English (en)', ru: 'Russian (ru)', 'zh-Hans': 'Chinese (Simplified) (zh-Hans)' };
  for (const code of codes) {
    if (!existing.includes(code)) {
      await service.create({ code, name: names[code] || code });
      existing.push(code);
    }
  }
  return existing;
}

module.exports = { seed, RULES };
