/**
 * Which entries the summary shows: the rule of `shared/rules/privacy.ts` applied to the
 * summary's input. Unless private entries are included, private conversations, private disputes
 * and everything linked only to them are left out; deleted entries and what lives only through
 * them (a decision of a deleted conversation) never show. Every section computes its figures from
 * the visible entries only, so the figures agree with the rows shown and nothing tells that a
 * hidden entry exists.
 */
import type { Conversation, Decision, Dispute } from '../domain/types';
import { visibleJournal } from '../rules/privacy';
import type { SummaryJournalRow, WeeklySummaryInput } from './types';

export interface SummaryVisibility {
  conversation: (c: Conversation) => boolean;
  journalRow: (row: SummaryJournalRow) => boolean;
  dispute: (d: Dispute) => boolean;
  decision: (d: Decision) => boolean;
}

export function summaryVisibility(input: WeeklySummaryInput, includePrivate: boolean): SummaryVisibility {
  // The journal's rows are every live conversation: a decision whose conversation is not among
  // them (deleted, or private in another week) is recognised by them.
  const visible = visibleJournal(
    { conversations: input.journal, disputes: input.disputes, decisions: input.decisions },
    includePrivate,
  );
  const rows = new Set(visible.conversations);
  const disputeIds = new Set(visible.disputes.map((d) => d.id));
  const decisions = new Set(visible.decisions);
  return {
    conversation: (c) => c.deletedAt === null && (includePrivate || !c.private),
    journalRow: (row) => rows.has(row),
    dispute: (d) => disputeIds.has(d.id),
    decision: (d) => decisions.has(d),
  };
}
