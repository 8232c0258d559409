/** The meeting agenda: what clients said they like, dislike and why they stay, in time order. */
import { format } from 'date-fns';
import type { SummaryContext } from '../context';
import type { AgendaItem, WeeklySummary } from '../types';
import type { WeekConversation } from './conversations';

export function buildAgendaSection(week: readonly WeekConversation[], ctx: SummaryContext): WeeklySummary['agenda'] {
  const agendaOf = (field: 'likes' | 'dislikes' | 'whyStay'): AgendaItem[] =>
    week
      .filter(({ c }) => (c.feedback?.[field] ?? '').trim() !== '')
      .map(({ c, atMs }) => ({
        client: ctx.clientName(c.clientId),
        date: format(new Date(atMs), 'EEE d MMM', { locale: ctx.locale }),
        text: c.feedback[field].trim(),
      }));
  return { likes: agendaOf('likes'), dislikes: agendaOf('dislikes'), whyStay: agendaOf('whyStay') };
}
