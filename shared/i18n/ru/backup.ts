import type { backup as en } from '../en/backup';
import type { Messages } from '../types';

/** Тексты раздела backup (русский). */
export const backup: Messages<typeof en> = {};
