import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient } from '../../../renderer/db/clients';
import { logConversation } from '../../../renderer/db/conversations';
import { ConversationIndex, toRow, type ConversationRow } from '../../../renderer/db/conversationIndex';
import { packConversations, unpackRows } from '../../../renderer/db/packedRows';
import { emptyFeedback, type Conversation } from '../../../shared/domain/types';
import { resetDb } from './resetDb';

function conversation(id: string, at: string, extra: Partial<Conversation> = {}): Conversation {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    clientId: `client-${id}`,
    at,
    channel: 'visit',
    direction: 'inbound',
    outcome: 'complaint',
    summary: '',
    notes: '',
    private: false,
    feedback: emptyFeedback(),
    ...extra,
  };
}

describe('packed rows (worker hand-over)', () => {
  it('round-trips every field the figures use, sorted by time then id, without deleted ones', () => {
    const list = [
      conversation('b', '2026-11-20T10:00:00.000Z', { private: true, outcome: 'satisfied', channel: 'email' }),
      conversation('a', '2026-11-20T10:00:00.000Z', {
        feedback: { ...emptyFeedback(), criteria: { tangibles: 'criticised', competence: 'praised' } },
      }),
      conversation('c', '2026-11-19T10:00:00.000Z'),
      conversation('d', '2026-11-18T10:00:00.000Z', { deletedAt: '2026-11-21T10:00:00.000Z' }),
    ];
    const rows = unpackRows(packConversations(list));
    const expected: ConversationRow[] = [list[2]!, list[1]!, list[0]!].map(toRow);
    expect(rows).toEqual(expected);
  });
});

describe('conversation index load', () => {
  beforeEach(resetDb);

  it('keeps a conversation saved while the journal was still loading', async () => {
    const client = await createClient({ name: 'Gleb' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const index = new ConversationIndex(db, async () => {
      const rows = (await db.conversations.toArray()).map(toRow);
      await gate; // the read has happened; a save now is not in it
      return rows;
    });
    const loading = index.ensureLoaded();
    await new Promise((r) => setTimeout(r, 20));
    const saved = await logConversation({
      clientId: client.id,
      at: '2026-11-20T10:00:00.000Z',
      channel: 'call',
      direction: 'outbound',
      outcome: 'satisfied',
      summary: 'during load',
      notes: '',
      private: false,
      feedback: emptyFeedback(),
    });
    release();
    await loading;
    expect(index.getSnapshot()?.rows.map((r) => r.id)).toEqual([saved.id]);
  });
});
