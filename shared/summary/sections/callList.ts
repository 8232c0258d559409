/**
 * Clients to call next week: the call list as it stands at the end of the week (now, for a week in
 * progress), for the week's open quests. Nothing owed this week: no call list.
 */
import { differenceInCalendarDays, format } from 'date-fns';
import type { Client, Dispute } from '../../domain/types';
import type { Quest } from '../../rules/balance';
import { buildCallList } from '../../rules/callList';
import { isActiveStatus } from '../../rules/disputes';
import type { SummaryContext } from '../context';
import type { SummaryCall, SummaryJournalRow } from '../types';
import { disputeExistsBy, statusBefore } from './disputes';

/** How many clients the call list suggests for next week. */
export const CALL_LIST_LIMIT = 10;

export function buildCallListSection(
  input: { clients: readonly Client[]; journal: readonly SummaryJournalRow[]; disputes: readonly Dispute[] },
  quests: readonly Quest[],
  ctx: SummaryContext,
): SummaryCall[] {
  // At the week's end, or now during the week.
  const { asOfMs, asOfDay, asOfDate } = ctx.week;
  // Problem clients at week end, from the visible disputes only: with private entries left out, a
  // private dispute must not tell by a missing client that it exists.
  const problemAtEnd = new Set(
    input.disputes
      .filter(
        (d) => ctx.visible.dispute(d) && disputeExistsBy(d, asOfMs, asOfDay) && isActiveStatus(statusBefore(d, asOfMs)),
      )
      .map((d) => d.clientId),
  );
  return buildCallList({
    clients: input.clients,
    conversations: input.journal.filter(ctx.visible.journalRow),
    quests,
    asOfMs,
    problemClientIds: problemAtEnd,
    limit: CALL_LIST_LIMIT,
  }).map((entry) => ({
    clientId: entry.clientId,
    client: entry.name,
    organization: entry.organization,
    vip: entry.vip,
    lastContact: format(new Date(entry.lastContactMs), 'd MMM yyyy', { locale: ctx.locale }),
    daysSince: differenceInCalendarDays(asOfDate, new Date(entry.lastContactMs)),
  }));
}
