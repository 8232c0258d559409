/**
 * Which conversations and disputes the agenda may quote: never deleted ones, and private ones
 * only when the director ticked "Include private entries".
 */
import type { Conversation, Dispute } from '../domain/types';

export function visibleForAgenda(
  input: { conversations: readonly Conversation[]; disputes: readonly Dispute[] },
  includePrivate: boolean,
): { conversations: Conversation[]; disputes: Dispute[] } {
  return {
    conversations: input.conversations.filter((c) => c.deletedAt === null && (includePrivate || !c.private)),
    disputes: input.disputes.filter((d) => d.deletedAt === null && (includePrivate || !d.private)),
  };
}
