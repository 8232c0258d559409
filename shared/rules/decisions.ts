/** Rules of the decision register: overdue, order, and the promise-keeping figure. Pure. */
import type { CalendarDate, Decision, DecisionDraft } from '../domain/types';

/** A decision is overdue when it is still pending and its due date is before today (local). */
export function isDecisionOverdue(decision: Pick<Decision, 'status' | 'due'>, today: CalendarDate): boolean {
  return decision.status === 'pending' && decision.due !== null && decision.due < today;
}

export interface PromiseKeeping {
  kept: number;
  broken: number;
  /** kept ÷ (kept + broken); null when nothing has been judged kept or broken yet. */
  ratio: number | null;
}

/** Promise keeping over live decisions: kept ÷ (kept + broken). Pending and changed do not count. */
export function promiseKeeping(decisions: Iterable<Pick<Decision, 'status' | 'deletedAt'>>): PromiseKeeping {
  let kept = 0;
  let broken = 0;
  for (const d of decisions) {
    if (d.deletedAt !== null) continue;
    if (d.status === 'kept') kept++;
    else if (d.status === 'broken') broken++;
  }
  return { kept, broken, ratio: kept + broken === 0 ? null : kept / (kept + broken) };
}

type Sortable = Pick<Decision, 'id' | 'status' | 'due' | 'decidedOn' | 'createdAt'>;

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Register order: pending first, by due date (no due date last, then oldest decided first);
 * the rest newest decided first.
 */
export function compareDecisions(a: Sortable, b: Sortable): number {
  const pending = Number(b.status === 'pending') - Number(a.status === 'pending');
  if (pending !== 0) return pending;
  if (a.status === 'pending') {
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return byString(a.due, b.due);
    }
    return byString(a.decidedOn, b.decidedOn) || byString(a.createdAt, b.createdAt) || byString(a.id, b.id);
  }
  return byString(b.decidedOn, a.decidedOn) || byString(b.createdAt, a.createdAt) || byString(a.id, b.id);
}

export function sortDecisions<T extends Sortable>(decisions: readonly T[]): T[] {
  return [...decisions].sort(compareDecisions);
}

export function emptyDecisionDraft(): DecisionDraft {
  return { decision: '', promised: '', owner: '', due: null, status: 'pending', note: '' };
}

export function draftOf(decision: Decision): DecisionDraft {
  const { id, decision: text, promised, owner, due, status, note } = decision;
  return { id, decision: text, promised, owner, due, status, note };
}
