/**
 * Decision repository. Decisions typed in the conversation dialog are saved by
 * conversations.ts in the conversation's transaction; this module covers the rest: decisions
 * on disputes, status changes from the register, edits and tombstones.
 */
import type { CalendarDate, Decision, DecisionDraft, DecisionStatus } from '../../shared/domain/types';
import { nowInstant, todayLocal } from '../../shared/dates/instant';
import { buildDecision, decisionChanges } from '../../shared/rules/decisions';
import { db } from './db';
import { newRecordBase } from './records';
import { isLive } from '../../shared/domain/records';

export type DecisionInput = Pick<Decision, 'clientId' | 'decision'> &
  Partial<
    Pick<Decision, 'conversationId' | 'disputeId' | 'decidedOn' | 'promised' | 'owner' | 'due' | 'status' | 'note'>
  >;

export type DecisionPatch = Partial<Pick<Decision, 'decision' | 'promised' | 'owner' | 'due' | 'status' | 'note'>>;

function requireText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A decision needs a text.');
  return trimmed;
}

/** A decision from the register; taken today unless `decidedOn` says otherwise. */
export async function createDecision(input: DecisionInput): Promise<Decision> {
  const decision = buildDecision({ ...input, decidedOn: input.decidedOn ?? todayLocal() }, newRecordBase());
  await db.decisions.add(decision);
  return decision;
}

/** Adds a decision taken about a dispute; the client comes from the dispute. */
export async function addDisputeDecision(
  disputeId: string,
  draft: DecisionDraft,
  decidedOn: CalendarDate = todayLocal(),
): Promise<Decision> {
  return db.transaction('rw', db.disputes, db.decisions, async () => {
    const dispute = await db.disputes.get(disputeId);
    if (!dispute || dispute.deletedAt !== null) throw new Error(`Dispute ${disputeId} not found.`);
    const { id: _ignored, ...fields } = draft;
    const decision = buildDecision({ ...fields, clientId: dispute.clientId, disputeId, decidedOn }, newRecordBase());
    await db.decisions.add(decision);
    return decision;
  });
}

/**
 * Writes the fields of `patch` that differ from the stored decision (nothing at all when none
 * does); a new status is appended to the decision's history with the time it was set.
 */
export async function updateDecision(id: string, patch: DecisionPatch): Promise<void> {
  const checked = patch.decision === undefined ? patch : { ...patch, decision: requireText(patch.decision) };
  await db.transaction('rw', db.decisions, async () => {
    const decision = await db.decisions.get(id);
    if (!decision) throw new Error(`Decision ${id} not found.`);
    const changes = decisionChanges(decision, checked, nowInstant());
    if (changes) await db.decisions.update(id, changes);
  });
}

export async function setDecisionStatus(id: string, status: DecisionStatus): Promise<void> {
  await updateDecision(id, { status });
}

export async function deleteDecision(id: string): Promise<void> {
  const now = nowInstant();
  await db.decisions.update(id, { deletedAt: now, updatedAt: now });
}

export async function restoreDecision(id: string): Promise<void> {
  await db.decisions.update(id, { deletedAt: null, updatedAt: nowInstant() });
}

// ---------- queries ----------

/**
 * The live decisions among `rows` whose conversation and dispute (if any) are live too: a
 * decision never outlives what it was taken in. Deleting does tombstone both together; this also
 * covers a journal where an older version deleted the conversation alone.
 */
export async function liveDecisionsOf(rows: Decision[]): Promise<Decision[]> {
  const candidates = rows.filter(isLive);
  const conversationIds = [...new Set(candidates.flatMap((d) => (d.conversationId ? [d.conversationId] : [])))];
  const disputeIds = [...new Set(candidates.flatMap((d) => (d.disputeId ? [d.disputeId] : [])))];
  const [conversations, disputes] = await Promise.all([
    db.conversations.bulkGet(conversationIds),
    db.disputes.bulkGet(disputeIds),
  ]);
  const liveIds = new Set([...conversations, ...disputes].filter(isLive).map((r) => r.id));
  return candidates.filter(
    (d) =>
      (d.conversationId === null || liveIds.has(d.conversationId)) &&
      (d.disputeId === null || liveIds.has(d.disputeId)),
  );
}

/** Every live decision (the register; one per promise, far fewer than conversations). */
export async function listDecisions(): Promise<Decision[]> {
  return liveDecisionsOf(await db.decisions.filter(isLive).toArray());
}

export async function decisionsOfClient(clientId: string): Promise<Decision[]> {
  return liveDecisionsOf(await db.decisions.where('clientId').equals(clientId).toArray());
}

export async function decisionsOfConversation(conversationId: string): Promise<Decision[]> {
  return liveDecisionsOf(await db.decisions.where('conversationId').equals(conversationId).toArray());
}

export async function decisionsOfDispute(disputeId: string): Promise<Decision[]> {
  return liveDecisionsOf(await db.decisions.where('disputeId').equals(disputeId).toArray());
}

/** Pending decisions due before `today`, through the due index (no due date is never overdue). */
export async function overduePendingDecisions(today: CalendarDate): Promise<Decision[]> {
  const rows = await db.decisions.where('due').below(today).toArray();
  return liveDecisionsOf(rows.filter((d) => d.status === 'pending'));
}
