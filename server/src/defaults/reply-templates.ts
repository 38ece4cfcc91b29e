/**
 * The starter reply templates a site gets on first boot (see services/reply-templates.ts), in
 * English, Russian and Simplified Chinese. Calm and clear: they state facts, ask for what is
 * needed, admit plainly, never accuse, joke, fawn or bargain (a unit test runs the tone check on
 * every one). Plain text with `{placeholders}` (shared/contracts/replies.ts lists them per key).
 */
import type { ReplyTemplateKey } from '../../../shared/contracts/replies';
import type { StarterLanguage } from './rules';

export interface StarterTemplate {
  title: string;
  body: string;
}

export const STARTER_TEMPLATES: Record<ReplyTemplateKey, Record<StarterLanguage, StarterTemplate>> = {
  'fake-request': {
    en: {
      title: 'Request for order details',
      body:
        'Hello {authorName},\n\nThank you for your comment. We would like to look into what happened, and for that we need to find your purchase. Could you send us the {orderNumberField} and the {purchaseDateField} by {deadline}?\n\nAs soon as we have them, we will check the order and come back to you.',
    },
    ru: {
      title: 'Запрос данных заказа',
      body:
        'Здравствуйте, {authorName}!\n\nСпасибо за ваш комментарий. Мы хотим разобраться в том, что произошло, и для этого нам нужно найти вашу покупку. Пришлите, пожалуйста, {orderNumberField} и {purchaseDateField} до {deadline}.\n\nКак только получим их, проверим заказ и ответим вам.',
    },
    'zh-Hans': {
      title: '请求订单信息',
      body:
        '{authorName}，您好：\n\n感谢您的评论。我们希望了解发生了什么，为此需要找到您的购买记录。请在 {deadline} 之前提供{orderNumberField}和{purchaseDateField}。\n\n收到后我们会核对订单并回复您。',
    },
  },
  'fake-unverified-public': {
    en: {
      title: 'Public reply: purchase not confirmed',
      body:
        'On {date} we asked the author of this comment for the order number and purchase date so that we could look into it. So far we have not been able to match this comment to an order. If you are the author, please write to us and we will look into it.',
    },
    ru: {
      title: 'Публичный ответ: покупка не подтверждена',
      body:
        '{date} мы попросили автора этого комментария сообщить номер заказа и дату покупки, чтобы разобраться. Пока нам не удалось найти заказ, к которому относится комментарий. Если вы автор, напишите нам, и мы во всём разберёмся.',
    },
    'zh-Hans': {
      title: '公开回复：未能确认购买',
      body:
        '我们于 {date} 请这条评论的作者提供订单号和购买日期，以便跟进处理。目前我们还未能找到与这条评论对应的订单。如果您是作者，请联系我们，我们会跟进处理。',
    },
  },
  'complaint-acknowledged': {
    en: {
      title: 'Complaint received',
      body:
        'Hello {authorName},\n\nThank you for telling us about this. We have opened case {caseNumber} and are looking for the cause. We will write to you when we know what happened and what we will do about it.',
    },
    ru: {
      title: 'Обращение принято',
      body:
        'Здравствуйте, {authorName}!\n\nСпасибо, что рассказали об этом. Мы открыли обращение {caseNumber} и ищем причину. Напишем вам, когда выясним, что произошло и что мы сделаем.',
    },
    'zh-Hans': {
      title: '已收到投诉',
      body:
        '{authorName}，您好：\n\n感谢您告诉我们这个问题。我们已建立工单 {caseNumber}，正在查找原因。查明情况和处理方案后，我们会写信告诉您。',
    },
  },
  'case-solution-offered': {
    en: {
      title: 'Solution offered',
      body:
        'Hello {authorName},\n\nAbout case {caseNumber}: here is what we propose. {solution}\n\nPlease tell us whether this works for you, and we will go ahead.',
    },
    ru: {
      title: 'Предложено решение',
      body:
        'Здравствуйте, {authorName}!\n\nПо обращению {caseNumber} предлагаем следующее: {solution}\n\nНапишите, пожалуйста, подходит ли вам это решение, и мы всё сделаем.',
    },
    'zh-Hans': {
      title: '解决方案',
      body: '{authorName}，您好：\n\n关于工单 {caseNumber}，我们的方案是：{solution}\n\n请告诉我们这个方案是否合适，我们会立即执行。',
    },
  },
  'case-resolved': {
    en: {
      title: 'Case resolved',
      body:
        'Hello {authorName},\n\nCase {caseNumber} is resolved. What we found: {cause}. What we did: {solution}.\n\nThank you for telling us. If the problem comes back, reply to this message and mention case {caseNumber}.',
    },
    ru: {
      title: 'Обращение решено',
      body:
        'Здравствуйте, {authorName}!\n\nОбращение {caseNumber} решено. Причина: {cause}. Что мы сделали: {solution}.\n\nСпасибо, что рассказали нам. Если проблема повторится, ответьте на это сообщение и укажите обращение {caseNumber}.',
    },
    'zh-Hans': {
      title: '工单已解决',
      body:
        '{authorName}，您好：\n\n工单 {caseNumber} 已解决。原因：{cause}。我们的处理：{solution}。\n\n感谢您告诉我们。如果问题再次出现，请回复此消息并注明工单 {caseNumber}。',
    },
  },
  'claim-refutation': {
    en: {
      title: 'Refutation of a false claim',
      body:
        'Some posts say that {claim}. This is not correct. The facts: {facts}. The details are here: {evidenceLink}\n\nIf you have questions about this, write to us and we will answer them.',
    },
    ru: {
      title: 'Опровержение ложного утверждения',
      body:
        'В некоторых публикациях утверждается, что {claim}. Это не так. Факты: {facts}. Подробности здесь: {evidenceLink}\n\nЕсли у вас есть вопросы, напишите нам, мы на них ответим.',
    },
    'zh-Hans': {
      title: '澄清不实说法',
      body: '有些帖子称{claim}。这一说法不正确。事实是：{facts}。详情请见：{evidenceLink}\n\n如果您对此有疑问，请联系我们，我们会一一解答。',
    },
  },
};
