/**
 * Every figure the dashboard shows for a period, as a pure function of the conversation rows
 * (the in-memory conversation index's rows fit). The weekly summary computes the same figures for
 * an ISO week with the same rules (`computeBalance`, `tallyCriteria`, `weakestCriteria`), and a
 * differential property test (test/unit/rules/dashboardFigures.property.test.ts) keeps the two
 * equal for the same days.
 */
import { CHANNELS, type Channel, type Criterion, type CriterionMark } from '../domain/types';
import { computeBalance, type Balance, type BalanceConversation, type MsRange } from './balance';
import { tallyCriteria, weakestCriteria, type CriteriaTally } from './criteria';
import { MAX_MS, periodRange, rowsInRange, type PeriodKey } from './periods';
import { weeklyTrend, type TrendWeek } from './trend';

/** A live conversation as the dashboard reads it: the fields its figures need. */
export interface DashboardRow extends BalanceConversation {
  channel: Channel;
  criteria: Partial<Record<Criterion, CriterionMark>>;
}

export interface PeriodFigures {
  range: MsRange;
  balance: Balance;
  /** Conversations of any outcome in the period. */
  conversationCount: number;
  channels: Record<Channel, number>;
  criteria: CriteriaTally;
  weakest: Criterion[];
}

export interface DashboardFigures extends PeriodFigures {
  /** Weekly trend: depends on the period only through its length (12 or 52 weeks). */
  trend: TrendWeek[];
}

const WEEK_MS = 7 * 86_400_000;

export function trendWeeksFor(period: PeriodKey): number {
  return period === 'thisYear' || period === 'allTime' ? 52 : 12;
}

/** The weekly trend over the last `weeks` weeks, from time-sorted rows. */
export function computeTrend(
  rows: readonly DashboardRow[],
  weeks: number,
  weekStartsOn: 0 | 1,
  now: Date,
): TrendWeek[] {
  // A slice a little wider than the trend's weeks; weeklyTrend does the exact bucketing.
  return weeklyTrend(rowsInRange(rows, { fromMs: now.getTime() - (weeks + 2) * WEEK_MS, toMs: MAX_MS }), {
    now,
    weeks,
    weekStartsOn,
  });
}

/** The figures of the conversations in `range` ([fromMs, toMs)), from time-sorted rows. */
export function computeRangeFigures(rows: readonly DashboardRow[], range: MsRange, target: number): PeriodFigures {
  const inRange = rowsInRange(rows, range);
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  for (const row of inRange) channels[row.channel]++;
  const criteria = tallyCriteria(inRange);
  return {
    range,
    balance: computeBalance(inRange, target),
    conversationCount: inRange.length,
    channels,
    criteria,
    weakest: weakestCriteria(criteria),
  };
}

/** The figures of a dashboard period ("this week", "last 30 days"…) at `now`. */
export function computePeriodFigures(
  rows: readonly DashboardRow[],
  period: PeriodKey,
  target: number,
  now: Date,
): PeriodFigures {
  return computeRangeFigures(rows, periodRange(period, now), target);
}
