import { useEffect } from 'react';
import type { IndexSnapshot } from './conversationIndex';
import { conversationStore } from './conversationStore';
import { useLiveStore } from './useLiveStore';

/** Every live conversation as compact rows sorted by time; `undefined` while loading (show a skeleton). */
export function useConversationRows(): IndexSnapshot | undefined {
  useEffect(() => {
    void conversationStore.ensureLoaded();
  }, []);
  return useLiveStore(conversationStore) ?? undefined;
}
