/**
 * Issue 18: a decision keeps the history of its status, each change with its time, and saving
 * a conversation rewrites only the decisions whose fields changed, so fixing a typo in December
 * does not move a promise kept in October into December's report.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../renderer/db/clients';
import { logConversation, updateConversation } from '../../../renderer/db/conversations';
import {
  addDisputeDecision,
  createDecision,
  decisionsOfConversation,
  setDecisionStatus,
  updateDecision,
} from '../../../renderer/db/decisions';
import { createDispute } from '../../../renderer/db/disputes';
import { db } from '../../../renderer/db/db';
import { onCommittedChanges } from '../../../renderer/db/changeFeed';
import { emptyFeedback } from '../../../shared/domain/types';
import { draftOf, emptyDecisionDraft } from '../../../shared/rules/decisions';
import { resetDb } from './resetDb';

const base = {
  channel: 'meeting' as const,
  direction: 'outbound' as const,
  outcome: 'neutral' as const,
  summary: 'Renewal talk',
  notes: '',
  private: false,
  feedback: emptyFeedback(),
};

/** Only Date is faked: fake-indexeddb keeps its real timers. */
function at(instant: string): void {
  vi.setSystemTime(new Date(instant));
}

describe('decision history', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-10-01T09:00:00.000Z');
    await resetDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with the status a decision is created with', async () => {
    const client = await createClient({ name: 'Eva' });
    const pending = await createDecision({ clientId: client.id, decision: 'Send the offer' });
    const kept = await createDecision({ clientId: client.id, decision: 'Called back', status: 'kept' });
    expect(pending.statusHistory).toEqual([{ status: 'pending', at: '2026-10-01T09:00:00.000Z' }]);
    expect(kept.statusHistory).toEqual([{ status: 'kept', at: '2026-10-01T09:00:00.000Z' }]);
    const dispute = await createDispute({ clientId: client.id, title: 'Late', openedOn: '2026-10-01' });
    const onDispute = await addDisputeDecision(dispute.id, { ...emptyDecisionDraft(), decision: 'Refund' });
    expect(onDispute.statusHistory).toEqual([{ status: 'pending', at: '2026-10-01T09:00:00.000Z' }]);
  });

  it('records every status change with its time; other edits add nothing to it', async () => {
    const client = await createClient({ name: 'Eva' });
    const d = await createDecision({ clientId: client.id, decision: 'Discount 5%' });
    at('2026-10-14T12:00:00.000Z');
    await setDecisionStatus(d.id, 'kept');
    at('2026-10-20T08:00:00.000Z');
    await setDecisionStatus(d.id, 'kept'); // the same status again: no new entry
    await updateDecision(d.id, { owner: 'Sales' });
    at('2026-11-02T16:30:00.000Z');
    await updateDecision(d.id, { status: 'changed', promised: 'Discount 3%' });
    const stored = await db.decisions.get(d.id);
    expect(stored!.statusHistory).toEqual([
      { status: 'pending', at: '2026-10-01T09:00:00.000Z' },
      { status: 'kept', at: '2026-10-14T12:00:00.000Z' },
      { status: 'changed', at: '2026-11-02T16:30:00.000Z' },
    ]);
    expect(stored!.status).toBe('changed');
  });

  it('saving a conversation writes only the decisions whose fields changed', async () => {
    const client = await createClient({ name: 'Eva' });
    const other = await createClient({ name: 'Fyodor' });
    const conversation = await logConversation(
      { ...base, clientId: client.id, at: '2026-10-01T08:00:00.000Z' },
      {
        decisions: [
          { ...emptyDecisionDraft(), decision: 'Discount 5%' },
          { ...emptyDecisionDraft(), decision: 'Visit the plant' },
        ],
      },
    );
    const [discount, visit] = await decisionsOfConversation(conversation.id);
    at('2026-10-14T12:00:00.000Z');
    await updateConversation(
      conversation.id,
      {},
      { decisions: [{ ...draftOf(discount!), status: 'kept' }, draftOf(visit!)] },
    );
    const keptOn = await db.decisions.get(discount!.id);
    expect(keptOn!.updatedAt).toBe('2026-10-14T12:00:00.000Z');
    expect((await db.decisions.get(visit!.id))!.updatedAt).toBe('2026-10-01T09:00:00.000Z');

    // 1 December: a typo fixed in the summary; the decisions are saved as they were.
    at('2026-12-01T10:00:00.000Z');
    const writes: string[] = [];
    const stop = onCommittedChanges(db, (changes) => {
      for (const change of changes)
        if (change.table === 'decisions') writes.push(...change.upserts.map((u) => (u as { id: string }).id));
    });
    const again = await decisionsOfConversation(conversation.id);
    await updateConversation(conversation.id, { summary: 'Renewal talk, fixed' }, { decisions: again.map(draftOf) });
    stop();
    expect(writes).toEqual([]);
    expect(await db.decisions.get(discount!.id)).toEqual(keptOn);

    // Moving the conversation to another client is a change of the decisions too.
    await updateConversation(conversation.id, { clientId: other.id }, { decisions: again.map(draftOf) });
    const moved = await db.decisions.get(discount!.id);
    expect(moved).toMatchObject({ clientId: other.id, status: 'kept', updatedAt: '2026-12-01T10:00:00.000Z' });
    expect(moved!.statusHistory).toEqual(keptOn!.statusHistory);
  });
});
