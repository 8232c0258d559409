import { useEffect, useSyncExternalStore } from 'react';
import { db } from './db';
import { ConversationIndex, type IndexSnapshot } from './conversationIndex';
import { loadRowsInWorker } from './loadRowsInWorker';

/** The app's conversation index over the app database. */
export const conversationIndex = new ConversationIndex(db, () => loadRowsInWorker(db.name, db.verno));

/** Every live conversation as compact rows sorted by time; `undefined` while loading (show a skeleton). */
export function useConversationRows(): IndexSnapshot | undefined {
  useEffect(() => {
    void conversationIndex.ensureLoaded();
  }, []);
  return useSyncExternalStore(conversationIndex.subscribe, conversationIndex.getSnapshot) ?? undefined;
}
