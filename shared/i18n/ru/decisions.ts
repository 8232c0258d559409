import type { decisions as en } from '../en/decisions';
import type { Messages } from '../types';

/** Тексты раздела decisions (русский). */
export const decisions: Messages<typeof en> = {};
