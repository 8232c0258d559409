import type { Conversation } from '../../../shared/domain/types';

/** Shown right after a complaint is saved: how many satisfied clients are owed, whom to call first. */
export function OwedAfterComplaint(_props: { conversation: Conversation }) {
  return null;
}
