import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { deleteConversation, logConversation } from '../../../renderer/db/conversations';
import { ConversationIndex } from '../../../renderer/db/conversationIndex';
import { LiveStore } from '../../../renderer/db/liveStore';
import { SearchIndex } from '../../../renderer/db/searchIndex';
import { emptyFeedback, type Conversation } from '../../../shared/domain/types';
import { resetDb } from './resetDb';

function input(clientId: string, at: string, summary = 's') {
  return {
    clientId,
    at,
    channel: 'call' as const,
    direction: 'outbound' as const,
    outcome: 'satisfied' as const,
    summary,
    notes: '',
    private: false,
    feedback: emptyFeedback(),
  };
}

describe('live store', () => {
  it('publishes a new snapshot with the next version and tells each listener once', () => {
    const store = new LiveStore<{ n: number; version: number } | null>(null);
    const { subscribe, getSnapshot } = store;
    expect(getSnapshot()).toBeNull();
    expect(store.getVersion()).toBe(0);
    const seen: (number | undefined)[] = [];
    const stop = subscribe(() => seen.push(getSnapshot()?.n));
    store.publish((version) => ({ n: 1, version }));
    const first = getSnapshot();
    store.publish((version) => ({ n: 2, version }));
    expect(seen).toEqual([1, 2]);
    expect(store.getVersion()).toBe(2);
    expect(getSnapshot()).toEqual({ n: 2, version: 2 });
    // A new object per publish (React compares snapshots by identity), the same one in between.
    expect(getSnapshot()).not.toBe(first);
    expect(getSnapshot()).toBe(getSnapshot());
    stop();
    store.publish((version) => ({ n: 3, version }));
    expect(seen).toEqual([1, 2]);
  });

  it('amends without a version or a notification, and dispose drops the listeners but keeps the snapshot', () => {
    const store = new LiveStore({ indexed: 0 });
    let notified = 0;
    store.subscribe(() => notified++);
    store.amend((s) => ({ ...s, indexed: 5 }));
    expect(store.getSnapshot()).toEqual({ indexed: 5 });
    expect(store.getVersion()).toBe(0);
    expect(notified).toBe(0);
    store.dispose();
    store.publish(() => ({ indexed: 6 }));
    expect(notified).toBe(0);
    expect(store.getSnapshot()).toEqual({ indexed: 6 });
  });

  it('lets a listener unsubscribe while being told without skipping the others', () => {
    const store = new LiveStore(0);
    const calls: string[] = [];
    const stopA = store.subscribe(() => {
      calls.push('a');
      stopA();
    });
    store.subscribe(() => calls.push('b'));
    store.publish(() => 1);
    store.publish(() => 2);
    expect(calls).toEqual(['a', 'b', 'b']);
  });
});

describe('the live copy of the conversations', () => {
  beforeEach(resetDb);

  it('takes each committed transaction from the change feed once: one publish, the version up by one', async () => {
    const client = await createClient({ name: 'Anna' });
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    const loaded = index.getSnapshot();
    expect(loaded?.version).toBe(1);
    const versions: number[] = [];
    index.subscribe(() => versions.push(index.getSnapshot()?.version ?? -1));

    // One transaction over conversations, clients and decisions.
    await logConversation(input(client.id, '2026-11-20T10:00:00.000Z'), {
      decisions: [{ decision: 'Discount 5%', promised: '', owner: 'me', due: null, status: 'pending', note: '' }],
    });
    expect(versions).toEqual([2]);
    expect(index.getSnapshot()?.rows).toHaveLength(1);

    // A commit that writes no conversation changes nothing.
    await updateClient(client.id, { notes: 'x' });
    expect(versions).toEqual([2]);

    // A bulk write of many rows is still one publish.
    const now = new Date().toISOString();
    await db.conversations.bulkAdd(
      Array.from({ length: 600 }, (_, i) => ({
        id: `bulk-${String(i).padStart(4, '0')}`,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        ...input(client.id, `2026-10-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`),
      })),
    );
    expect(versions).toEqual([2, 3]);
    expect(index.getSnapshot()?.rows).toHaveLength(601);
    index.dispose();
  });

  it('hands the written records to onWritten once per commit, deleted ones with deletedAt', async () => {
    const client = await createClient({ name: 'Boris' });
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    const batches: Conversation[][] = [];
    const stop = index.onWritten((written) => batches.push(written));
    const saved = await logConversation(input(client.id, '2026-11-20T10:00:00.000Z', 'first'));
    await updateClient(client.id, { notes: 'no conversation here' });
    await deleteConversation(saved.id);
    expect(batches.map((b) => b.map((c) => [c.summary, c.deletedAt === null]))).toEqual([
      [['first', true]],
      [['first', false]],
    ]);
    stop();
    await logConversation(input(client.id, '2026-11-21T10:00:00.000Z', 'second'));
    expect(batches).toHaveLength(2);
    index.dispose();
  });

  it('dispose unsubscribes from the change feed: no publish, no written records, the last rows stay', async () => {
    const client = await createClient({ name: 'Clara' });
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    let published = 0;
    let written = 0;
    index.subscribe(() => published++);
    index.onWritten(() => written++);
    index.dispose();
    await logConversation(input(client.id, '2026-11-20T10:00:00.000Z'));
    expect([published, written]).toEqual([0, 0]);
    expect(index.getSnapshot()).toEqual({ rows: [], version: 1 });
  });

  it('the search index status uses the same mechanism: one new version per indexed commit', async () => {
    const client = await createClient({ name: 'Daria' });
    const search = new SearchIndex(db);
    await search.ensureBuilt();
    const before = search.getSnapshot();
    expect(before.state).toBe('ready');
    let notified = 0;
    search.subscribe(() => notified++);
    await logConversation(input(client.id, '2026-11-20T10:00:00.000Z', 'warranty'));
    expect(notified).toBe(1);
    expect(search.getStatus().version).toBe(before.version + 1);
    search.dispose();
    await logConversation(input(client.id, '2026-11-21T10:00:00.000Z', 'invoice'));
    expect(notified).toBe(1);
  });
});
