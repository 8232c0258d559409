import type { ConversationRow } from './conversationIndex';
import type { RowsWorkerResponse } from './conversationRows.worker';
import { unpackRows } from './packedRows';

/**
 * Loads every live conversation as sorted rows in a Web Worker, so start-up does not spend
 * the UI thread deserialising the whole journal. Rejects (and the caller falls back to a
 * direct read) when workers are unavailable or the read fails.
 */
export function loadRowsInWorker(dbName: string): Promise<ConversationRow[]> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') {
      reject(new Error('Web Workers are not available'));
      return;
    }
    const worker = new Worker(new URL('./conversationRows.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RowsWorkerResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(unpackRows(event.data.packed));
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    worker.postMessage({ dbName });
  });
}
