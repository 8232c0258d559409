/** Disputes: opened and resolved during the week, and still open at its end, with plan progress. */
import type { CalendarDate, Dispute, DisputeStatus } from '../../domain/types';
import { isActiveStatus, overdueStepCount, planProgress } from '../../rules/disputes';
import type { SummaryContext } from '../context';
import { formatCalendarDate } from '../format';
import type { SummaryDispute, WeeklySummary } from '../types';

/** Dispute status in effect just before `beforeMs` (its history, or its status when it has none). */
export function statusBefore(dispute: Dispute, beforeMs: number): DisputeStatus {
  if (dispute.statusHistory.length === 0) return dispute.status;
  let status: DisputeStatus = 'open';
  for (const change of dispute.statusHistory) {
    if (Date.parse(change.at) < beforeMs) status = change.status;
  }
  return status;
}

/**
 * Whether a dispute was in the journal at `asOfMs` (the day `asOfDay`): from the day it was opened,
 * or from when it was entered (its first status change) if that came first. A dispute entered
 * today with tomorrow's date is open from now on, as the dashboard shows it.
 */
export function disputeExistsBy(dispute: Dispute, asOfMs: number, asOfDay: CalendarDate): boolean {
  if (dispute.openedOn <= asOfDay) return true;
  const entered = dispute.statusHistory[0];
  return entered !== undefined && Date.parse(entered.at) < asOfMs;
}

function resolvedWithin(dispute: Dispute, fromMs: number, toMs: number): boolean {
  return dispute.statusHistory.some((c) => {
    const ms = Date.parse(c.at);
    return c.status === 'resolved' && ms >= fromMs && ms < toMs;
  });
}

function disputeRow(d: Dispute, status: DisputeStatus, ctx: SummaryContext): SummaryDispute {
  const { t } = ctx;
  const progress = planProgress(d.plan);
  const overdueSteps = overdueStepCount(d.plan, ctx.week.overdueBefore);
  const parts = [
    progress.total === 0
      ? t('summary:doc.planEmpty')
      : t('summary:doc.planProgress', { done: progress.done, total: progress.total }),
  ];
  if (overdueSteps > 0 && status !== 'resolved') parts.push(t('summary:doc.planOverdue', { count: overdueSteps }));
  return {
    id: d.id,
    title: d.title.trim(),
    client: ctx.clientName(d.clientId),
    openedOn: formatCalendarDate(d.openedOn, ctx.language, ctx.labels.none),
    status,
    statusLabel: t(`common:disputeStatus.${status}`),
    severityLabel: t(`common:severity.${d.severity}`),
    rootCauseLabel: t(`common:rootCause.${d.rootCause}`),
    planDone: progress.done,
    planTotal: progress.total,
    overdueSteps,
    planText: parts.join(' · '),
    private: d.private,
  };
}

const byOpened = (a: Dispute, b: Dispute) =>
  a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1;

export function buildDisputesSection(disputes: readonly Dispute[], ctx: SummaryContext): WeeklySummary['disputes'] {
  // At the week's end, or now during the week.
  const { fromMs, asOfMs, firstDay, lastDay, asOfDay } = ctx.week;
  const existedAtEnd = disputes
    .filter(ctx.visible.dispute)
    .sort(byOpened)
    .filter((d) => disputeExistsBy(d, asOfMs, asOfDay));
  const row = (d: Dispute) => disputeRow(d, statusBefore(d, asOfMs), ctx);
  return {
    opened: existedAtEnd.filter((d) => d.openedOn >= firstDay && d.openedOn <= lastDay).map(row),
    resolved: existedAtEnd.filter((d) => resolvedWithin(d, fromMs, asOfMs)).map(row),
    openAtEnd: existedAtEnd.filter((d) => isActiveStatus(statusBefore(d, asOfMs))).map(row),
  };
}
