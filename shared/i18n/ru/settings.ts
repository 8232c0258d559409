import type { settings as en } from '../en/settings';
import type { Messages } from '../types';

/** Тексты раздела settings (русский). */
export const settings: Messages<typeof en> = {};
