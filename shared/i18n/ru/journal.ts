import type { journal as en } from '../en/journal';
import type { Messages } from '../types';

/** Тексты раздела journal (русский). */
export const journal: Messages<typeof en> = {};
