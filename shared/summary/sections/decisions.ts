/**
 * Decisions: taken during the week, kept, changed or broken during it (from each decision's
 * status history, never from its last edit), and overdue at the week's end.
 */
import { format, parseISO } from 'date-fns';
import type { Decision, DecisionStatus } from '../../domain/types';
import { decisionStatusChangeBefore, isDecisionOverdue } from '../../rules/decisions';
import type { SummaryContext } from '../context';
import { formatCalendarDate } from '../format';
import type { SummaryDecision, WeeklySummary } from '../types';

const byDecidedOn = (a: Decision, b: Decision) =>
  a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1;

/** Statuses that judge a decision; each is counted in the week it was set. */
const JUDGED = ['kept', 'changed', 'broken'] as const satisfies readonly DecisionStatus[];

export function buildDecisionsSection(decisions: readonly Decision[], ctx: SummaryContext): WeeklySummary['decisions'] {
  const { t, language, labels, locale } = ctx;
  const { fromMs, asOfMs, firstDay, lastDay, overdueBefore } = ctx.week;
  const rows: SummaryDecision[] = [];
  const counts = { taken: 0, kept: 0, changed: 0, broken: 0, overdue: 0 };
  for (const d of [...decisions].sort(byDecidedOn)) {
    if (!ctx.visible.decision(d)) continue;
    if (d.decidedOn > lastDay) continue;
    // The status at the week's end (or now, during the week), and when it was set.
    const change = decisionStatusChangeBefore(d, asOfMs);
    const status: DecisionStatus = change?.status ?? 'pending';
    const setMs = change ? Date.parse(change.at) : Number.NaN;
    const judgedInWeek = setMs >= fromMs && setMs < asOfMs;
    const taken = d.decidedOn >= firstDay;
    const judged = { kept: false, changed: false, broken: false };
    for (const s of JUDGED) judged[s] = status === s && judgedInWeek;
    const overdue = isDecisionOverdue({ status, due: d.due }, overdueBefore);
    if (!taken && !judged.kept && !judged.changed && !judged.broken && !overdue) continue;
    if (taken) counts.taken++;
    for (const s of JUDGED) if (judged[s]) counts[s]++;
    if (overdue) counts.overdue++;
    rows.push({
      id: d.id,
      decidedOn: formatCalendarDate(d.decidedOn, language, labels.none),
      client: ctx.clientName(d.clientId),
      decision: d.decision.trim(),
      promised: d.promised.trim(),
      owner: d.owner.trim(),
      due: formatCalendarDate(d.due, language, labels.none),
      statusLabel:
        status === 'pending' || !change
          ? t(`common:decisionStatus.${status}`)
          : t(`common:decisionStatusOn.${status}`, { date: format(parseISO(change.at), 'd MMM', { locale }) }),
      overdue,
      taken,
      ...judged,
    });
  }
  return { ...counts, countsText: t('summary:doc.decisionCounts', counts), rows };
}
