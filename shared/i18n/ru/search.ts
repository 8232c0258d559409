import type { search as en } from '../en/search';
import type { Messages } from '../types';

/** Тексты раздела search (русский). */
export const search: Messages<typeof en> = {};
