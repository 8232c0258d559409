import type { clients as en } from '../en/clients';
import type { Messages } from '../types';

/** Тексты раздела clients (русский). */
export const clients: Messages<typeof en> = {};
