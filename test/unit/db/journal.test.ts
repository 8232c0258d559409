import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient } from '../../../renderer/db/clients';
import { countLiveRecords, isJournalEmpty } from '../../../renderer/db/journal';
import { restoreJournal, checkBackup, exportJournal } from '../../../renderer/db/backup';
import { loadSampleJournal } from '../../../renderer/db/sampleLoader';
import { pickBackupSettings } from '../../../shared/backup/format';
import { isEmptyJournal } from '../../../shared/domain/journal';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { generateSampleJournal } from '../../../shared/sample/generate';
import { resetDb } from './resetDb';

const none = { clients: 0, conversations: 0, disputes: 0, decisions: 0 };

/** A journal whose only record is a deleted client (a tombstone). */
async function onlyTombstones(): Promise<void> {
  const client = await createClient({ name: 'Deleted test entry' });
  await db.clients.update(client.id, { deletedAt: '2026-11-20T10:00:00.000Z' });
}

describe('an empty journal: no live record in any table', () => {
  beforeEach(resetDb);

  it('the rule: empty only when every table has no live record', () => {
    expect(isEmptyJournal(none)).toBe(true);
    expect(isEmptyJournal({ ...none, decisions: 1 })).toBe(false);
    expect(isEmptyJournal({ ...none, clients: 3 })).toBe(false);
  });

  it('a fresh journal is empty; one live client makes it not empty', async () => {
    expect(await isJournalEmpty()).toBe(true);
    await createClient({ name: 'Anna' });
    expect(await isJournalEmpty()).toBe(false);
    await createClient({ name: 'Boris' });
    expect(await countLiveRecords()).toEqual({ ...none, clients: 2 });
    expect(await countLiveRecords(db, 1)).toEqual({ ...none, clients: 1 });
  });

  it('tombstones of deleted entries do not count', async () => {
    await onlyTombstones();
    expect(await db.clients.count()).toBe(1);
    expect(await countLiveRecords()).toEqual(none);
    expect(await isJournalEmpty()).toBe(true);
  });

  it('the sample journal loads into a journal of tombstones only', async () => {
    await onlyTombstones();
    const journal = generateSampleJournal({ seed: 3, clients: 5, years: 1, now: '2026-11-23T12:00:00Z' });
    await loadSampleJournal(journal);
    expect(await db.clients.count()).toBe(journal.clients.length + 1);
  });

  it('a restore over an empty journal keeps no safety backup; over a live one it does', async () => {
    const settings = pickBackupSettings(DEFAULT_SETTINGS);
    await createClient({ name: 'In the backup' });
    const file = await exportJournal({ appVersion: '0.1.0', settings, pause: async () => undefined });
    const parsed = await checkBackup(file.json);
    let kept = 0;
    const options = {
      appVersion: '0.1.0',
      currentSettings: settings,
      keepSafetyBackup: async () => {
        kept += 1;
        return 'safety.json';
      },
    };
    await resetDb();
    await onlyTombstones();
    expect((await restoreJournal(parsed, options)).safetyBackup).toBeNull();
    expect(kept).toBe(0);
    expect((await restoreJournal(parsed, options)).safetyBackup).toBe('safety.json');
    expect(kept).toBe(1);
  });
});
