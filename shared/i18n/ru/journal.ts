import type { journal as en } from '../en/journal';
import type { Messages } from '../types';

/** Тексты журнала (русский). */
export const journal: Messages<typeof en> = {
  listLabel: 'Разговоры',
  filters: {
    label: 'Фильтр разговоров',
    client: 'Клиент',
    clientPlaceholder: 'Любой клиент',
    outcome: 'Итог',
    anyOutcome: 'Любой итог',
    channel: 'Канал',
    anyChannel: 'Любой канал',
    from: 'С',
    to: 'По',
  },
  count_one: '{{count}} разговор',
  count_few: '{{count}} разговора',
  count_many: '{{count}} разговоров',
  count_other: '{{count}} разговора',
  today: 'Сегодня',
  yesterday: 'Вчера',
  empty: {
    title: 'Запишите первый разговор',
    text: 'Rapport — ваш личный журнал прямых разговоров с клиентами. Сразу после звонка или встречи нажмите Ctrl+N, выберите клиента, отметьте итог и напишите одну строку. Журнал, сводка и правило «десять к одному» строятся на этих записях.',
  },
  noMatches: {
    title: 'Нет разговоров по этим фильтрам',
    text: 'Расширьте период или выберите другого клиента, итог или канал.',
  },
  detail: {
    title: 'Разговор: {{client}}',
    when: 'Когда',
    channel: 'Канал',
    direction: 'Кто начал',
    outcome: 'Итог',
    summary: 'Кратко',
    notes: 'Заметки',
    feedback: 'Отзыв клиента',
    whyStay: 'Почему работают с нами',
    likes: 'Нравится',
    dislikes: 'Не нравится',
    incognito: 'Инкогнито: клиент не знал, что говорит с директором.',
    praised: 'Похвалил',
    criticised: 'Критиковал',
    noSummary: 'Без описания',
    openClient: 'Открыть клиента',
  },
  unknownClient: 'Неизвестный клиент',
  deleted: 'Разговор удалён.',
  restored: 'Разговор восстановлен.',
};
