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
  trend: TrendWeek[];
  channels: Record<Channel, number>;
  criteria: CriteriaTally;
  weakest: Criterion[];
}

const WEEK_MS = 7 * 86_400_000;

export function trendWeeksFor(period: PeriodKey): number {
  return period === 'thisYear' || period === 'allTime' ? 52 : 12;
}

export function computeFigures(
  rows: IndexSnapshot['rows'],
  period: PeriodKey,
  target: number,
  weekStartsOn: 0 | 1,
  now: Date,
): DashboardFigures {
  const range = periodRange(period, now);
  const weeks = trendWeeksFor(period);
  const inPeriod = rowsInRange(rows, range);
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  for (const row of inPeriod) channels[row.channel]++;
  const criteria = tallyCriteria(inPeriod);
  return {
    range,
    balance: computeBalance(inPeriod, target),
    conversationCount: inPeriod.length,
    // A slice a little wider than the trend's weeks; weeklyTrend does the exact bucketing.
    trend: weeklyTrend(rowsInRange(rows, { fromMs: now.getTime() - (weeks + 2) * WEEK_MS, toMs: MAX_MS }), {
      now,
      weeks,
      weekStartsOn,
    }),
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
  return useMemo(
    // The snapshot object changes exactly when the index version does; `today` moves the
    // periods on at midnight.
    () => (snapshot && today ? computeFigures(snapshot.rows, period, target, weekStartsOn, new Date()) : undefined),
    [snapshot, period, target, weekStartsOn, today],
  );
}
