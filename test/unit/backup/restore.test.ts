import { DEFAULT_ERASE_DELETED_AFTER_DAYS, eraseExpired } from '../../../shared/rules/erasure';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import {
  checkBackup,
  exportJournal,
  readJournal,
  replaceJournal,
  restoreJournal,
  type ExportedJournal,
} from '../../../renderer/db/backup';
import { createClient } from '../../../renderer/db/clients';
import { logConversation } from '../../../renderer/db/conversations';
import { BackupError } from '../../../shared/backup/parse';
import { pickBackupSettings } from '../../../shared/backup/format';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { emptyFeedback } from '../../../shared/domain/types';
import { generateSampleJournal } from '../../../shared/sample/generate';
import { resetDb } from '../db/resetDb';
import { anyJournal, sortedById } from '../arbitraries/journal';
import { fixtureText, loadFixture, reseal } from './helpers';

const settings = pickBackupSettings({ ...DEFAULT_SETTINGS, targetRatio: 12 });
const noPause = async () => undefined;

async function backUp(now = new Date('2026-11-23T10:00:00Z')): Promise<ExportedJournal> {
  return exportJournal({ appVersion: '0.1.0', settings, now, pause: noPause });
}

async function someJournal(): Promise<void> {
  const anna = await createClient({ name: 'Anna', organization: 'North Wind', tags: ['key'] });
  await logConversation(
    {
      clientId: anna.id,
      at: '2026-11-20T10:00:00.000Z',
      channel: 'call',
      direction: 'inbound',
      outcome: 'satisfied',
      summary: 'Renewal',
      notes: '',
      private: false,
      feedback: emptyFeedback(),
    },
    {
      decisions: [
        { decision: 'Keep the discount', promised: '3%', owner: 'me', due: null, status: 'pending', note: '' },
      ],
    },
  );
}

describe('backup and restore against the real database', () => {
  beforeEach(resetDb);

  it('writes a dated file name, counts and a checksum, and reads back its own file', async () => {
    await someJournal();
    const backup = await backUp(new Date(2026, 10, 23, 9, 5));
    expect(backup.fileName).toBe('rapport-backup-2026-11-23-0905.json');
    expect(backup.counts).toEqual({ clients: 1, conversations: 1, disputes: 0, decisions: 1 });
    const parsed = await checkBackup(backup.json);
    expect(parsed.checksum).toBe(backup.checksum);
    expect(parsed.settings.targetRatio).toBe(12);
  });

  it('round trip is exact: back up, restore, back up again gives identical data and checksum', async () => {
    await replaceJournal((await checkBackup(fixtureText())).data);
    const first = await backUp();
    await resetDb();
    await someJournal();
    const restored = await restoreJournal(await checkBackup(first.json), {
      appVersion: '0.1.0',
      currentSettings: settings,
      keepSafetyBackup: async () => 'safety.json',
    });
    expect(restored.counts).toEqual({ clients: 4, conversations: 4, disputes: 1, decisions: 2 });
    const second = await backUp();
    expect(second.checksum).toBe(first.checksum);
    expect(second.json).toBe(first.json);
  });

  it('takes a safety backup of the current journal before replacing it', async () => {
    await someJournal();
    let safety: ExportedJournal | undefined;
    const result = await restoreJournal(await checkBackup(fixtureText()), {
      appVersion: '0.1.0',
      currentSettings: settings,
      now: new Date(2026, 10, 23, 9, 5),
      keepSafetyBackup: async (snapshot) => {
        safety = snapshot;
        return '/backups/' + snapshot.fileName;
      },
    });
    expect(result.safetyBackup).toBe('/backups/rapport-safety-backup-2026-11-23-0905.json');
    const kept = await checkBackup(safety!.json);
    expect(kept.data.clients.map((c) => c.name)).toEqual(['Anna']);
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual([
      'Deleted Prospect',
      'John Miller',
      'Анна Петрова',
      'Игорь Смирнов',
    ]);
  });

  it('does not touch the journal when the safety backup cannot be kept', async () => {
    await someJournal();
    const before = await readJournal();
    await expect(
      restoreJournal(await checkBackup(fixtureText()), {
        appVersion: '0.1.0',
        currentSettings: settings,
        keepSafetyBackup: async () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await readJournal()).toEqual(before);
  });

  it('an invalid file is rejected before anything is written: journal unchanged', async () => {
    await someJournal();
    const before = await readJournal();
    const damaged = loadFixture();
    delete damaged.data.clients[2]!.name;
    for (const text of ['not json', fixtureText().slice(0, 900), await reseal(damaged)]) {
      await expect(checkBackup(text)).rejects.toBeInstanceOf(BackupError);
    }
    expect(await readJournal()).toEqual(before);
  });

  it('a restore whose bulkAdd fails half-way leaves the old journal intact', async () => {
    await someJournal();
    const before = await readJournal();
    const parsed = await checkBackup(fixtureText());
    // Two conversations with the same key: the second bulkAdd hits a ConstraintError after
    // the tables were cleared and the clients were added.
    const broken = { ...parsed.data, conversations: [...parsed.data.conversations, parsed.data.conversations[0]!] };
    await expect(replaceJournal(broken)).rejects.toThrow();
    expect(await readJournal()).toEqual(before);
  });

  it('fast-check: any journal the app can produce survives backup then restore unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(anyJournal, async (journal) => {
        await replaceJournal(journal);
        const first = await backUp();
        await replaceJournal({ clients: [], conversations: [], disputes: [], decisions: [] });
        const parsed = await checkBackup(first.json);
        await replaceJournal(parsed.data);
        // Entries deleted more than the window before the backup travel without their text.
        const erased = eraseExpired(journal, Date.parse('2026-11-23T10:00:00Z'), DEFAULT_ERASE_DELETED_AFTER_DAYS);
        expect(await readJournal()).toEqual(sortedById(erased));
        expect((await backUp()).checksum).toBe(first.checksum);
      }),
      { numRuns: 60 },
    );
  });

  it('the sample journal (as Settings → Load sample journal makes it) survives backup then restore unchanged', async () => {
    const sample = generateSampleJournal({ seed: 20261123, clients: 50, years: 2, now: '2026-11-23T10:00:00.000Z' });
    await replaceJournal(sample);
    const first = await backUp();
    await resetDb();
    await replaceJournal((await checkBackup(first.json)).data);
    expect(await readJournal()).toEqual(sortedById(sample));
    expect((await backUp()).json).toBe(first.json);
  });
});
