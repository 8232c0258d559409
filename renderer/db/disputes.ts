/**
 * Dispute repository: disputes, their status workflow, correction plans and linked
 * conversations. Read-modify-write of a dispute runs in one transaction so two quick edits
 * (tick a step, then move it) never overwrite each other.
 */
import type { Conversation, Dispute, DisputeStatus, PlanStep } from '../../shared/domain/types';
import { nowInstant } from '../../shared/dates/instant';
import { ACTIVE_DISPUTE_STATUSES, changeStatus, moveStep } from '../../shared/rules/disputes';
import { db } from './db';
import { newRecordBase } from './records';
import { isLive } from '../../shared/domain/records';
import { compareByTime } from '../../shared/rules/balance';

export type DisputeInput = Pick<Dispute, 'clientId' | 'title' | 'openedOn'> &
  Partial<
    Pick<
      Dispute,
      'rootCause' | 'severity' | 'whatWentWrong' | 'resolution' | 'notes' | 'private' | 'conversationIds' | 'plan'
    >
  >;

/** Fields edited directly on the dispute page (status and plan have their own operations). */
export type DisputePatch = Partial<
  Pick<
    Dispute,
    'clientId' | 'title' | 'openedOn' | 'rootCause' | 'severity' | 'whatWentWrong' | 'resolution' | 'notes' | 'private'
  >
>;

export type PlanStepInput = Partial<Omit<PlanStep, 'id'>>;

/** Thrown when a status change is refused; `reason` says why (the UI asks to confirm on `unfinishedSteps`). */
export class DisputeStatusError extends Error {
  constructor(
    readonly reason: 'notAllowed' | 'unfinishedSteps',
    readonly unfinished = 0,
  ) {
    super(reason === 'notAllowed' ? 'This status change is not allowed.' : `${unfinished} plan steps are not done.`);
    this.name = 'DisputeStatusError';
  }
}

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('A dispute needs a title.');
  return trimmed;
}

export function buildDispute(input: DisputeInput, now: string = nowInstant()): Dispute {
  return {
    ...newRecordBase(now),
    clientId: input.clientId,
    title: requireTitle(input.title),
    openedOn: input.openedOn,
    rootCause: input.rootCause ?? 'other',
    severity: input.severity ?? 'medium',
    whatWentWrong: input.whatWentWrong ?? '',
    resolution: input.resolution ?? '',
    notes: input.notes ?? '',
    private: input.private ?? false,
    status: 'open',
    statusHistory: [{ status: 'open', at: now }],
    conversationIds: [...new Set(input.conversationIds ?? [])],
    plan: input.plan ?? [],
  };
}

export async function createDispute(input: DisputeInput): Promise<Dispute> {
  const dispute = buildDispute(input);
  await db.disputes.add(dispute);
  return dispute;
}

export async function getDispute(id: string): Promise<Dispute | undefined> {
  const d = await db.disputes.get(id);
  return isLive(d) ? d : undefined;
}

/** Reads a live dispute, applies `change`, writes it back: one transaction. */
async function modify(id: string, change: (dispute: Dispute) => Partial<Dispute>): Promise<Dispute> {
  return db.transaction('rw', db.disputes, async () => {
    const dispute = await db.disputes.get(id);
    if (!dispute || dispute.deletedAt !== null) throw new Error(`Dispute ${id} not found.`);
    const changes = { ...change(dispute), updatedAt: nowInstant() };
    await db.disputes.update(id, changes);
    return { ...dispute, ...changes };
  });
}

export async function updateDispute(id: string, patch: DisputePatch): Promise<void> {
  const changes: DisputePatch = { ...patch };
  if (patch.title !== undefined) changes.title = requireTitle(patch.title);
  await modify(id, () => changes);
}

/** Changes the status through the workflow rules; throws DisputeStatusError when refused. */
export async function changeDisputeStatus(
  id: string,
  to: DisputeStatus,
  options: { confirmUnfinished?: boolean } = {},
): Promise<Dispute> {
  return modify(id, (dispute) => {
    const result = changeStatus(dispute, to, nowInstant(), options);
    if (!result.ok)
      throw new DisputeStatusError(result.reason, result.reason === 'unfinishedSteps' ? result.unfinished : 0);
    return result.changes;
  });
}

/**
 * Tombstones a dispute and the decisions recorded on it, with one instant, so
 * `restoreDispute` brings back exactly those.
 */
export async function deleteDispute(id: string): Promise<void> {
  const now = nowInstant();
  await db.transaction('rw', db.disputes, db.decisions, async () => {
    await db.disputes.update(id, { deletedAt: now, updatedAt: now });
    await db.decisions
      .where('disputeId')
      .equals(id)
      .filter((d): boolean => isLive(d)) // a plain filter: modify() writes a deletedAt
      .modify({ deletedAt: now, updatedAt: now });
  });
}

export async function restoreDispute(id: string): Promise<void> {
  const now = nowInstant();
  await db.transaction('rw', db.disputes, db.decisions, async () => {
    const dispute = await db.disputes.get(id);
    if (!dispute || isLive(dispute)) return;
    const deletedAt = dispute.deletedAt;
    await db.disputes.update(id, { deletedAt: null, updatedAt: now });
    await db.decisions
      .where('disputeId')
      .equals(id)
      .filter((d) => d.deletedAt === deletedAt)
      .modify({ deletedAt: null, updatedAt: now });
  });
}

// ---------- correction plan ----------

export async function addPlanStep(disputeId: string, input: PlanStepInput = {}): Promise<PlanStep> {
  const step: PlanStep = {
    id: crypto.randomUUID(),
    text: input.text?.trim() ?? '',
    owner: input.owner?.trim() ?? '',
    due: input.due ?? null,
    done: input.done ?? false,
  };
  await modify(disputeId, (d) => ({ plan: [...d.plan, step] }));
  return step;
}

export async function updatePlanStep(disputeId: string, stepId: string, patch: PlanStepInput): Promise<void> {
  await modify(disputeId, (d) => ({
    plan: d.plan.map((s) => (s.id === stepId ? { ...s, ...patch } : s)),
  }));
}

export async function setPlanStepDone(disputeId: string, stepId: string, done: boolean): Promise<void> {
  await updatePlanStep(disputeId, stepId, { done });
}

export async function movePlanStep(disputeId: string, stepId: string, direction: -1 | 1): Promise<void> {
  await modify(disputeId, (d) => ({
    plan: moveStep(d.plan, stepId, direction),
  }));
}

/** Removes a step and returns it with its position, so the UI can offer Undo. */
export async function removePlanStep(
  disputeId: string,
  stepId: string,
): Promise<{ step: PlanStep; index: number } | null> {
  let removed: { step: PlanStep; index: number } | null = null;
  await modify(disputeId, (d) => {
    const index = d.plan.findIndex((s) => s.id === stepId);
    const step = d.plan[index];
    if (step) removed = { step, index };
    return { plan: d.plan.filter((s) => s.id !== stepId) };
  });
  return removed;
}

export async function restorePlanStep(disputeId: string, step: PlanStep, index: number): Promise<void> {
  await modify(disputeId, (d) => {
    if (d.plan.some((s) => s.id === step.id)) return {};
    const plan = [...d.plan];
    plan.splice(Math.min(index, plan.length), 0, step);
    return { plan };
  });
}

// ---------- linked conversations ----------

export async function attachConversation(disputeId: string, conversationId: string): Promise<void> {
  await modify(disputeId, (d) =>
    d.conversationIds.includes(conversationId) ? {} : { conversationIds: [...d.conversationIds, conversationId] },
  );
}

export async function detachConversation(disputeId: string, conversationId: string): Promise<void> {
  await modify(disputeId, (d) => ({
    conversationIds: d.conversationIds.filter((id) => id !== conversationId),
  }));
}

// ---------- queries ----------

/** Every live dispute (the disputes table stays small: one per escalated complaint). */
export async function listDisputes(): Promise<Dispute[]> {
  return db.disputes.filter(isLive).toArray();
}

/** Live open and in-correction disputes, through the status index. */
export async function listActiveDisputes(): Promise<Dispute[]> {
  const rows = await db.disputes
    .where('status')
    .anyOf([...ACTIVE_DISPUTE_STATUSES])
    .toArray();
  return rows.filter(isLive);
}

export async function listClientDisputes(clientId: string): Promise<Dispute[]> {
  const rows = await db.disputes.where('clientId').equals(clientId).toArray();
  return rows.filter(isLive);
}

/** Live disputes that link this conversation. */
export async function disputesOfConversation(conversationId: string): Promise<Dispute[]> {
  const rows = await db.disputes.where('conversationIds').equals(conversationId).toArray();
  return rows.filter(isLive);
}

/** The live conversations a dispute links, newest first. */
export async function linkedConversations(conversationIds: readonly string[]): Promise<Conversation[]> {
  const rows = await db.conversations.bulkGet([...conversationIds]);
  return rows
    .filter(isLive)
    .map((c) => ({ c, id: c.id, atMs: Date.parse(c.at) }))
    .sort((a, b) => compareByTime(b, a))
    .map(({ c }) => c);
}
