import type { conversation as en } from '../en/conversation';
import type { Messages } from '../types';

/** Тексты диалога «Записать разговор» (русский). */
export const conversation: Messages<typeof en> = {
  editTitle: 'Изменить разговор',
  fields: {
    client: 'Клиент',
    when: 'Когда',
    channel: 'Канал',
    direction: 'Кто начал',
    outcome: 'Итог',
    summary: 'Кратко',
    notes: 'Заметки',
    private: 'Личное',
    whyStay: 'Почему они работают с нами?',
    likes: 'Что нравится',
    dislikes: 'Что не нравится',
    incognito: 'Инкогнито (клиент не знал, что говорит с директором)',
  },
  hints: {
    outcomeKeys: 'Клавиши 1, 2, 3 выбирают итог.',
    private: 'Не попадает в отчёты и экспорт для других.',
    summary: 'Одна строка: о чём был разговор.',
    saveKeys: 'Ctrl+Enter — сохранить',
  },
  placeholders: {
    client: 'Начните вводить имя или организацию…',
    summary: 'например, условия продления на следующий год',
  },
  combobox: {
    create: 'Создать «{{name}}»',
    newClient: 'новый клиент',
    loading: 'Загрузка клиентов…',
  },
  feedback: {
    toggle: 'Отзыв клиента',
    toggleHint: 'почему остаются, что нравится и нет, критерии сервиса',
    criteria: 'Критерии сервиса',
    criteriaHint: 'Что клиент похвалил или покритиковал?',
    filled_one: 'заполнено {{count}} поле',
    filled_few: 'заполнено {{count}} поля',
    filled_many: 'заполнено {{count}} полей',
    filled_other: 'заполнено {{count}} поля',
  },
  validation: {
    clientRequired: 'Выберите клиента или введите новое имя и выберите «Создать».',
    clientPick: 'Выберите «{{name}}» в списке или создайте нового клиента.',
    whenRequired: 'Укажите дату и время разговора.',
    outcomeRequired: 'Выберите итог: доволен, нейтрально или жалоба.',
    decisionText: 'Напишите, что решено, или удалите это решение.',
  },
  draftRestored: 'Восстановлено то, что вы вводили до закрытия приложения ({{time}}).',
  draftSetAside:
    'Черновик, который вы вводили, не удалось прочитать (он записан другой версией или повреждён). Он сохранён отдельно, не удалён; форма начата заново.',
  draftSetAsideShow: 'Показать, что в нём было',
  startOver: 'Начать заново',
  discardQuestion: 'Не сохранять введённое?',
  discardHint: 'Этот разговор ещё не сохранён.',
  saving: 'Сохранение…',
  saved: 'Разговор с клиентом {{client}} сохранён.',
  updated: 'Разговор обновлён.',
  loadFailed: 'Этого разговора больше нет.',
  followUp: {
    label: 'Что делать после жалобы',
    title: 'Жалоба клиента {{client}} записана',
    rule: 'На каждую жалобу — разговор с {{count}} довольными клиентами.',
    dismiss: 'Скрыть',
  },
};
