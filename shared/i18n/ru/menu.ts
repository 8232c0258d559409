import type { Messages } from '../types';
import type { menu as en } from '../en/menu';

/** Меню приложения и нижний колонтитул PDF (русский). */
export const menu: Messages<typeof en> = {
  file: 'Файл',
  edit: 'Правка',
  view: 'Вид',
  window: 'Окно',
  help: 'Справка',
  logConversation: 'Записать разговор',
  print: {
    pageOf: 'Страница {{page}} из {{total}}',
  },
};
