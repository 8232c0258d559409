import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient } from '../../../renderer/db/clients';
import {
  deleteConversation,
  logConversation,
  restoreConversation,
  updateConversation,
} from '../../../renderer/db/conversations';
import { ConversationIndex } from '../../../renderer/db/conversationIndex';
import { emptyFeedback } from '../../../shared/domain/types';
import { resetDb } from './resetDb';

function input(clientId: string, at: string, outcome: 'satisfied' | 'neutral' | 'complaint' = 'satisfied') {
  return {
    clientId,
    at,
    channel: 'call' as const,
    direction: 'outbound' as const,
    outcome,
    summary: 's',
    notes: '',
    private: false,
    feedback: emptyFeedback(),
  };
}

describe('conversation index', () => {
  beforeEach(resetDb);

  it('loads live conversations sorted by time and follows writes, deletes and restores', async () => {
    const client = await createClient({ name: 'Anna' });
    const late = await logConversation(input(client.id, '2026-11-20T10:00:00.000Z'));
    await logConversation(input(client.id, '2026-11-19T10:00:00.000+03:00'));
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    expect(index.getSnapshot()?.rows.map((r) => r.at)).toEqual([
      '2026-11-19T07:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
    ]);

    const third = await logConversation(input(client.id, '2026-11-21T09:00:00.000Z', 'complaint'));
    expect(index.getSnapshot()?.rows).toHaveLength(3);

    await updateConversation(third.id, { outcome: 'neutral' });
    expect(index.getSnapshot()?.rows.at(-1)?.outcome).toBe('neutral');

    await deleteConversation(late.id);
    expect(index.getSnapshot()?.rows.map((r) => r.id)).not.toContain(late.id);
    await restoreConversation(late.id);
    expect(index.getSnapshot()?.rows.map((r) => r.id)).toContain(late.id);
  });

  it('reloads after a table is cleared', async () => {
    const client = await createClient({ name: 'Boris' });
    await logConversation(input(client.id, '2026-11-20T10:00:00.000Z'));
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    await db.conversations.clear();
    await new Promise((r) => setTimeout(r, 20));
    expect(index.getSnapshot()?.rows).toHaveLength(0);
  });

  it('does not show a write whose transaction aborted', async () => {
    const client = await createClient({ name: 'Clara' });
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    await expect(
      db.transaction('rw', db.conversations, async () => {
        await db.conversations.add({ ...(await logConversationRecord(client.id)) });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(index.getSnapshot()?.rows).toHaveLength(0);
  });
});

async function logConversationRecord(clientId: string) {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, ...input(clientId, now) };
}

describe('conversation index after many single saves', () => {
  beforeEach(resetDb);

  it('stays in time order (ties by id) as conversations are logged, moved in time and deleted one by one', async () => {
    const client = await createClient({ name: 'Daria' });
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    const ids: string[] = [];
    // Deliberately out of order and with equal times, so inserts land everywhere.
    for (let i = 0; i < 40; i++) {
      const minute = String((i * 17) % 23).padStart(2, '0');
      ids.push((await logConversation(input(client.id, `2026-11-20T10:${minute}:00.000Z`))).id);
    }
    for (let i = 0; i < 40; i += 3) await updateConversation(ids[i]!, { at: `2026-11-2${i % 9}T08:00:00.000Z` });
    for (let i = 1; i < 40; i += 5) await deleteConversation(ids[i]!);

    const rows = index.getSnapshot()?.rows ?? [];
    const expected = [...rows].sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows).toHaveLength(40 - 8);
    const fresh = new ConversationIndex(db);
    await fresh.ensureLoaded();
    expect(rows.map((r) => [r.id, r.at])).toEqual(fresh.getSnapshot()?.rows.map((r) => [r.id, r.at]));
  });

  it('stops following writes once disposed', async () => {
    const client = await createClient({ name: 'Anna' });
    await logConversation(input(client.id, '2026-11-20T10:00:00.000Z'));
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    let notified = 0;
    index.subscribe(() => notified++);
    index.dispose();
    await logConversation(input(client.id, '2026-11-21T10:00:00.000Z'));
    expect(index.getSnapshot()?.rows).toHaveLength(1);
    expect(notified).toBe(0);
    // The write did reach the journal: a new index sees it.
    const fresh = new ConversationIndex(db);
    await fresh.ensureLoaded();
    expect(fresh.getSnapshot()?.rows).toHaveLength(2);
    fresh.dispose();
  });
});
