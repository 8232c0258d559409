/** The week's conversations: one row each, and the counts by outcome and by channel. */
import { format } from 'date-fns';
import { CHANNELS, CRITERIA, OUTCOMES, type Channel, type Conversation, type Outcome } from '../../domain/types';
import { compareByTime } from '../../rules/balance';
import type { SummaryContext } from '../context';
import type { CountRow, SummaryConversation } from '../types';

/** A visible conversation of the week with its instant in milliseconds. */
export interface WeekConversation {
  c: Conversation;
  id: string;
  atMs: number;
}

/** The visible conversations inside the week, in time order (ties by id). */
export function selectWeekConversations(
  conversations: readonly Conversation[],
  ctx: SummaryContext,
): WeekConversation[] {
  const { fromMs, toMs } = ctx.week;
  return conversations
    .filter(ctx.visible.conversation)
    .map((c) => ({ c, id: c.id, atMs: Date.parse(c.at) }))
    .filter(({ atMs }) => atMs >= fromMs && atMs < toMs)
    .sort(compareByTime);
}

export function buildConversationRows(week: readonly WeekConversation[], ctx: SummaryContext): SummaryConversation[] {
  const { t, locale } = ctx;
  return week.map(({ c, atMs }) => {
    const at = new Date(atMs);
    const client = ctx.clients.get(c.clientId);
    const marks = c.feedback?.criteria ?? {};
    return {
      id: c.id,
      atMs,
      date: format(at, 'EEE d MMM, HH:mm', { locale }),
      dateTime: format(at, 'yyyy-MM-dd HH:mm'),
      client: ctx.clientName(c.clientId),
      organization: client?.organization ?? '',
      channel: c.channel,
      channelLabel: t(`common:channel.${c.channel}`),
      direction: c.direction,
      directionLabel: t(`summary:doc.direction.${c.direction}`),
      outcome: c.outcome,
      outcomeLabel: t(`common:outcome.${c.outcome}`),
      summary: c.summary.trim(),
      private: c.private,
      incognito: c.feedback?.incognito ?? false,
      criteriaPraised: CRITERIA.filter((k) => marks[k] === 'praised').map((k) => t(`common:criterion.${k}`)),
      criteriaCriticised: CRITERIA.filter((k) => marks[k] === 'criticised').map((k) => t(`common:criterion.${k}`)),
    };
  });
}

/** Counts by outcome (all three) and by channel (only channels used), with shares of the week. */
export function buildCountRows(
  rows: readonly SummaryConversation[],
  ctx: SummaryContext,
): { byOutcome: CountRow<Outcome>[]; byChannel: CountRow<Channel>[] } {
  const { t, percent } = ctx;
  const total = rows.length;
  const share = (n: number) => (total === 0 ? percent.format(0) : percent.format(n / total));
  const byOutcome: CountRow<Outcome>[] = OUTCOMES.map((key) => {
    const count = rows.filter((c) => c.outcome === key).length;
    return { key, label: t(`common:outcome.${key}`), count, share: share(count) };
  });
  const byChannel: CountRow<Channel>[] = CHANNELS.map((key) => {
    const count = rows.filter((c) => c.channel === key).length;
    return { key, label: t(`common:channel.${key}`), count, share: share(count) };
  }).filter((row) => row.count > 0);
  return { byOutcome, byChannel };
}
