/**
 * The starter set of community rules a new site gets on first boot (config `starterRules`):
 * one rule per moderated category, each with the explanation an author receives, in English,
 * Russian and Simplified Chinese. Editors change them like any rule in the Content Manager.
 */

export type StarterLanguage = 'en' | 'ru' | 'zh-Hans';

export interface StarterText {
  title: string;
  body: string;
  explanation: string;
}

export interface StarterRule {
  number: number;
  category: 'obscenity' | 'spam' | 'advertising';
  texts: Record<StarterLanguage, StarterText>;
}

export const STARTER_RULES: StarterRule[] = [
  {
    number: 1,
    category: 'obscenity',
    texts: {
      en: {
        title: 'No obscenity or insults',
        body: 'Say what you think, but without swearing or insulting anyone.',
        explanation:
          'Your comment contained obscene language or an insult. You are welcome to post it again without them: criticism is always welcome here.',
      },
      ru: {
        title: 'Без мата и оскорблений',
        body: 'Пишите, что думаете, но без мата и оскорблений.',
        explanation:
          'В вашем комментарии были нецензурные слова или оскорбление. Напишите его ещё раз без них: критику мы всегда читаем.',
      },
      'zh-Hans': {
        title: '禁止脏话和辱骂',
        body: '欢迎发表意见，但请不要说脏话或辱骂他人。',
        explanation: '您的评论包含脏话或辱骂。欢迎去掉这些内容后重新发表：我们始终欢迎批评。',
      },
    },
  },
  {
    number: 2,
    category: 'spam',
    texts: {
      en: {
        title: 'No repeated comments',
        body: 'Post a comment once; we read every post.',
        explanation: 'You posted the same comment under several posts. The first one stays and we will answer it there.',
      },
      ru: {
        title: 'Без повторов',
        body: 'Пишите комментарий один раз — мы читаем все.',
        explanation: 'Вы оставили один и тот же комментарий под несколькими постами. Первый остаётся, ответим на него там.',
      },
      'zh-Hans': {
        title: '禁止重复评论',
        body: '同一条评论请只发一次，我们会阅读每一条。',
        explanation: '您在多个帖子下发布了相同的评论。第一条会保留，我们会在那里回复。',
      },
    },
  },
  {
    number: 3,
    category: 'advertising',
    texts: {
      en: {
        title: 'No advertising',
        body: 'Links, contacts and offers of third parties are not allowed.',
        explanation:
          'Links, contacts and offers of third parties are not published here. If you left your own contact, a moderator will look at it.',
      },
      ru: {
        title: 'Без рекламы',
        body: 'Ссылки, контакты и предложения третьих лиц запрещены.',
        explanation:
          'Ссылки, контакты и предложения третьих лиц здесь не публикуются. Если вы оставили свой контакт, модератор его посмотрит.',
      },
      'zh-Hans': {
        title: '禁止广告',
        body: '禁止发布第三方链接、联系方式和推广信息。',
        explanation: '此处不发布第三方的链接、联系方式和推广信息。如果您留下的是自己的联系方式，版主会查看。',
      },
    },
  },
];

/** Our starter language for a site locale code (`ru-RU` → ru, `zh`/`zh-CN`/`zh-Hans` → zh-Hans), or null. */
export const starterLanguage = (locale: string): StarterLanguage | null => {
  const l = locale.toLowerCase();
  if (l === 'en' || l.startsWith('en-')) return 'en';
  if (l === 'ru' || l.startsWith('ru-')) return 'ru';
  if (l === 'zh' || l === 'zh-hans' || l === 'zh-cn' || l === 'zh-sg' || l.startsWith('zh-hans')) return 'zh-Hans';
  return null;
};
