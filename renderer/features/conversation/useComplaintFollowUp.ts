/**
 * The last complaint saved from the log dialog. The dialog unmounts on save, so the follow-up
 * card (rendered once, in the layout's tray) reads it from this tiny store instead.
 */
import type { Conversation } from '../../../shared/domain/types';
import { LiveStore } from '../../db/liveStore';
import { useLiveStore } from '../../db/useLiveStore';

export interface ComplaintFollowUpState {
  conversation: Conversation;
  clientName: string;
}

const followUp = new LiveStore<ComplaintFollowUpState | null>(null);

export function showComplaintFollowUp(state: ComplaintFollowUpState | null): void {
  followUp.publish(() => state);
}

export function useComplaintFollowUp(): ComplaintFollowUpState | null {
  return useLiveStore(followUp);
}
