import type { disputes as en } from '../en/disputes';
import type { Messages } from '../types';

/** Тексты раздела disputes (русский). */
export const disputes: Messages<typeof en> = {};
