import { beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/db/clients';
import { logConversation, updateConversation } from '../../../renderer/db/conversations';
import {
  createDecision,
  decisionsOfClient,
  decisionsOfConversation,
  deleteDecision,
  listDecisions,
  overduePendingDecisions,
  restoreDecision,
  setDecisionStatus,
  updateDecision,
} from '../../../renderer/db/decisions';
import { emptyFeedback } from '../../../shared/domain/types';
import { draftOf, emptyDecisionDraft, promiseKeeping } from '../../../shared/rules/decisions';
import { resetDb } from './resetDb';

const base = {
  channel: 'meeting' as const,
  direction: 'outbound' as const,
  outcome: 'neutral' as const,
  summary: '',
  notes: '',
  private: false,
  feedback: emptyFeedback(),
};

describe('decisions repository', () => {
  beforeEach(resetDb);

  it('stores drafts from the conversation dialog and updates them by id when editing', async () => {
    const client = await createClient({ name: 'Eva' });
    const conversation = await logConversation(
      { ...base, clientId: client.id, at: '2026-11-20T10:00:00.000Z' },
      {
        decisions: [
          { ...emptyDecisionDraft(), decision: 'Discount 5%', promised: 'Next invoice -5%', due: '2026-12-01' },
        ],
      },
    );
    const [stored] = await decisionsOfConversation(conversation.id);
    expect(stored).toMatchObject({ clientId: client.id, decidedOn: '2026-11-20', status: 'pending' });

    await updateConversation(conversation.id, {}, { decisions: [{ ...draftOf(stored!), status: 'kept' }] });
    expect(await decisionsOfConversation(conversation.id)).toEqual([
      expect.objectContaining({ id: stored!.id, status: 'kept' }),
    ]);
  });

  it('finds overdue pending decisions through the due index', async () => {
    const client = await createClient({ name: 'Ivan' });
    const late = await createDecision({ clientId: client.id, decision: 'Send the contract', due: '2026-11-10' });
    await createDecision({ clientId: client.id, decision: 'Visit', due: '2026-11-30' });
    await createDecision({ clientId: client.id, decision: 'Someday' });
    const done = await createDecision({ clientId: client.id, decision: 'Call back', due: '2026-11-01' });
    await setDecisionStatus(done.id, 'kept');
    expect((await overduePendingDecisions('2026-11-23')).map((d) => d.id)).toEqual([late.id]);
  });

  it('tombstones and restores; the promise-keeping figure follows live decisions', async () => {
    const client = await createClient({ name: 'Olga' });
    const a = await createDecision({ clientId: client.id, decision: 'A', status: 'kept' });
    const b = await createDecision({ clientId: client.id, decision: 'B', status: 'broken' });
    expect(promiseKeeping(await decisionsOfClient(client.id)).ratio).toBe(0.5);
    await deleteDecision(b.id);
    expect(promiseKeeping(await decisionsOfClient(client.id)).ratio).toBe(1);
    expect((await listDecisions()).map((d) => d.id)).toEqual([a.id]);
    await restoreDecision(b.id);
    expect(await listDecisions()).toHaveLength(2);
  });

  it('refuses an empty decision text', async () => {
    const client = await createClient({ name: 'Petr' });
    await expect(createDecision({ clientId: client.id, decision: ' ' })).rejects.toThrow();
    const d = await createDecision({ clientId: client.id, decision: 'X' });
    await expect(updateDecision(d.id, { decision: '' })).rejects.toThrow();
  });
});
