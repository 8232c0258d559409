import type { dashboard as en } from '../en/dashboard';
import type { Messages } from '../types';

/** Тексты раздела dashboard (русский). */
export const dashboard: Messages<typeof en> = {};
