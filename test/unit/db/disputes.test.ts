import { beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/db/clients';
import { logConversation } from '../../../renderer/db/conversations';
import {
  addPlanStep,
  attachConversation,
  changeDisputeStatus,
  createDispute,
  deleteDispute,
  detachConversation,
  disputesOfConversation,
  DisputeStatusError,
  getDispute,
  listActiveDisputes,
  listClientDisputes,
  movePlanStep,
  removePlanStep,
  restoreDispute,
  restorePlanStep,
  setPlanStepDone,
  updateDispute,
  updatePlanStep,
} from '../../../renderer/db/disputes';
import { addDisputeDecision, decisionsOfDispute } from '../../../renderer/db/decisions';
import { db } from '../../../renderer/db/db';
import { emptyFeedback } from '../../../shared/domain/types';
import { problemClientIds } from '../../../shared/rules/disputes';
import { emptyDecisionDraft } from '../../../shared/rules/decisions';
import { resetDb } from './resetDb';

const complaint = {
  channel: 'call' as const,
  direction: 'inbound' as const,
  outcome: 'complaint' as const,
  summary: 'Late',
  notes: '',
  private: false,
  feedback: emptyFeedback(),
};

async function setup() {
  const client = await createClient({ name: 'Stroymash' });
  const conversation = await logConversation({ ...complaint, clientId: client.id, at: '2026-11-20T10:00:00.000Z' });
  const dispute = await createDispute({
    clientId: client.id,
    title: 'Late delivery',
    openedOn: '2026-11-20',
    conversationIds: [conversation.id],
  });
  return { client, conversation, dispute };
}

describe('disputes repository', () => {
  beforeEach(resetDb);

  it('creates an open dispute with its first status in the history and finds it by conversation', async () => {
    const { conversation, dispute } = await setup();
    const stored = await getDispute(dispute.id);
    expect(stored).toMatchObject({ status: 'open', rootCause: 'other', severity: 'medium', plan: [] });
    expect(stored?.statusHistory).toHaveLength(1);
    expect((await disputesOfConversation(conversation.id)).map((d) => d.id)).toEqual([dispute.id]);
  });

  it('refuses an empty title on create and on update', async () => {
    const { client, dispute } = await setup();
    await expect(createDispute({ clientId: client.id, title: '  ', openedOn: '2026-11-20' })).rejects.toThrow(/title/);
    await expect(updateDispute(dispute.id, { title: '' })).rejects.toThrow(/title/);
    await updateDispute(dispute.id, { title: ' Wrong invoice ', rootCause: 'failedToExplain' });
    expect(await getDispute(dispute.id)).toMatchObject({ title: 'Wrong invoice', rootCause: 'failedToExplain' });
  });

  it('runs the workflow: resolving with unfinished steps needs confirmation; the problem flag follows', async () => {
    const { client, dispute } = await setup();
    const first = await addPlanStep(dispute.id, { text: 'Call the warehouse', owner: 'me', due: '2026-11-25' });
    await addPlanStep(dispute.id, { text: 'Refund delivery' });
    await changeDisputeStatus(dispute.id, 'inCorrection');
    expect(problemClientIds(await listActiveDisputes()).has(client.id)).toBe(true);

    const refused = await changeDisputeStatus(dispute.id, 'resolved').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DisputeStatusError);
    expect(refused).toMatchObject({ reason: 'unfinishedSteps', unfinished: 2 });
    expect((await getDispute(dispute.id))?.status).toBe('inCorrection');

    await setPlanStepDone(dispute.id, first.id, true);
    await changeDisputeStatus(dispute.id, 'resolved', { confirmUnfinished: true });
    const resolved = await getDispute(dispute.id);
    expect(resolved?.statusHistory.map((h) => h.status)).toEqual(['open', 'inCorrection', 'resolved']);
    expect(problemClientIds(await listActiveDisputes()).has(client.id)).toBe(false);

    await expect(changeDisputeStatus(dispute.id, 'inCorrection')).rejects.toMatchObject({ reason: 'notAllowed' });
    await changeDisputeStatus(dispute.id, 'open');
    expect(problemClientIds(await listActiveDisputes()).has(client.id)).toBe(true);
  });

  it('edits, reorders, ticks and removes plan steps, and undoes a removal in place', async () => {
    const { dispute } = await setup();
    const a = await addPlanStep(dispute.id, { text: 'A' });
    const b = await addPlanStep(dispute.id, { text: 'B' });
    const c = await addPlanStep(dispute.id, { text: 'C' });
    await movePlanStep(dispute.id, c.id, -1);
    await updatePlanStep(dispute.id, a.id, { owner: 'Sales', due: '2026-12-01' });
    await setPlanStepDone(dispute.id, b.id, true);
    let plan = (await getDispute(dispute.id))?.plan ?? [];
    expect(plan.map((s) => s.text)).toEqual(['A', 'C', 'B']);
    expect(plan[0]).toMatchObject({ owner: 'Sales', due: '2026-12-01', done: false });
    expect(plan[2]?.done).toBe(true);

    const removed = await removePlanStep(dispute.id, c.id);
    expect((await getDispute(dispute.id))?.plan.map((s) => s.text)).toEqual(['A', 'B']);
    await restorePlanStep(dispute.id, removed!.step, removed!.index);
    plan = (await getDispute(dispute.id))?.plan ?? [];
    expect(plan.map((s) => s.text)).toEqual(['A', 'C', 'B']);
  });

  it('keeps concurrent plan edits (each is its own read-modify-write transaction)', async () => {
    const { dispute } = await setup();
    await Promise.all(['1', '2', '3', '4', '5'].map((text) => addPlanStep(dispute.id, { text })));
    expect((await getDispute(dispute.id))?.plan).toHaveLength(5);
  });

  it('attaches later conversations once and detaches them', async () => {
    const { client, conversation, dispute } = await setup();
    const later = await logConversation({ ...complaint, clientId: client.id, at: '2026-11-22T10:00:00.000Z' });
    await attachConversation(dispute.id, later.id);
    await attachConversation(dispute.id, later.id);
    expect((await getDispute(dispute.id))?.conversationIds).toEqual([conversation.id, later.id]);
    await detachConversation(dispute.id, conversation.id);
    expect((await getDispute(dispute.id))?.conversationIds).toEqual([later.id]);
    expect(await disputesOfConversation(conversation.id)).toEqual([]);
  });

  it('tombstones a dispute with its decisions and restores exactly those', async () => {
    const { client, dispute } = await setup();
    const kept = await addDisputeDecision(dispute.id, { ...emptyDecisionDraft(), decision: 'Refund the delivery' });
    const removedEarlier = await addDisputeDecision(dispute.id, { ...emptyDecisionDraft(), decision: 'Old idea' });
    await db.decisions.update(removedEarlier.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
    expect(kept).toMatchObject({ clientId: client.id, disputeId: dispute.id, status: 'pending' });

    await deleteDispute(dispute.id);
    expect(await getDispute(dispute.id)).toBeUndefined();
    expect(await listClientDisputes(client.id)).toEqual([]);
    expect(await decisionsOfDispute(dispute.id)).toEqual([]);
    expect(problemClientIds(await listActiveDisputes()).has(client.id)).toBe(false);

    await restoreDispute(dispute.id);
    expect((await getDispute(dispute.id))?.title).toBe('Late delivery');
    expect((await decisionsOfDispute(dispute.id)).map((d) => d.decision)).toEqual(['Refund the delivery']);
  });
});
