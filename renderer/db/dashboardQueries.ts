/** Dexie reads the dashboard and nudges need (besides the in-memory conversation index). */
import type { CallListClient } from '../../shared/rules/callList';
import { db } from './db';
import { liveDecisionsOf } from './decisions';

/**
 * Every live client reduced to what the call list needs. 2 000 clients read in one go is a few
 * milliseconds, and useLiveQuery re-runs it only when the clients table changes.
 */
export async function listCallListClients(): Promise<CallListClient[]> {
  const all = await db.clients.toArray();
  const result: CallListClient[] = [];
  for (const c of all) {
    if (c.deletedAt !== null) continue;
    result.push({
      id: c.id,
      name: c.name,
      organization: c.organization,
      vip: c.vip,
      problem: c.problem,
      archivedAt: c.archivedAt,
      deletedAt: c.deletedAt,
    });
  }
  return result;
}

export interface DueToday {
  decisions: number;
  planSteps: number;
}

/** Pending decisions and unfinished plan steps of unresolved disputes due on `today` (yyyy-MM-dd). */
export async function countDueToday(today: string): Promise<DueToday> {
  const [decisions, disputes] = await Promise.all([
    db.decisions.where('due').equals(today).toArray(),
    db.disputes.where('status').anyOf('open', 'inCorrection').toArray(),
  ]);
  let planSteps = 0;
  for (const d of disputes) {
    if (d.deletedAt !== null) continue;
    for (const step of d.plan) if (!step.done && step.due === today) planSteps++;
  }
  return {
    decisions: (await liveDecisionsOf(decisions.filter((d) => d.status === 'pending'))).length,
    planSteps,
  };
}
