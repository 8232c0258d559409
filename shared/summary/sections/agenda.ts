/**
 * The meeting agenda of the week: what clients said, by criterion and by recurring word, with
 * the week's disputes by root cause (the same rule and rendering as the Meeting agenda page).
 */
import type { Dispute } from '../../domain/types';
import { buildMeetingAgenda } from '../../rules/meetingAgenda';
import { localiseAgenda } from '../../agenda/section';
import type { AgendaSection } from '../../agenda/types';
import type { SummaryContext } from '../context';
import type { WeekConversation } from './conversations';

export function buildAgendaSection(
  week: readonly WeekConversation[],
  disputes: readonly Dispute[],
  ctx: SummaryContext,
): AgendaSection {
  const agenda = buildMeetingAgenda({
    conversations: week.map(({ c }) => c),
    disputes: disputes.filter(ctx.visible.dispute),
    range: { fromMs: ctx.week.fromMs, toMs: ctx.week.toMs },
    firstDay: ctx.week.firstDay,
    lastDay: ctx.week.lastDay,
  });
  return localiseAgenda(agenda, { t: ctx.t, locale: ctx.locale, clientName: ctx.clientName });
}
