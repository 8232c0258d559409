/**
 * The last complaint saved from the log dialog. The dialog unmounts on save, so the follow-up
 * card (rendered once in AppServices) reads it from this tiny store instead.
 */
import { useSyncExternalStore } from 'react';
import type { Conversation } from '../../../shared/domain/types';

export interface ComplaintFollowUpState {
  conversation: Conversation;
  clientName: string;
}

let current: ComplaintFollowUpState | null = null;
const listeners = new Set<() => void>();

export function showComplaintFollowUp(state: ComplaintFollowUpState | null): void {
  current = state;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useComplaintFollowUp(): ComplaintFollowUpState | null {
  return useSyncExternalStore(subscribe, () => current);
}
