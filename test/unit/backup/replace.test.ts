import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { replaceJournal, WRITE_CHUNK } from '../../../renderer/db/backup';
import { onCommittedChanges, type TableChange } from '../../../renderer/db/changeFeed';
import { ConversationIndex } from '../../../renderer/db/conversationIndex';
import type { BackupData } from '../../../shared/backup/format';
import { emptyFeedback, type Client, type Conversation } from '../../../shared/domain/types';
import { resetDb } from '../db/resetDb';

const AT = '2026-11-02T09:00:00.000Z';

function client(id: string): Client {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    name: `Client ${id}`,
    organization: 'Org',
    role: '',
    phone: '',
    email: '',
    tags: [],
    vip: false,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
  };
}

function conversation(id: string, clientId: string, minute: number, deleted = false): Conversation {
  const at = new Date(Date.parse(AT) + minute * 60_000).toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: deleted ? at : null,
    clientId,
    at,
    channel: 'call',
    direction: 'outbound',
    outcome: 'satisfied',
    summary: `Call ${id}`,
    notes: '',
    private: false,
    feedback: emptyFeedback(),
  };
}

function journal(prefix: string, conversations: number): BackupData {
  const owner = client(`${prefix}-client`);
  return {
    clients: [owner],
    conversations: Array.from({ length: conversations }, (_, i) =>
      conversation(`${prefix}-${String(i).padStart(5, '0')}`, owner.id, i, i % 10 === 0),
    ),
    disputes: [],
    decisions: [],
  };
}

describe('replacing the journal in chunks', () => {
  beforeEach(resetDb);

  it('writes several chunks with progress, still in one transaction', async () => {
    const size = WRITE_CHUNK * 2 + 7;
    const progress: number[] = [];
    await replaceJournal(journal('new', size), db, (done) => progress.push(done));
    expect(await db.conversations.count()).toBe(size);
    // One step per chunk (client chunk + three conversation chunks), ending at 100 %.
    expect(progress).toHaveLength(4);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('a bad record in the last chunk leaves the old journal untouched', async () => {
    await replaceJournal(journal('old', 5));
    const next = journal('new', WRITE_CHUNK * 2 + 3);
    // A duplicate id fails the last bulkAdd, after two chunks were already written.
    next.conversations.push({ ...next.conversations[0]! });
    await expect(replaceJournal(next)).rejects.toThrow();
    const ids = (await db.conversations.toArray()).map((c) => c.id);
    expect(ids).toEqual(journal('old', 5).conversations.map((c) => c.id));
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['old-client']);
  });

  it('tells change listeners the tables were emptied, so they can rebuild from the batch', async () => {
    await replaceJournal(journal('old', 3));
    const batches: TableChange[][] = [];
    const stop = onCommittedChanges(db, (changes) => batches.push(changes));
    await replaceJournal(journal('new', WRITE_CHUNK + 1));
    await db.conversations.where(':id').below('new-00002').delete();
    stop();
    const restore = batches[0]!.filter((c) => c.table === 'conversations');
    expect(restore[0]).toMatchObject({ cleared: true, emptied: true });
    expect(restore.slice(1).reduce((n, c) => n + c.upserts.length, 0)).toBe(WRITE_CHUNK + 1);
    // A range delete is a clear of part of the table only: listeners must reload.
    const partial = batches[1]!.find((c) => c.table === 'conversations');
    expect(partial?.emptied).not.toBe(true);
  });

  it('the conversation index shows exactly the restored journal, rebuilt from the restore batch', async () => {
    await replaceJournal(journal('old', 20));
    const index = new ConversationIndex(db);
    await index.ensureLoaded();
    expect(index.getSnapshot()?.rows).toHaveLength(18);

    const next = journal('new', WRITE_CHUNK + 30);
    await replaceJournal(next);
    // Old rows must not survive the whole-table clear, even though the index skips the reload.
    const live = next.conversations.filter((c) => c.deletedAt === null).map((c) => c.id);
    expect(index.getSnapshot()?.rows.map((r) => r.id)).toEqual(live);
  });
});
