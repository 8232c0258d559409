import { db } from '../../../renderer/db/db';

/** A fresh, empty journal for each test (fake-indexeddb). */
export async function resetDb(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
