import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient } from '../../../renderer/db/clients';
import { isJournalEmpty } from '../../../renderer/db/journal';
import { JournalNotEmptyError, loadSampleJournal, type LoadProgress } from '../../../renderer/db/sampleLoader';
import { generateSampleJournal } from '../../../shared/sample/generate';
import { resetDb } from '../db/resetDb';

const journal = generateSampleJournal({ seed: 11, clients: 30, years: 2, now: '2026-11-23T12:00:00Z' });

describe('sample loader', () => {
  beforeEach(resetDb);

  it('loads every record into an empty journal and reports progress up to the total', async () => {
    expect(await isJournalEmpty()).toBe(true);
    const progress: LoadProgress[] = [];
    await loadSampleJournal(journal, (p) => progress.push(p));
    expect(await db.clients.count()).toBe(journal.clients.length);
    expect(await db.conversations.count()).toBe(journal.conversations.length);
    expect(await db.disputes.count()).toBe(journal.disputes.length);
    expect(await db.decisions.count()).toBe(journal.decisions.length);
    const total =
      journal.clients.length + journal.conversations.length + journal.disputes.length + journal.decisions.length;
    expect(progress[0]).toEqual({ done: 0, total });
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(await isJournalEmpty()).toBe(false);
  });

  it('refuses a journal that already has entries and writes nothing', async () => {
    await createClient({ name: 'My real client' });
    await expect(loadSampleJournal(journal)).rejects.toBeInstanceOf(JournalNotEmptyError);
    expect(await db.clients.count()).toBe(1);
    expect(await db.conversations.count()).toBe(0);
  });
});
