/**
 * The Meeting agenda page's document for one period (whole local days, first and last
 * inclusive), in the chosen language. Pure: no clock, no database.
 */
import { addDays } from 'date-fns';
import type { Client, Conversation, Dispute } from '../domain/types';
import type { Language } from '../domain/settings';
import { createI18n } from '../i18n/createI18n';
import { dateLocale } from '../dates/locales';
import { parseCalendarDate } from '../dates/calendar';
import { formatWeekRange } from '../summary/format';
import { buildMeetingAgenda } from '../rules/meetingAgenda';
import { visibleForAgenda } from './visibility';
import { localiseAgenda } from './section';
import type { MeetingAgendaDocument } from './types';

export interface MeetingAgendaInput {
  /** Conversations of the period (others are ignored). */
  conversations: readonly Conversation[];
  disputes: readonly Dispute[];
  clients: readonly Client[];
  firstDay: string;
  lastDay: string;
}

export function buildMeetingAgendaDocument(
  input: MeetingAgendaInput,
  options: { language: Language; includePrivate: boolean },
): MeetingAgendaDocument {
  const { language, includePrivate } = options;
  const t = createI18n(language).t;
  const first = parseCalendarDate(input.firstDay);
  const last = parseCalendarDate(input.lastDay);
  const range = { fromMs: first.getTime(), toMs: addDays(last, 1).getTime() };
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const visible = visibleForAgenda(input, includePrivate);
  const agenda = buildMeetingAgenda({
    conversations: visible.conversations,
    disputes: visible.disputes,
    range,
    firstDay: input.firstDay,
    lastDay: input.lastDay,
  });
  const periodLabel = formatWeekRange(first, last, language);
  return {
    language,
    title: t('agenda:doc.title'),
    periodLabel,
    firstDay: input.firstDay,
    lastDay: input.lastDay,
    includePrivate,
    privacyNote: includePrivate ? t('agenda:doc.privateIncluded') : t('agenda:doc.privateExcluded'),
    footer: t('agenda:doc.footer', { period: periodLabel }),
    agenda: localiseAgenda(agenda, {
      t,
      locale: dateLocale(language),
      clientName: (id) => clients.get(id)?.name || t('summary:doc.unknownClient'),
    }),
  };
}

/** `rapport-agenda-2026-11-16-to-2026-11-22.md`: ASCII, like every export name. */
export function agendaFileName(firstDay: string, lastDay: string, ext: 'md' | 'pdf'): string {
  return `rapport-agenda-${firstDay}-to-${lastDay}.${ext}`;
}
