import { useMemo } from 'react';
import { computeBalance } from '../../../shared/rules/balance';
import { periodRange, rowsInRange } from '../../../shared/rules/periods';
import type { IndexSnapshot } from '../../db/conversationIndex';

/** Owed over the last 30 days (the dashboard's default period); `undefined` while loading. */
export function useOwedLast30Days(
  snapshot: IndexSnapshot | undefined,
  target: number,
  today: string,
): number | undefined {
  return useMemo(() => {
    if (!snapshot || !today) return undefined;
    return computeBalance(rowsInRange(snapshot.rows, periodRange('last30Days', new Date())), target).owed;
  }, [snapshot, target, today]);
}
