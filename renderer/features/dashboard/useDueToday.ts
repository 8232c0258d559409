import { useLiveQuery } from '../../db/live';
import { countDueToday, type DueToday } from '../../db/dashboardQueries';

/** Pending decisions and open plan steps due on `today`; `undefined` while loading. */
export function useDueToday(today: string): DueToday | undefined {
  return useLiveQuery(() => countDueToday(today), [today]);
}
