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
    eraseAfterHint:
      'До этого срока удаление можно отменить, и записи попадают в резервные копии. Потом остаётся только то, что запись была удалена, и когда.',
    invalid: 'Введите целое число дней от 1 до 365.',
  },
};
