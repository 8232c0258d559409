/**
 * Loads a generated sample journal into the (empty) app database, fast: one transaction
 * and a few large `bulkAdd` calls, so 50 000 conversations take about as long as IndexedDB
 * needs to write them. (The benchmark's raw Dexie baselines are in bench/page/baselines.ts.)
 */
import type { SampleJournal } from '../../shared/sample/generate';
import { db, type RapportDb } from './db';
import { isJournalEmpty } from './journal';

export interface LoadProgress {
  /** Records written so far. */
  done: number;
  total: number;
}

/** Records per `bulkAdd`: big enough to keep IndexedDB busy, small enough for a moving progress bar. */
const CHUNK = 10_000;

export class JournalNotEmptyError extends Error {
  constructor() {
    super('The journal is not empty.');
    this.name = 'JournalNotEmptyError';
  }
}

export function countRecords(journal: SampleJournal): number {
  return journal.clients.length + journal.conversations.length + journal.disputes.length + journal.decisions.length;
}

/**
 * Writes the whole sample journal in one transaction (all or nothing). Refuses a journal
 * that already has entries: sample data must never mix with the director's own.
 */
export async function loadSampleJournal(
  journal: SampleJournal,
  onProgress: (progress: LoadProgress) => void = () => undefined,
  database: RapportDb = db,
): Promise<void> {
  const total = countRecords(journal);
  let done = 0;
  const report = (n: number) => {
    done += n;
    onProgress({ done, total });
  };
  onProgress({ done, total });
  await database.transaction(
    'rw',
    [database.clients, database.conversations, database.disputes, database.decisions],
    async () => {
      // Checked inside the transaction as well, so a write from another tab cannot slip in between.
      if (!(await isJournalEmpty(database))) throw new JournalNotEmptyError();
      await database.clients.bulkAdd(journal.clients);
      report(journal.clients.length);
      for (let i = 0; i < journal.conversations.length; i += CHUNK) {
        const chunk = journal.conversations.slice(i, i + CHUNK);
        await database.conversations.bulkAdd(chunk);
        report(chunk.length);
      }
      await database.disputes.bulkAdd(journal.disputes);
      report(journal.disputes.length);
      await database.decisions.bulkAdd(journal.decisions);
      report(journal.decisions.length);
    },
  );
}
