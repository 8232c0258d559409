/**
 * Puts a journal straight into the app's IndexedDB for dashboard tests that need a lot of
 * realistic data (screenshots, the 50 000-conversation check). The app must have opened its
 * database already; reload the page afterwards so the conversation index reads it.
 */
import type { Page } from 'playwright-core';
import type { SampleJournal } from '../../shared/sample/generate';

export async function seedJournal(page: Page, journal: SampleJournal): Promise<void> {
  // Chunks keep each page.evaluate payload moderate.
  const CHUNK = 5_000;
  const tables = Object.entries(journal) as [keyof SampleJournal, unknown[]][];
  for (const [table, rows] of tables) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await page.evaluate(
        async ({ table, rows }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('rapport');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(table, 'readwrite');
            const store = tx.objectStore(table);
            for (const row of rows) store.put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { table, rows: rows.slice(i, i + CHUNK) },
      );
    }
  }
}
