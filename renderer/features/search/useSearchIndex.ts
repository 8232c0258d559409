import { useEffect } from 'react';
import { searchIndex, type SearchStatus } from '../../db/searchIndex';
import { conversationStore } from '../../db/conversationStore';
import { useLiveStore } from '../../db/useLiveStore';

/** Seconds after start-up before the index is built in idle time (unless search is focused first). */
const IDLE_BUILD_DELAY_MS = 4_000;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** The search index status; also schedules the lazy build for when the app is idle. */
export function useSearchIndexStatus(): SearchStatus {
  useEffect(() => {
    const w = window as IdleWindow;
    let idleHandle: number | undefined;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      // After the conversation index has loaded: both read the whole journal, and the
      // dashboard's figures come first. Requesting the load here is harmless, it happens once.
      void conversationStore.ensureLoaded().then(() => {
        if (cancelled) return;
        const start = () => void searchIndex.ensureBuilt();
        if (w.requestIdleCallback) idleHandle = w.requestIdleCallback(start, { timeout: 10_000 });
        else start();
      });
    }, IDLE_BUILD_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      if (idleHandle !== undefined) w.cancelIdleCallback?.(idleHandle);
    };
  }, []);
  return useLiveStore(searchIndex);
}
