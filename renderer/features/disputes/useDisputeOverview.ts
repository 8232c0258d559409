/** What the dashboard shows about disputes and decisions. */
import { overduePendingDecisions } from '../../db/decisions';
import { listActiveDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { overdueStepCount, sortDisputes } from '../../../shared/rules/disputes';
import { useToday } from '../../common/useToday';

export interface DisputeOverview {
  /** Disputes open or in correction. */
  openCount: number;
  oldest: { id: string; title: string; openedOn: string } | null;
  /** Unfinished correction-plan steps past their due date. */
  overdueSteps: number;
  /** Pending decisions past their due date. */
  overdueDecisions: number;
}

/** `undefined` while loading. Reads only active disputes and overdue decisions through their indexes. */
export function useDisputeOverview(): DisputeOverview | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    const [active, decisions] = await Promise.all([listActiveDisputes(), overduePendingDecisions(today)]);
    const oldest = sortDisputes(active, new Set())[0];
    return {
      openCount: active.length,
      oldest: oldest ? { id: oldest.id, title: oldest.title, openedOn: oldest.openedOn } : null,
      overdueSteps: active.reduce((sum, d) => sum + overdueStepCount(d.plan, today), 0),
      overdueDecisions: decisions.length,
    };
  }, [today]);
}
