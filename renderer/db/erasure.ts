/**
 * Erases, in place, the text of entries deleted longer ago than the window (`shared/rules/erasure.ts`):
 * every table in one transaction, only the records that change. Run at start-up and daily.
 */
import { eraseExpired } from '../../shared/rules/erasure';
import { db, type RapportDb } from './db';

/** Erases what is past the window at `nowMs`; returns how many records were erased. */
export async function eraseExpiredDeletions(nowMs: number, days: number, database: RapportDb = db): Promise<number> {
  const { clients, conversations, disputes, decisions } = database;
  return database.transaction('rw', clients, conversations, disputes, decisions, async () => {
    const deleted = {
      clients: await clients.filter((r) => r.deletedAt !== null).toArray(),
      conversations: await conversations.filter((r) => r.deletedAt !== null).toArray(),
      disputes: await disputes.filter((r) => r.deletedAt !== null).toArray(),
      decisions: await decisions.filter((r) => r.deletedAt !== null).toArray(),
    };
    const erased = eraseExpired(deleted, nowMs, days);
    const changed = <T>(before: readonly T[], after: readonly T[]) =>
      after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    const writes = {
      clients: changed(deleted.clients, erased.clients),
      conversations: changed(deleted.conversations, erased.conversations),
      disputes: changed(deleted.disputes, erased.disputes),
      decisions: changed(deleted.decisions, erased.decisions),
    };
    if (writes.clients.length) await clients.bulkPut(writes.clients);
    if (writes.conversations.length) await conversations.bulkPut(writes.conversations);
    if (writes.disputes.length) await disputes.bulkPut(writes.disputes);
    if (writes.decisions.length) await decisions.bulkPut(writes.decisions);
    return writes.clients.length + writes.conversations.length + writes.disputes.length + writes.decisions.length;
  });
}
