/**
 * Reads every conversation off the UI thread at start-up: IndexedDB deserialises 50 000
 * records here, and the UI thread receives only packed columns (see packedRows.ts). Plain
 * IndexedDB (no Dexie) keeps this chunk small. No version is requested, so an existing journal
 * opens as it is; on a first run (no database yet) the creation is aborted, leaving the schema
 * to Dexie on the main thread, and the caller falls back to its own read.
 */
import type { Conversation } from '../../shared/domain/types';
import { packConversations, type PackedRows } from './packedRows';

export type RowsWorkerResponse = { ok: true; packed: PackedRows } | { ok: false; message: string };

function readAll(name: string): Promise<Conversation[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const idb = open.result;
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

self.onmessage = async (event: MessageEvent<{ dbName: string }>) => {
  try {
    const packed = packConversations(await readAll(event.data.dbName));
    const transfer = [packed.atMs.buffer, packed.outcomes.buffer, packed.channels.buffer, packed.privates.buffer];
    (self as unknown as Worker).postMessage({ ok: true, packed } satisfies RowsWorkerResponse, transfer);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies RowsWorkerResponse);
  }
};
