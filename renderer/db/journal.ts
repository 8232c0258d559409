/** The journal as a whole: how many live records it holds, and whether it is empty. */
import { isEmptyJournal, type LiveCounts } from '../../shared/domain/journal';
import { isLive } from '../../shared/domain/records';
import { db, TABLES, type RapportDb, type TableName } from './db';

/**
 * Live records per table. With `atMost`, each table's count stops there: `atMost: 1` answers
 * "any live record?" at the first one, so it is instant on a full journal.
 */
export async function countLiveRecords(database: RapportDb = db, atMost?: number): Promise<LiveCounts> {
  const counts: Record<TableName, number> = { clients: 0, conversations: 0, disputes: 0, decisions: 0 };
  await Promise.all(
    TABLES.map(async (name) => {
      const live = database.table(name).filter(isLive);
      counts[name] = await (atMost === undefined ? live : live.limit(atMost)).count();
    }),
  );
  return counts;
}

/** `isEmptyJournal` (shared/domain/journal.ts) on the database. */
export async function isJournalEmpty(database: RapportDb = db): Promise<boolean> {
  return isEmptyJournal(await countLiveRecords(database, 1));
}
