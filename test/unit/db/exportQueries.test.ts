import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { readClientsById, readConversationsForExport } from '../../../renderer/db/exportQueries';
import { resetDb } from './resetDb';
import { summaryFixture } from '../../fixtures/summary-week';

describe('export queries', () => {
  beforeEach(async () => {
    await resetDb();
    const input = summaryFixture();
    await db.clients.bulkAdd(input.clients);
    await db.conversations.bulkAdd(input.conversations);
  });

  it('reads a half-open range [from, to) in time order, without tombstones', async () => {
    await db.conversations.update('c3', { deletedAt: '2026-11-28T00:00:00.000Z' });
    const from = new Date(2026, 10, 23).toISOString();
    const to = new Date(2026, 10, 30).toISOString();
    const rows = await readConversationsForExport(from, to);
    expect(rows.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6', 'c7']);
  });

  it('reads open-ended ranges and everything, page by page, reporting progress', async () => {
    const progress: [number, number][] = [];
    const all = await readConversationsForExport(null, null, (done, total) => progress.push([done, total]), 4);
    expect(all.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    expect(progress).toEqual([
      [4, 9],
      [8, 9],
      [9, 9],
    ]);
    expect((await readConversationsForExport(new Date(2026, 10, 29).toISOString(), null)).map((c) => c.id)).toEqual([
      'c7',
      'c8',
    ]);
    expect((await readConversationsForExport(null, new Date(2026, 10, 23).toISOString())).map((c) => c.id)).toEqual([
      'c0',
    ]);
  });

  it('looks clients up by id', async () => {
    const clients = await readClientsById(['a', 'g', 'a', 'missing']);
    expect([...clients.keys()]).toEqual(['a', 'g']);
    expect(clients.get('g')?.name).toBe('Иван Комаров');
  });
});
