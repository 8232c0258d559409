import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, getClient } from '../../../renderer/db/clients';
import { deleteConversation, listConversations, logConversation, restoreConversation } from '../../../renderer/db/conversations';
import { emptyFeedback } from '../../../shared/domain/types';
import { resetDb } from './resetDb';

const base = { channel: 'call' as const, direction: 'inbound' as const, summary: '', notes: '', private: false, feedback: emptyFeedback() };

describe('conversations repository', () => {
  beforeEach(resetDb);

  it("keeps the client's last contact and outcome in step with logging, backdating and deleting", async () => {
    const client = await createClient({ name: 'Dmitry', organization: 'Stroymash' });
    const recent = await logConversation({ ...base, clientId: client.id, at: '2026-11-20T10:00:00.000Z', outcome: 'complaint' });
    await logConversation({ ...base, clientId: client.id, at: '2026-11-01T10:00:00.000Z', outcome: 'satisfied' });
    expect(await getClient(client.id)).toMatchObject({ lastContactAt: recent.at, lastOutcome: 'complaint' });

    await deleteConversation(recent.id);
    expect(await getClient(client.id)).toMatchObject({ lastContactAt: '2026-11-01T10:00:00.000Z', lastOutcome: 'satisfied' });
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
});
