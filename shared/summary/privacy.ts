/**
 * Which entries the summary shows. Unless private entries are included, private conversations,
 * private disputes and the decisions taken in them are left out, and every section computes its
 * figures from the visible entries only, so the figures agree with the rows shown. Deleted
 * entries (tombstones) are never shown.
 */
import type { Conversation, Decision, Dispute } from '../domain/types';
import type { SummaryJournalRow, WeeklySummaryInput } from './types';

export interface SummaryVisibility {
  conversation: (c: Conversation) => boolean;
  journalRow: (row: SummaryJournalRow) => boolean;
  dispute: (d: Dispute) => boolean;
  decision: (d: Decision) => boolean;
}

export function summaryVisibility(input: WeeklySummaryInput, includePrivate: boolean): SummaryVisibility {
  // A decision of a private conversation in another week is recognised by the journal's rows.
  const privateConversationIds = new Set(input.journal.filter((r) => r.private).map((r) => r.id));
  for (const c of input.conversations) if (c.private) privateConversationIds.add(c.id);
  const privateDisputeIds = new Set(input.disputes.filter((d) => d.private).map((d) => d.id));
  return {
    conversation: (c) => c.deletedAt === null && (includePrivate || !c.private),
    journalRow: (row) => includePrivate || !row.private,
    dispute: (d) => d.deletedAt === null && (includePrivate || !d.private),
    decision: (d) => {
      if (d.deletedAt !== null) return false;
      if (includePrivate) return true;
      if (d.conversationId !== null && privateConversationIds.has(d.conversationId)) return false;
      if (d.disputeId !== null && privateDisputeIds.has(d.disputeId)) return false;
      return true;
    },
  };
}
