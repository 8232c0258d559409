import type { settings as en } from '../en/settings';
import type { Messages } from '../types';

/** Тексты настроек (русский). */
export const settings: Messages<typeof en> = {
  general: 'Общие',
  language: 'Язык',
  languageHint: 'При первом запуске Rapport берёт язык системы.',
  theme: 'Тема',
  themes: { system: 'Как в системе', light: 'Светлая', dark: 'Тёмная' },
  dataLocation: 'Журнал хранится только на этом компьютере: {{path}}',
  version: 'Версия {{version}}',
  deleted: {
    title: 'Удалённые записи',
    eraseAfter: 'Стирать текст удалённых записей через (дней)',
    eraseAfterHint: 'До тех пор удаление можно отменить, записи есть в копиях; потом остаётся лишь дата удаления.',
    invalid: 'Введите целое число дней от 1 до 365.',
  },
};
