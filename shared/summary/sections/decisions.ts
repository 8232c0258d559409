/** Decisions: taken during the week, kept or broken during it, and overdue at its end. */
import type { Decision } from '../../domain/types';
import { isDecisionOverdue } from '../../rules/decisions';
import type { SummaryContext } from '../context';
import { formatCalendarDate } from '../format';
import type { SummaryDecision, WeeklySummary } from '../types';

const byDecidedOn = (a: Decision, b: Decision) =>
  a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1;

export function buildDecisionsSection(decisions: readonly Decision[], ctx: SummaryContext): WeeklySummary['decisions'] {
  const { t, language, labels } = ctx;
  const { fromMs, toMs, firstDay, lastDay, dayAfter } = ctx.week;
  const rows: SummaryDecision[] = [];
  const counts = { taken: 0, kept: 0, broken: 0, overdue: 0 };
  for (const d of [...decisions].sort(byDecidedOn)) {
    if (!ctx.visible.decision(d)) continue;
    if (d.decidedOn > lastDay) continue;
    const taken = d.decidedOn >= firstDay;
    // Decisions carry no status history: a status set during the week is seen through updatedAt.
    const changedInWeek = Date.parse(d.updatedAt) >= fromMs && Date.parse(d.updatedAt) < toMs;
    const kept = d.status === 'kept' && changedInWeek;
    const broken = d.status === 'broken' && changedInWeek;
    const overdue = isDecisionOverdue(d, dayAfter);
    if (!taken && !kept && !broken && !overdue) continue;
    if (taken) counts.taken++;
    if (kept) counts.kept++;
    if (broken) counts.broken++;
    if (overdue) counts.overdue++;
    rows.push({
      id: d.id,
      decidedOn: formatCalendarDate(d.decidedOn, language, labels.none),
      client: ctx.clientName(d.clientId),
      decision: d.decision.trim(),
      promised: d.promised.trim(),
      owner: d.owner.trim(),
      due: formatCalendarDate(d.due, language, labels.none),
      statusLabel: t(`common:decisionStatus.${d.status}`),
      overdue,
      taken,
      kept,
      broken,
    });
  }
  return { ...counts, countsText: t('summary:doc.decisionCounts', counts), rows };
}
