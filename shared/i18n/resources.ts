/**
 * All translations, by language and namespace. Pure data, shared by the renderer
 * (through i18next) and the summary renderer (which exports in either language).
 */
import type { Language } from '../domain/settings';
import { common as enCommon } from './en/common';
import { journal as enJournal } from './en/journal';
import { clients as enClients } from './en/clients';
import { conversation as enConversation } from './en/conversation';
import { settings as enSettings } from './en/settings';
import { dashboard as enDashboard } from './en/dashboard';
import { disputes as enDisputes } from './en/disputes';
import { decisions as enDecisions } from './en/decisions';
import { summary as enSummary } from './en/summary';
import { backup as enBackup } from './en/backup';
import { search as enSearch } from './en/search';
import { menu as enMenu } from './en/menu';
import { remember as enRemember } from './en/remember';
import { agenda as enAgenda } from './en/agenda';
import { common as ruCommon } from './ru/common';
import { journal as ruJournal } from './ru/journal';
import { clients as ruClients } from './ru/clients';
import { conversation as ruConversation } from './ru/conversation';
import { settings as ruSettings } from './ru/settings';
import { dashboard as ruDashboard } from './ru/dashboard';
import { disputes as ruDisputes } from './ru/disputes';
import { decisions as ruDecisions } from './ru/decisions';
import { summary as ruSummary } from './ru/summary';
import { backup as ruBackup } from './ru/backup';
import { search as ruSearch } from './ru/search';
import { menu as ruMenu } from './ru/menu';
import { remember as ruRemember } from './ru/remember';
import { agenda as ruAgenda } from './ru/agenda';

export const en = {
  common: enCommon,
  journal: enJournal,
  clients: enClients,
  conversation: enConversation,
  settings: enSettings,
  dashboard: enDashboard,
  disputes: enDisputes,
  decisions: enDecisions,
  summary: enSummary,
  backup: enBackup,
  search: enSearch,
  menu: enMenu,
  remember: enRemember,
  agenda: enAgenda,
};

export const ru = {
  common: ruCommon,
  journal: ruJournal,
  clients: ruClients,
  conversation: ruConversation,
  settings: ruSettings,
  dashboard: ruDashboard,
  disputes: ruDisputes,
  decisions: ruDecisions,
  summary: ruSummary,
  backup: ruBackup,
  search: ruSearch,
  menu: ruMenu,
  remember: ruRemember,
  agenda: ruAgenda,
};

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];

export const resources: Record<Language, typeof en> = { en, ru: ru as typeof en };
