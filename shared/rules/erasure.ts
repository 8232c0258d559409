/**
 * Deleted means gone. A deleted entry keeps its text while Undo (and a restore from a recent
 * backup) may still bring it back; once it has been deleted for longer than the window (Settings →
 * "Erase deleted entries after", default 30 days) its text is erased in place: what is left is its
 * id, its deletion time and what other records need to stay consistent (the client a conversation,
 * dispute or decision belonged to, a decision's conversation or dispute). The record still has
 * the shape of its table (no schema version), so indexes, backups and restores keep working;
 * required texts become "—".
 */
import type { Client, Conversation, Decision, Dispute } from '../domain/types';
import { emptyFeedback } from '../domain/types';

export const DEFAULT_ERASE_DELETED_AFTER_DAYS = 30;
export const MIN_ERASE_DELETED_AFTER_DAYS = 1;
export const MAX_ERASE_DELETED_AFTER_DAYS = 365;
/** What an erased required text reads. */
export const ERASED_TEXT = '—';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deleted more than `days` days before `nowMs`: its text must be erased. */
export function isPastErasureWindow(deletedAt: string | null, nowMs: number, days: number): boolean {
  if (deletedAt === null) return false;
  const deletedMs = Date.parse(deletedAt);
  return Number.isFinite(deletedMs) && nowMs - deletedMs > days * DAY_MS;
}

/** The calendar day of an instant as stored (`yyyy-MM-dd` of the UTC instant). */
function dayOf(instant: string): string {
  return new Date(Date.parse(instant)).toISOString().slice(0, 10);
}

function stamps(deletedAt: string) {
  return { createdAt: deletedAt, updatedAt: deletedAt, deletedAt };
}

export function eraseConversation(c: Conversation & { deletedAt: string }): Conversation {
  return {
    id: c.id,
    ...stamps(c.deletedAt),
    clientId: c.clientId,
    at: c.deletedAt,
    channel: 'call',
    direction: 'inbound',
    outcome: 'neutral',
    summary: '',
    notes: '',
    private: true,
    feedback: emptyFeedback(),
  };
}

export function eraseDispute(d: Dispute & { deletedAt: string }): Dispute {
  return {
    id: d.id,
    ...stamps(d.deletedAt),
    clientId: d.clientId,
    title: ERASED_TEXT,
    openedOn: dayOf(d.deletedAt),
    rootCause: 'other',
    severity: 'medium',
    whatWentWrong: '',
    resolution: '',
    notes: '',
    private: true,
    status: 'resolved',
    statusHistory: [],
    conversationIds: [],
    plan: [],
  };
}

export function eraseDecision(d: Decision & { deletedAt: string }): Decision {
  return {
    id: d.id,
    ...stamps(d.deletedAt),
    clientId: d.clientId,
    conversationId: d.conversationId,
    disputeId: d.disputeId,
    decidedOn: dayOf(d.deletedAt),
    decision: ERASED_TEXT,
    promised: '',
    owner: '',
    due: null,
    status: 'pending',
    statusHistory: [],
    note: '',
  };
}

export function eraseClient(c: Client & { deletedAt: string }): Client {
  return {
    id: c.id,
    ...stamps(c.deletedAt),
    name: ERASED_TEXT,
    organization: '',
    role: '',
    phone: '',
    email: '',
    tags: [],
    vip: false,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
  };
}

export interface ErasableJournal {
  clients: Client[];
  conversations: Conversation[];
  disputes: Dispute[];
  decisions: Decision[];
}

function eraseRows<T extends { deletedAt: string | null }>(
  rows: readonly T[],
  erase: (row: T & { deletedAt: string }) => T,
  nowMs: number,
  days: number,
): T[] {
  const isExpired = (row: T): row is T & { deletedAt: string } => isPastErasureWindow(row.deletedAt, nowMs, days);
  return rows.map((row) => (isExpired(row) ? erase(row) : row));
}

/**
 * The journal with the text of every entry deleted more than `days` days before `nowMs` erased.
 * Idempotent: erasing an erased record gives the same record.
 */
export function eraseExpired<J extends ErasableJournal>(journal: J, nowMs: number, days: number): J {
  return {
    ...journal,
    clients: eraseRows(journal.clients, eraseClient, nowMs, days),
    conversations: eraseRows(journal.conversations, eraseConversation, nowMs, days),
    disputes: eraseRows(journal.disputes, eraseDispute, nowMs, days),
    decisions: eraseRows(journal.decisions, eraseDecision, nowMs, days),
  };
}
