import type { conversation as en } from '../en/conversation';
import type { Messages } from '../types';

/** Тексты раздела conversation (русский). */
export const conversation: Messages<typeof en> = {};
