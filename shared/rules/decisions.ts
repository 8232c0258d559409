/** Rules of the decision register: overdue, order, and the promise-keeping figure. Pure. */
import type {
  BaseRecord,
  CalendarDate,
  Decision,
  DecisionDraft,
  DecisionStatus,
  DecisionStatusChange,
  Instant,
} from '../domain/types';

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

/**
 * What saving a decision row of the conversation dialog does with it: `blank` (nothing typed:
 * dropped), `ready` (it has a text, or it is a saved decision, which keeps its old wording if
 * the text was emptied) or `needsText` (something typed — a promise, an owner, a due date, a note —
 * but no decision: refused with a message, never dropped).
 */
export type DecisionDraftState = 'blank' | 'ready' | 'needsText';

export function decisionDraftState(draft: DecisionDraft): DecisionDraftState {
  if (draft.id || draft.decision.trim()) return 'ready';
  const typed = [draft.promised, draft.owner, draft.note].some((s) => s.trim()) || draft.due !== null;
  return typed ? 'needsText' : 'blank';
}

/** The rows (indexes) a save must refuse: something typed in them but no decision. */
export function decisionDraftsNeedingText(drafts: readonly DecisionDraft[]): number[] {
  return drafts.flatMap((draft, i) => (decisionDraftState(draft) === 'needsText' ? [i] : []));
}

// ---------- a new decision ----------

/** What a new decision is made of; everything else has a default. */
export type NewDecision = Pick<Decision, 'clientId' | 'decision' | 'decidedOn'> &
  Partial<Pick<Decision, 'conversationId' | 'disputeId' | 'promised' | 'owner' | 'due' | 'status' | 'note'>>;

/**
 * The one way a decision record is built — from the conversation dialog, a dispute, the
 * register and the sample journal. `base` gives its id and dates (`newRecordBase` in the app);
 * its history starts with its status at its creation. Throws when the text is blank.
 */
export function buildDecision(input: NewDecision, base: BaseRecord): Decision {
  const decision = input.decision.trim();
  if (!decision) throw new Error('A decision needs a text.');
  const status = input.status ?? 'pending';
  return {
    ...base,
    clientId: input.clientId,
    conversationId: input.conversationId ?? null,
    disputeId: input.disputeId ?? null,
    decidedOn: input.decidedOn,
    decision,
    promised: input.promised ?? '',
    owner: input.owner ?? '',
    due: input.due ?? null,
    status,
    statusHistory: initialDecisionHistory(status, base.createdAt),
    note: input.note ?? '',
  };
}

// ---------- status history ----------

/** Where a decision's history starts: the status it is created with, at its creation. */
export function initialDecisionHistory(status: DecisionStatus, now: Instant): DecisionStatusChange[] {
  return [{ status, at: now }];
}

/**
 * The status change in effect just before `beforeMs`: the last history entry before it.
 * `null` before the first entry (the decision did not exist yet). A decision with no history
 * (never the case once stored, but tolerated) reads as its current status, set at `updatedAt`.
 */
export function decisionStatusChangeBefore(
  decision: Pick<Decision, 'status' | 'statusHistory' | 'updatedAt'>,
  beforeMs: number,
): DecisionStatusChange | null {
  const history =
    decision.statusHistory.length > 0 ? decision.statusHistory : [{ status: decision.status, at: decision.updatedAt }];
  let current: DecisionStatusChange | null = null;
  for (const change of history) if (Date.parse(change.at) < beforeMs) current = change;
  return current;
}

/** The change that set the current status ("Kept on 14 Oct"). */
export function currentStatusChange(
  decision: Pick<Decision, 'status' | 'statusHistory' | 'updatedAt'>,
): DecisionStatusChange {
  const last = decision.statusHistory.at(-1);
  return last && last.status === decision.status ? last : { status: decision.status, at: decision.updatedAt };
}

/** The fields a decision form or the conversation dialog can change. */
export type DecisionFieldsPatch = Partial<
  Pick<Decision, 'clientId' | 'decision' | 'promised' | 'owner' | 'due' | 'status' | 'note'>
>;

/**
 * What writing `patch` onto `decision` at `now` changes: only the fields whose value differs,
 * plus `updatedAt`, and a new history entry when the status differs. `null` when nothing
 * differs, so saving an unchanged decision writes nothing and its dates stay true.
 */
export function decisionChanges(
  decision: Decision,
  patch: DecisionFieldsPatch,
  now: Instant,
): Partial<Decision> | null {
  const changes: Partial<Decision> = {};
  let changed = false;
  for (const key of Object.keys(patch) as (keyof DecisionFieldsPatch)[]) {
    const value = patch[key];
    if (value === undefined || value === decision[key]) continue;
    Object.assign(changes, { [key]: value });
    changed = true;
  }
  if (!changed) return null;
  if (changes.status !== undefined) {
    changes.statusHistory = [...decision.statusHistory, { status: changes.status, at: now }];
  }
  changes.updatedAt = now;
  return changes;
}
