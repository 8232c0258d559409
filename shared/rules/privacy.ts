/**
 * Private is private on every path; deleted is deleted on every path. The one place that says
 * what a reader of an export meant for others may see of a journal.
 *
 * - `withoutDeleted(journal)`: tombstones are gone, and so is everything that lives only through
 *   a deleted record: a decision taken in a deleted conversation or on a deleted dispute (also
 *   one left live by an older version that deleted the conversation alone), and a dispute's link
 *   to a deleted conversation.
 * - `withoutPrivate(journal)`: private conversations and private disputes are gone, and so is
 *   everything linked only to them: the decisions taken in a private conversation or on a private
 *   dispute, and a dispute's link to a private conversation. Nothing left behind can tell that a
 *   private entry exists.
 *
 * A record "missing" from the journal counts as deleted: the summary is given every live
 * conversation (as compact rows) and every live dispute, so a decision whose conversation or
 * dispute is not among them belongs to a deleted one.
 */

export interface PrivacyConversation {
  id: string;
  private: boolean;
  /** Absent on compact rows, which are live by construction. */
  deletedAt?: string | null;
}

export interface PrivacyDispute {
  id: string;
  private: boolean;
  deletedAt: string | null;
  conversationIds: readonly string[];
}

export interface PrivacyDecision {
  conversationId: string | null;
  disputeId: string | null;
  deletedAt: string | null;
}

/** The parts of a journal the rule reads; other members (clients…) are passed through. */
export interface PrivacyJournal {
  conversations: readonly PrivacyConversation[];
  disputes: readonly PrivacyDispute[];
  decisions: readonly PrivacyDecision[];
}

type Row<J extends PrivacyJournal, K extends keyof PrivacyJournal> = J[K][number];

/** Keeps the conversations, disputes and decisions `keep*` accept, and only links to kept conversations. */
function keepOnly<J extends PrivacyJournal>(
  journal: J,
  keepConversation: (c: Row<J, 'conversations'>) => boolean,
  keepDispute: (d: Row<J, 'disputes'>) => boolean,
): J {
  const conversations: Row<J, 'conversations'>[] = journal.conversations.filter(keepConversation);
  const conversationIds = new Set(conversations.map((c) => c.id));
  const disputes: Row<J, 'disputes'>[] = journal.disputes
    .filter(keepDispute)
    .map((d) =>
      d.conversationIds.every((id) => conversationIds.has(id))
        ? d
        : { ...d, conversationIds: d.conversationIds.filter((id) => conversationIds.has(id)) },
    );
  const disputeIds = new Set(disputes.map((d) => d.id));
  const decisions: Row<J, 'decisions'>[] = journal.decisions.filter(
    (d) =>
      d.deletedAt === null &&
      (d.conversationId === null || conversationIds.has(d.conversationId)) &&
      (d.disputeId === null || disputeIds.has(d.disputeId)),
  );
  return { ...journal, conversations, disputes, decisions };
}

/** The journal without tombstones and without what lives only through a deleted record. */
export function withoutDeleted<J extends PrivacyJournal>(journal: J): J {
  return keepOnly(
    journal,
    (c) => (c.deletedAt ?? null) === null,
    (d) => d.deletedAt === null,
  );
}

/**
 * The journal as a reader of an export meant for others may see it: no private conversation,
 * no private dispute, nothing linked only to them, and nothing deleted.
 */
export function withoutPrivate<J extends PrivacyJournal>(journal: J): J {
  return keepOnly(
    journal,
    (c) => (c.deletedAt ?? null) === null && !c.private,
    (d) => d.deletedAt === null && !d.private,
  );
}

/** What an export shows: `withoutPrivate`, or with private entries included `withoutDeleted`. */
export function visibleJournal<J extends PrivacyJournal>(journal: J, includePrivate: boolean): J {
  return includePrivate ? withoutDeleted(journal) : withoutPrivate(journal);
}
