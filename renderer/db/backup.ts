/**
 * Whole-journal backup and restore. Export reads every table (tombstones included) in
 * chunks inside one read transaction — a consistent snapshot, and the UI renders between
 * chunks — then serialises in chunks with pauses. Restore validates the whole file first and
 * only then replaces every table in one read-write transaction: either the new journal is
 * complete or the old one is untouched.
 */
import type { Collection, Table } from 'dexie';
import {
  backupFileName,
  serialiseBackup,
  type BackupCounts,
  type BackupData,
  type BackupSettings,
  type Pause,
} from '../../shared/backup/format';
import { parseBackup, type ParsedBackup, type ParseOptions } from '../../shared/backup/parse';
import { db, SCHEMA_VERSION, type RapportDb } from './db';
import { isJournalEmpty } from './journal';
import { yieldToUi } from './yieldToUi';
import { DEFAULT_ERASE_DELETED_AFTER_DAYS, eraseExpired } from '../../shared/rules/erasure';

export const READ_CHUNK = 2000;

export type BackupPhase = 'reading' | 'writing' | 'checking' | 'safety' | 'replacing';
export type ProgressListener = (phase: BackupPhase, done: number) => void;

async function readTable<T extends { id: string }, I>(
  table: Table<T, string, I>,
  onChunk: (n: number) => void,
): Promise<T[]> {
  const rows: T[] = [];
  let last: string | null = null;
  for (;;) {
    const collection: Collection<T, string, I> = last === null ? table.orderBy(':id') : table.where(':id').above(last);
    const chunk: T[] = await collection.limit(READ_CHUNK).toArray();
    for (const row of chunk) rows.push(row);
    onChunk(chunk.length);
    const tail: T | undefined = chunk[chunk.length - 1];
    if (chunk.length < READ_CHUNK || !tail) return rows;
    last = tail.id;
  }
}

/** Every record of every table, in primary-key order. */
export async function readJournal(onProgress?: (done: number) => void, database: RapportDb = db): Promise<BackupData> {
  const counts = await countJournal(database);
  const total = Math.max(1, counts.clients + counts.conversations + counts.disputes + counts.decisions);
  let done = 0;
  const tick = (n: number) => {
    done += n;
    onProgress?.(Math.min(1, done / total));
  };
  return database.transaction(
    'r',
    database.clients,
    database.conversations,
    database.disputes,
    database.decisions,
    async () => ({
      clients: await readTable(database.clients, tick),
      conversations: await readTable(database.conversations, tick),
      disputes: await readTable(database.disputes, tick),
      decisions: await readTable(database.decisions, tick),
    }),
  );
}

export async function countJournal(database: RapportDb = db): Promise<BackupCounts> {
  const [clients, conversations, disputes, decisions] = await Promise.all([
    database.clients.count(),
    database.conversations.count(),
    database.disputes.count(),
    database.decisions.count(),
  ]);
  return { clients, conversations, disputes, decisions };
}

export interface ExportOptions {
  appVersion: string;
  settings: BackupSettings;
  onProgress?: ProgressListener;
  now?: Date;
  fileNamePrefix?: string;
  database?: RapportDb;
  pause?: Pause;
}

export interface ExportedJournal {
  /** The file's text; empty when `blob` carries it instead. */
  json: string;
  /** The same text as a Blob, built in the backup worker for the browser build. */
  blob?: Blob;
  fileName: string;
  counts: BackupCounts;
  checksum: string;
}

/** The whole journal as a backup file (text) and its suggested file name. */
export async function exportJournal(options: ExportOptions): Promise<ExportedJournal> {
  const now = options.now ?? new Date();
  // A backup never carries the text of an entry deleted longer ago than the window, even when the
  // erasure has not run yet; entries deleted within it travel (a restore can still undo them).
  const data = eraseExpired(
    await readJournal((done) => options.onProgress?.('reading', done), options.database),
    now.getTime(),
    options.settings.eraseDeletedAfterDays ?? DEFAULT_ERASE_DELETED_AFTER_DAYS,
  );
  const { json, counts, checksum } = await serialiseBackup({
    appVersion: options.appVersion,
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    settings: options.settings,
    data,
    onProgress: (done) => options.onProgress?.('writing', done),
    pause: options.pause ?? yieldToUi,
  });
  return { json, counts, checksum, fileName: backupFileName(now, options.fileNamePrefix) };
}

/** Validates a backup file completely (throws `BackupError`); nothing is written. */
export async function checkBackup(
  text: string,
  onProgress?: ProgressListener,
  extra: ParseOptions = {},
): Promise<ParsedBackup> {
  return parseBackup(text, {
    currentSchemaVersion: SCHEMA_VERSION,
    onProgress: (done) => onProgress?.('checking', done),
    pause: yieldToUi,
    ...extra,
  });
}

/** Records per `bulkAdd` while replacing: each call clones its records on the main thread. */
export const WRITE_CHUNK = 500;

/**
 * Replaces the whole journal with the backup's records in ONE transaction. Any failure
 * (a constraint error half-way through bulkAdd, a full disk) aborts it and the old journal
 * stays as it was. No try/catch inside: a caught error would commit the half that ran.
 * Records go in chunks, so the page can paint between them and the progress bar moves.
 */
export async function replaceJournal(
  data: BackupData,
  database: RapportDb = db,
  onProgress?: (done: number) => void,
): Promise<void> {
  const total = Math.max(1, countsOfData(data));
  let done = 0;
  await database.transaction(
    'rw',
    database.clients,
    database.conversations,
    database.disputes,
    database.decisions,
    async () => {
      await database.clients.clear();
      await database.conversations.clear();
      await database.disputes.clear();
      await database.decisions.clear();
      const tables = [
        [database.clients, data.clients],
        [database.conversations, data.conversations],
        [database.disputes, data.disputes],
        [database.decisions, data.decisions],
      ] as const;
      for (const [table, records] of tables) {
        for (let i = 0; i < records.length; i += WRITE_CHUNK) {
          await (table as Table<unknown, string>).bulkAdd(records.slice(i, i + WRITE_CHUNK));
          done += Math.min(WRITE_CHUNK, records.length - i);
          onProgress?.(done / total);
        }
      }
    },
  );
}

function countsOfData(data: BackupData): number {
  return data.clients.length + data.conversations.length + data.disputes.length + data.decisions.length;
}

export interface RestoreOptions {
  /** Writes the safety copy of the current journal; must throw if it could not be kept. */
  keepSafetyBackup: (current: ExportedJournal) => Promise<string | null>;
  appVersion: string;
  currentSettings: BackupSettings;
  onProgress?: ProgressListener;
  database?: RapportDb;
  now?: Date;
  /** Makes the safety backup; the page passes one that runs in a worker. */
  exportCurrent?: (options: ExportOptions) => Promise<ExportedJournal>;
}

export interface RestoreResult {
  counts: BackupCounts;
  settings: Partial<BackupSettings>;
  /** Where the safety backup went (path or file name), null when there was nothing to keep. */
  safetyBackup: string | null;
}

/**
 * Restore a validated backup: first a safety backup of the current journal, then the swap.
 * `parsed` comes from `checkBackup`, so an invalid file never gets this far.
 */
export async function restoreJournal(parsed: ParsedBackup, options: RestoreOptions): Promise<RestoreResult> {
  const database = options.database ?? db;
  let safetyBackup: string | null = null;
  if (!(await isJournalEmpty(database))) {
    const snapshot = await (options.exportCurrent ?? exportJournal)({
      appVersion: options.appVersion,
      settings: options.currentSettings,
      database,
      now: options.now,
      fileNamePrefix: 'rapport-safety-backup',
      onProgress: (_phase, done) => options.onProgress?.('safety', done),
    });
    safetyBackup = await options.keepSafetyBackup(snapshot);
  }
  options.onProgress?.('replacing', 0);
  await replaceJournal(parsed.data, database, (done) => options.onProgress?.('replacing', done));
  return { counts: parsed.counts, settings: parsed.settings, safetyBackup };
}
