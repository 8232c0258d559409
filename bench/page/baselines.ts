/**
 * The benchmark's baselines: plain Dexie with no app code (no change feed, no checks, no
 * chunks), in the same page and with the same schema and durability as the app, so the only
 * difference measured is the app's own code. Bench builds only (see benchHook.ts).
 */
import Dexie from 'dexie';
import type { SampleJournal } from '../../shared/sample/generate';
import { db, declareSchema, TABLES, type RapportDb } from '../../renderer/db/db';

export const RAW_BENCH_DB = 'rapport-bench-raw';

function openPlain(name: string): Dexie {
  const plain = new Dexie(name, { chromeTransactionDurability: 'strict' });
  declareSchema(plain);
  return plain;
}

/** A plain `bulkPut` of every record into a scratch database; returns milliseconds. */
export async function rawBulkPut(journal: SampleJournal): Promise<number> {
  const plain = openPlain(RAW_BENCH_DB);
  await plain.open();
  await plain.transaction('rw', [...TABLES], () => Promise.all(TABLES.map((t) => plain.table(t).clear())));
  const start = performance.now();
  await plain.transaction('rw', [...TABLES], async () => {
    await plain.table('clients').bulkPut(journal.clients);
    await plain.table('conversations').bulkPut(journal.conversations);
    await plain.table('disputes').bulkPut(journal.disputes);
    await plain.table('decisions').bulkPut(journal.decisions);
  });
  const ms = performance.now() - start;
  plain.close();
  return ms;
}

export async function deleteRawBenchDb(): Promise<void> {
  await Dexie.delete(RAW_BENCH_DB);
}

/** A plain `toArray()` of every conversation in the app's database; returns ms and the count. */
export async function rawScan(): Promise<{ ms: number; count: number }> {
  const plain = openPlain(db.name);
  await plain.open();
  const start = performance.now();
  const all = await plain.table('conversations').toArray();
  const ms = performance.now() - start;
  plain.close();
  return { ms, count: all.length };
}

/** Empties the app's journal (between import runs, and in tests). */
export async function clearJournal(database: RapportDb = db): Promise<void> {
  await database.transaction('rw', [...TABLES], () => Promise.all(TABLES.map((t) => database.table(t).clear())));
}
