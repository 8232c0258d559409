import type { Conversation } from '../../../shared/domain/types';

/** "Open dispute" for a complaint conversation (disputes feature fills this in). */
export function OpenDisputeButton(_props: { conversation: Conversation }) {
  return null;
}
