import { useMemo } from 'react';
import { CHANNELS, type Channel, type Criterion } from '../../../shared/domain/types';
import { computeBalance, type Balance, type MsRange } from '../../../shared/rules/balance';
import { MAX_MS, periodRange, rowsInRange, type PeriodKey } from '../../../shared/rules/periods';
import { weeklyTrend, type TrendWeek } from '../../../shared/rules/trend';
import { tallyCriteria, weakestCriteria, type CriteriaTally } from '../../../shared/rules/criteria';
import type { IndexSnapshot } from '../../db/conversationIndex';

export interface DashboardFigures {
  range: MsRange;
  balance: Balance;
  /** Conversations of any outcome in the period. */
  conversationCount: number;
  /** Weekly trend: depends on the period only through its length (12 or 52 weeks). */
  trend: TrendWeek[];
  channels: Record<Channel, number>;
  criteria: CriteriaTally;
  weakest: Criterion[];
}

const WEEK_MS = 7 * 86_400_000;

export function trendWeeksFor(period: PeriodKey): number {
  return period === 'thisYear' || period === 'allTime' ? 52 : 12;
}

export function computeTrend(rows: IndexSnapshot['rows'], weeks: number, weekStartsOn: 0 | 1, now: Date): TrendWeek[] {
  // A slice a little wider than the trend's weeks; weeklyTrend does the exact bucketing.
  return weeklyTrend(rowsInRange(rows, { fromMs: now.getTime() - (weeks + 2) * WEEK_MS, toMs: MAX_MS }), {
    now,
    weeks,
    weekStartsOn,
  });
}

export function computePeriodFigures(
  rows: IndexSnapshot['rows'],
  period: PeriodKey,
  target: number,
  now: Date,
): Omit<DashboardFigures, 'trend'> {
  const range = periodRange(period, now);
  const inPeriod = rowsInRange(rows, range);
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  for (const row of inPeriod) channels[row.channel]++;
  const criteria = tallyCriteria(inPeriod);
  return {
    range,
    balance: computeBalance(inPeriod, target),
    conversationCount: inPeriod.length,
    channels,
    criteria,
    weakest: weakestCriteria(criteria),
  };
}

/**
 * Every dashboard figure for the period, from the in-memory conversation index. Recomputed only
 * when the rows, the period, the target, the week start or the day change — never on a re-render.
 */
export function useDashboardFigures(
  snapshot: IndexSnapshot | undefined,
  period: PeriodKey,
  target: number,
  weekStartsOn: 0 | 1,
  today: string,
): DashboardFigures | undefined {
  // The snapshot object changes exactly when the index version does; `today` moves the
  // periods on at midnight. The trend has its own memo so switching between periods of the
  // same trend length keeps the same array and the memoised chart does not redraw.
  const weeks = trendWeeksFor(period);
  const trend = useMemo(
    () => (snapshot && today ? computeTrend(snapshot.rows, weeks, weekStartsOn, new Date()) : undefined),
    [snapshot, weeks, weekStartsOn, today],
  );
  const periodFigures = useMemo(
    () => (snapshot && today ? computePeriodFigures(snapshot.rows, period, target, new Date()) : undefined),
    [snapshot, period, target, today],
  );
  return useMemo(() => (trend && periodFigures ? { ...periodFigures, trend } : undefined), [trend, periodFigures]);
}
