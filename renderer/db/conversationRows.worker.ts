/**
 * Reads every conversation off the UI thread at start-up: IndexedDB deserialises 50 000
 * records here, and the UI thread receives only packed columns (see packedRows.ts). Plain
 * IndexedDB (no Dexie) keeps this chunk small. It reads only a journal already at the app's
 * schema version (or later: Dexie may have patched it): a database that still needs an upgrade
 * is refused, and so is a first run (no database yet, its creation is aborted), leaving both to
 * Dexie on the main thread; the caller then falls back to its own read.
 */
import type { Conversation } from '../../shared/domain/types';
import { packConversations, type PackedRows } from './packedRows';

export interface RowsWorkerRequest {
  dbName: string;
  /** Dexie's declared schema version; IndexedDB stores it times ten. */
  version: number;
}

export type RowsWorkerResponse = { ok: true; packed: PackedRows } | { ok: false; message: string };

function readAll({ dbName, version }: RowsWorkerRequest): Promise<Conversation[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const idb = open.result;
      if (idb.version < Math.round(version * 10)) {
        idb.close();
        reject(new Error(`The journal needs an upgrade to version ${version} first.`));
        return;
      }
      try {
        // The object store itself, not the `at` index: an index read looks every record up again
        // and measured slower than reading the store and sorting here.
        const request = idb.transaction('conversations', 'readonly').objectStore('conversations').getAll();
        request.onsuccess = () => {
          resolve(request.result as Conversation[]);
          idb.close();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('read failed'));
          idb.close();
        };
      } catch (error) {
        idb.close();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
}

self.onmessage = async (event: MessageEvent<RowsWorkerRequest>) => {
  try {
    const packed = packConversations(await readAll(event.data));
    const transfer = [packed.atMs.buffer, packed.outcomes.buffer, packed.channels.buffer, packed.privates.buffer];
    (self as unknown as Worker).postMessage({ ok: true, packed } satisfies RowsWorkerResponse, transfer);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies RowsWorkerResponse);
  }
};
