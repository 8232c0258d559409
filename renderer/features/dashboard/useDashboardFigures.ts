import { useMemo } from 'react';
import {
  computePeriodFigures,
  computeTrend,
  trendWeeksFor,
  type DashboardFigures,
} from '../../../shared/rules/dashboardFigures';
import type { PeriodKey } from '../../../shared/rules/periods';
import type { IndexSnapshot } from '../../db/conversationIndex';

export type { DashboardFigures } from '../../../shared/rules/dashboardFigures';

/**
 * Every dashboard figure for the period, from the in-memory conversation index; the computation
 * is `shared/rules/dashboardFigures.ts`. Recomputed only when the rows, the period, the target,
 * the week start or the day change — never on a re-render.
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
