import { useSyncExternalStore } from 'react';
import type { LiveSource } from './liveStore';

/** The current snapshot of a live model; re-renders when it publishes a new one. */
export function useLiveStore<S>(source: LiveSource<S>): S {
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
