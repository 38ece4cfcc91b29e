/**
 * Starter announcement templates (created once, like the starter rules; editors change them in
 * Content Manager → Announcement template). Each says what happened or will happen, who is
 * affected, what we are doing and when the next update comes. `[…]` marks what to fill in.
 */
import type { AnnouncementKind } from '../../../shared/contracts';

export interface TemplateText {
  name: string;
  title: string;
  whatHappened: string;
  whoIsAffected: string;
  whatWeAreDoing: string;
  nextUpdate: string;
}

export type TemplateLanguage = 'en' | 'ru' | 'zh-Hans';

export interface StarterTemplate {
  key: string;
  kind: AnnouncementKind;
  texts: Record<TemplateLanguage, TemplateText>;
}

export const STARTER_TEMPLATES: StarterTemplate[] = [
  {
    key: 'outage',
    kind: 'incident',
    texts: {
      en: { name: 'Outage', title: '[Service] is unavailable', whatHappened: 'Since [time], [service] does not work: [what users see].', whoIsAffected: 'Everyone using [service]. Orders and accounts are safe.', whatWeAreDoing: 'Our engineers are looking for the cause and will restore the service as fast as they can.', nextUpdate: 'Next update by [time], or sooner if anything changes.' },
      ru: { name: 'Сбой', title: '[Сервис] недоступен', whatHappened: 'С [время] [сервис] не работает: [что видят пользователи].', whoIsAffected: 'Все, кто пользуется [сервисом]. Заказы и аккаунты в безопасности.', whatWeAreDoing: 'Инженеры ищут причину и восстановят работу как можно скорее.', nextUpdate: 'Следующее сообщение — до [время] или раньше, если что-то изменится.' },
      'zh-Hans': { name: '服务中断', title: '[服务]暂时无法使用', whatHappened: '自[时间]起，[服务]无法使用：[用户看到的情况]。', whoIsAffected: '所有使用[服务]的用户。订单和账户安全不受影响。', whatWeAreDoing: '工程师正在查找原因，并将尽快恢复服务。', nextUpdate: '我们将在[时间]前发布下一次更新，如有变化会更早通知。' },
    },
  },
  {
    key: 'delayed-orders',
    kind: 'incident',
    texts: {
      en: { name: 'Delayed orders', title: 'Orders placed [dates] are delayed', whatHappened: '[Cause] has delayed deliveries by about [days] days.', whoIsAffected: 'Orders placed between [dates] to [regions].', whatWeAreDoing: 'We are working with [carrier] to ship them as soon as possible; nobody needs to order again.', nextUpdate: 'Next update by [time]. Tracking links will show the new dates.' },
      ru: { name: 'Задержка заказов', title: 'Заказы за [даты] задерживаются', whatHappened: 'Из-за [причина] доставка задерживается примерно на [дни] дн.', whoIsAffected: 'Заказы, оформленные с [даты] в [регионы].', whatWeAreDoing: 'Вместе с [перевозчик] отправляем их как можно скорее; заказывать повторно не нужно.', nextUpdate: 'Следующее сообщение — до [время]. Новые даты появятся в отслеживании.' },
      'zh-Hans': { name: '订单延迟', title: '[日期]的订单发货延迟', whatHappened: '由于[原因]，配送将延迟约[天数]天。', whoIsAffected: '[日期]期间下单、寄往[地区]的订单。', whatWeAreDoing: '我们正与[承运商]合作尽快发货，无需重新下单。', nextUpdate: '我们将在[时间]前更新，物流信息会显示新的日期。' },
    },
  },
  {
    key: 'terms-change',
    kind: 'policy',
    texts: {
      en: { name: 'Terms change', title: 'Our [terms / prices / delivery rules] change on [date]', whatHappened: 'From [date], [what changes].', whoIsAffected: '[Who]: orders placed before [date] keep the old terms.', whatWeAreDoing: 'We are telling everyone in advance; the full text is at [link].', nextUpdate: 'We will remind you on [date], when the change takes effect.' },
      ru: { name: 'Изменение условий', title: '[Условия / цены / правила доставки] меняются с [дата]', whatHappened: 'С [дата] [что меняется].', whoIsAffected: '[Кого касается]: заказы до [дата] — на прежних условиях.', whatWeAreDoing: 'Предупреждаем заранее; полный текст — по ссылке [ссылка].', nextUpdate: 'Напомним [дата], когда изменения вступят в силу.' },
      'zh-Hans': { name: '条款变更', title: '[条款/价格/配送规则]将于[日期]变更', whatHappened: '自[日期]起，[变更内容]。', whoIsAffected: '[受影响人群]：[日期]之前的订单仍适用原条款。', whatWeAreDoing: '我们提前通知所有用户，完整内容见[链接]。', nextUpdate: '变更生效当天（[日期]）我们会再次提醒。' },
    },
  },
  {
    key: 'maintenance',
    kind: 'planned',
    texts: {
      en: { name: 'Maintenance', title: 'Planned maintenance on [date]', whatHappened: 'From [start] to [end], [service] will be unavailable while we [work].', whoIsAffected: 'Everyone using [service] during that window.', whatWeAreDoing: 'We chose the quietest hours and will finish as early as we can.', nextUpdate: 'We will post when the work starts and when it is complete.' },
      ru: { name: 'Плановые работы', title: 'Плановые работы [дата]', whatHappened: 'С [начало] до [конец] [сервис] будет недоступен: мы [работы].', whoIsAffected: 'Все, кто пользуется [сервисом] в это время.', whatWeAreDoing: 'Выбрали самые спокойные часы и постараемся закончить раньше.', nextUpdate: 'Сообщим, когда работы начнутся и когда завершатся.' },
      'zh-Hans': { name: '计划维护', title: '[日期]计划维护', whatHappened: '[开始]至[结束]期间，[服务]将暂停使用，我们将进行[工作]。', whoIsAffected: '在此期间使用[服务]的所有用户。', whatWeAreDoing: '我们选择了访问量最低的时段，并会尽早完成。', nextUpdate: '维护开始和完成时我们都会通知。' },
    },
  },
  {
    key: 'payment-unavailable',
    kind: 'planned',
    texts: {
      en: { name: 'Payment method unavailable', title: '[Payment method] unavailable on [date]', whatHappened: 'On [date] from [start] to [end], paying with [payment method] will not be possible.', whoIsAffected: 'Customers who pay with [payment method]; other payment methods work as usual.', whatWeAreDoing: '[Provider] is upgrading its systems; we will switch it back on as soon as they finish.', nextUpdate: 'We will post when [payment method] works again.' },
      ru: { name: 'Способ оплаты недоступен', title: '[Способ оплаты] недоступен [дата]', whatHappened: '[дата] с [начало] до [конец] оплатить через [способ оплаты] не получится.', whoIsAffected: 'Покупатели, которые платят через [способ оплаты]; остальные способы работают.', whatWeAreDoing: '[Провайдер] обновляет системы; включим оплату сразу после окончания работ.', nextUpdate: 'Сообщим, когда [способ оплаты] снова заработает.' },
      'zh-Hans': { name: '支付方式暂停', title: '[支付方式]将于[日期]暂停', whatHappened: '[日期][开始]至[结束]期间，无法使用[支付方式]付款。', whoIsAffected: '使用[支付方式]付款的顾客；其他支付方式不受影响。', whatWeAreDoing: '[服务商]正在升级系统，完成后我们会立即恢复。', nextUpdate: '[支付方式]恢复后我们会通知。' },
    },
  },
];

/** Our language for a site locale (`ru-RU` → ru, `zh`/`zh-CN` → zh-Hans), if we have texts in it. */
export const templateLanguage = (locale: string): TemplateLanguage | null => {
  const l = locale.toLowerCase();
  if (l === 'en' || l.startsWith('en-')) return 'en';
  if (l === 'ru' || l.startsWith('ru-')) return 'ru';
  if (l === 'zh' || l.startsWith('zh-hans') || l === 'zh-cn' || l === 'zh-sg') return 'zh-Hans';
  return null;
};
