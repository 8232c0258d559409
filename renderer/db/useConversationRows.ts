import { db } from './db';
import { ConversationIndex, useIndexSnapshot, type IndexSnapshot } from './conversationIndex';
import { loadRowsInWorker } from './loadRowsInWorker';

/** The app's conversation index over the app database. */
export const conversationIndex = new ConversationIndex(db, () => loadRowsInWorker(db.name));

/** Every live conversation as compact rows sorted by time; `undefined` while loading. */
export function useConversationRows(): IndexSnapshot | undefined {
  return useIndexSnapshot(conversationIndex);
}
