import { useMemo } from 'react';
import { computeBalance, type Balance } from '../../../shared/rules/balance';
import { periodRange, rowsInRange } from '../../../shared/rules/periods';
import type { IndexSnapshot } from '../../db/conversationIndex';

/** The balance of the last 30 days (the dashboard's default period); `undefined` while loading. */
export function useBalanceLast30Days(
  snapshot: IndexSnapshot | undefined,
  target: number,
  today: string,
): Balance | undefined {
  return useMemo(() => {
    if (!snapshot || !today) return undefined;
    return computeBalance(rowsInRange(snapshot.rows, periodRange('last30Days', new Date())), target);
  }, [snapshot, target, today]);
}
