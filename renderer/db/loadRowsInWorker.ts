import type { ConversationRow } from './conversationIndex';
import type { RowsWorkerRequest, RowsWorkerResponse } from './conversationRows.worker';
import { unpackRows } from './packedRows';
import { runWorkerJob } from './workerJob';

/**
 * Loads every live conversation as sorted rows in a Web Worker, so start-up does not spend
 * the UI thread deserialising the whole journal. Rejects (and the caller falls back to a
 * direct read through Dexie) when workers are unavailable, the read fails, or the database on
 * disk still needs an upgrade to `version` (Dexie's declared schema version).
 */
export function loadRowsInWorker(dbName: string, version: number): Promise<ConversationRow[]> {
  return runWorkerJob<RowsWorkerRequest, RowsWorkerResponse, ConversationRow[]>({
    start: () => new Worker(new URL('./conversationRows.worker.ts', import.meta.url), { type: 'module' }),
    request: { dbName, version },
    onReply: (reply) => {
      if (!reply.ok) throw new Error(reply.message);
      return { value: unpackRows(reply.packed) };
    },
    fallback: () => Promise.reject(new Error('Web Workers are not available')),
  });
}
