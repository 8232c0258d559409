import type { summary as en } from '../en/summary';
import type { Messages } from '../types';

/** Тексты раздела summary (русский). */
export const summary: Messages<typeof en> = {};
