import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, getClient, listClients } from '../../../renderer/db/clients';
import {
  deleteConversation,
  getConversation,
  getConversationsByIds,
  listConversationDecisions,
  listConversations,
  logConversation,
  restoreConversation,
  updateConversation,
  type ConversationInput,
} from '../../../renderer/db/conversations';
import { db } from '../../../renderer/db/db';
import { deleteDecision, listDecisions, overduePendingDecisions } from '../../../renderer/db/decisions';
import { emptyFeedback } from '../../../shared/domain/types';
import { emptyDecisionDraft } from '../../../shared/rules/decisions';
import { resetDb } from './resetDb';

const base = {
  channel: 'call' as const,
  direction: 'inbound' as const,
  summary: '',
  notes: '',
  private: false,
  feedback: emptyFeedback(),
};

describe('conversations repository', () => {
  beforeEach(resetDb);

  it("keeps the client's last contact and outcome in step with logging, backdating and deleting", async () => {
    const client = await createClient({ name: 'Dmitry', organization: 'Stroymash' });
    const recent = await logConversation({
      ...base,
      clientId: client.id,
      at: '2026-11-20T10:00:00.000Z',
      outcome: 'complaint',
    });
    await logConversation({ ...base, clientId: client.id, at: '2026-11-01T10:00:00.000Z', outcome: 'satisfied' });
    expect(await getClient(client.id)).toMatchObject({ lastContactAt: recent.at, lastOutcome: 'complaint' });

    await deleteConversation(recent.id);
    expect(await getClient(client.id)).toMatchObject({
      lastContactAt: '2026-11-01T10:00:00.000Z',
      lastOutcome: 'satisfied',
    });
    expect((await listConversations({ clientId: client.id })).map((c) => c.id)).not.toContain(recent.id);

    await restoreConversation(recent.id);
    expect(await getClient(client.id)).toMatchObject({ lastOutcome: 'complaint' });
  });

  it('filters by date range, outcome and channel, newest first', async () => {
    const client = await createClient({ name: 'Eva' });
    for (const [at, outcome] of [
      ['2026-11-01T10:00:00.000Z', 'satisfied'],
      ['2026-11-10T10:00:00.000Z', 'complaint'],
      ['2026-11-20T10:00:00.000Z', 'satisfied'],
    ] as const)
      await logConversation({ ...base, clientId: client.id, at, outcome });
    const inRange = await listConversations({ from: '2026-11-05T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' });
    expect(inRange.map((c) => c.at)).toEqual(['2026-11-20T10:00:00.000Z', '2026-11-10T10:00:00.000Z']);
    expect(await listConversations({ outcome: 'complaint' })).toHaveLength(1);
  });

  it('creates a client typed in the dialog together with its first conversation', async () => {
    const conversation = await logConversation(
      { ...base, clientId: '', at: '2026-11-23T09:00:00.000Z', outcome: 'satisfied' },
      { newClient: { name: '  Pavel Orlov ' } },
    );
    const client = await getClient(conversation.clientId);
    expect(client).toMatchObject({ name: 'Pavel Orlov', lastContactAt: conversation.at, lastOutcome: 'satisfied' });
    expect((await listConversations({ clientId: conversation.clientId })).map((c) => c.id)).toEqual([conversation.id]);
  });

  it('creates no client when the conversation cannot be saved (one transaction)', async () => {
    const existing = await logConversation({
      ...base,
      clientId: 'x',
      at: '2026-11-23T09:00:00.000Z',
      outcome: 'neutral',
    });
    // Reusing an id makes the conversation's add fail inside the transaction.
    const clash = {
      ...base,
      id: existing.id,
      clientId: '',
      at: '2026-11-23T10:00:00.000Z',
      outcome: 'neutral',
    } as ConversationInput;
    await expect(logConversation(clash, { newClient: { name: 'Ghost Client' } })).rejects.toThrow();
    expect((await listClients()).map((c) => c.name)).not.toContain('Ghost Client');
    await expect(
      logConversation(
        { ...base, clientId: '', at: '2026-11-23T10:00:00.000Z', outcome: 'neutral' },
        { newClient: { name: ' ' } },
      ),
    ).rejects.toThrow(/name/);
    expect(await db.conversations.count()).toBe(1);
  });

  it('moves a conversation to another client and refreshes both last contacts', async () => {
    const anna = await createClient({ name: 'Anna' });
    const boris = await createClient({ name: 'Boris' });
    await logConversation({ ...base, clientId: anna.id, at: '2026-11-01T10:00:00.000Z', outcome: 'neutral' });
    const moved = await logConversation({
      ...base,
      clientId: anna.id,
      at: '2026-11-20T10:00:00.000Z',
      outcome: 'complaint',
    });
    await updateConversation(moved.id, { clientId: boris.id, summary: 'Actually Boris' });
    expect(await getClient(anna.id)).toMatchObject({
      lastContactAt: '2026-11-01T10:00:00.000Z',
      lastOutcome: 'neutral',
    });
    expect(await getClient(boris.id)).toMatchObject({ lastContactAt: moved.at, lastOutcome: 'complaint' });

    await updateConversation(moved.id, { outcome: 'satisfied' }, { newClient: { name: 'Clara' } });
    const after = await getConversation(moved.id);
    expect(after).toMatchObject({ outcome: 'satisfied', summary: 'Actually Boris' });
    expect(await getClient(after!.clientId)).toMatchObject({ name: 'Clara', lastOutcome: 'satisfied' });
    expect(await getClient(boris.id)).toMatchObject({ lastContactAt: null, lastOutcome: null });
  });

  it('fetches full records by id in the order asked, skipping deleted ones', async () => {
    const client = await createClient({ name: 'Dana' });
    const a = await logConversation({
      ...base,
      clientId: client.id,
      at: '2026-11-01T10:00:00.000Z',
      outcome: 'neutral',
      summary: 'A',
    });
    const b = await logConversation({
      ...base,
      clientId: client.id,
      at: '2026-11-02T10:00:00.000Z',
      outcome: 'neutral',
      summary: 'B',
    });
    await deleteConversation(a.id);
    const found = await getConversationsByIds([b.id, a.id, 'missing']);
    expect(found.map((c) => c?.summary)).toEqual(['B', undefined, undefined]);
  });

  it('saves decision drafts with the conversation and lists them for editing', async () => {
    const client = await createClient({ name: 'Egor' });
    const draft = {
      decision: 'Free delivery in December',
      promised: 'Yes',
      owner: 'me',
      due: '2026-12-01',
      status: 'pending' as const,
      note: '',
    };
    const conversation = await logConversation(
      { ...base, clientId: client.id, at: '2026-11-23T10:00:00.000Z', outcome: 'satisfied' },
      { decisions: [draft, { ...emptyDecisionDraft(), decision: '   ' }] },
    );
    const decisions = await listConversationDecisions(conversation.id);
    expect(decisions.map((d) => d.decision)).toEqual(['Free delivery in December']);
    await updateConversation(conversation.id, {}, { decisions: [{ ...draft, id: decisions[0]!.id, status: 'kept' }] });
    expect((await listConversationDecisions(conversation.id)).map((d) => d.status)).toEqual(['kept']);
  });

  it('refuses a decision row with a promise but no decision, writing nothing (never drops it)', async () => {
    const client = await createClient({ name: 'Zoya' });
    const promiseOnly = { ...emptyDecisionDraft(), promised: 'Call back by Friday' };
    await expect(
      logConversation(
        { ...base, clientId: client.id, at: '2026-11-23T10:00:00.000Z', outcome: 'satisfied' },
        { decisions: [promiseOnly] },
      ),
    ).rejects.toThrow(/no decision/);
    expect(await db.conversations.where('clientId').equals(client.id).count()).toBe(0);
  });

  it('deletes the decisions taken in a conversation with it, and one Undo restores both', async () => {
    const client = await createClient({ name: 'Fyodor' });
    const draft = { promised: 'Discount', owner: 'me', due: '2026-11-25', status: 'pending' as const, note: '' };
    const conversation = await logConversation(
      { ...base, clientId: client.id, at: '2026-11-23T10:00:00.000Z', outcome: 'satisfied', private: true },
      {
        decisions: [
          { ...draft, decision: 'Secret promise' },
          { ...draft, decision: 'Deleted before' },
        ],
      },
    );
    const saved = await listConversationDecisions(conversation.id);
    const kept = saved.find((d) => d.decision === 'Secret promise');
    const earlier = saved.find((d) => d.decision === 'Deleted before');
    await deleteDecision(earlier!.id);
    // Deleted earlier, at another instant than the conversation.
    await db.decisions.update(earlier!.id, { deletedAt: '2026-11-01T00:00:00.000Z' });
    await deleteConversation(conversation.id);
    const afterDelete = await db.decisions.bulkGet([kept!.id, earlier!.id]);
    expect(afterDelete.map((d) => d?.deletedAt !== null)).toEqual([true, true]);
    // Deleted in the same instant as the conversation (one transaction).
    expect(afterDelete[0]!.deletedAt).toBe((await db.conversations.get(conversation.id))!.deletedAt);
    expect(await listDecisions()).toEqual([]);
    expect(await overduePendingDecisions('2026-12-01')).toEqual([]);

    await restoreConversation(conversation.id);
    expect((await getConversation(conversation.id))?.id).toBe(conversation.id);
    // Undo brings back what was deleted with the conversation, not what was deleted before.
    expect((await listConversationDecisions(conversation.id)).map((d) => d.decision)).toEqual(['Secret promise']);
  });

  it('leaves out of the overdue count a decision whose conversation was deleted by an older version', async () => {
    const client = await createClient({ name: 'Galina' });
    const conversation = await logConversation(
      { ...base, clientId: client.id, at: '2026-11-23T10:00:00.000Z', outcome: 'satisfied' },
      {
        decisions: [
          { decision: 'Orphan', promised: '', owner: '', due: '2026-11-25', status: 'pending' as const, note: '' },
        ],
      },
    );
    // What an older version did: the conversation alone was tombstoned.
    await db.conversations.update(conversation.id, { deletedAt: '2026-11-24T10:00:00.000Z' });
    expect(await overduePendingDecisions('2026-12-01')).toEqual([]);
    expect(await listDecisions()).toEqual([]);
  });
});
