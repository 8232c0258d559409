import { useEffect, useSyncExternalStore } from 'react';
import { searchIndex, type SearchStatus } from '../../db/searchIndex';

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
    const timer = window.setTimeout(() => {
      const start = () => void searchIndex.ensureBuilt();
      if (w.requestIdleCallback) idleHandle = w.requestIdleCallback(start, { timeout: 10_000 });
      else start();
    }, IDLE_BUILD_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (idleHandle !== undefined) w.cancelIdleCallback?.(idleHandle);
    };
  }, []);
  return useSyncExternalStore(searchIndex.subscribe, searchIndex.getStatus);
}
