/**
 * Instants are instants: every stored time is UTC in one fixed-width form
 * (`2026-11-29T20:30:00.000Z`), so string order is time order and week, client and CSV range
 * queries stay plain index ranges. Every way in (saving, restore, import) passes records through
 * here; an instant written with another offset (`2026-11-29T23:30:00+03:00`) is the same moment.
 */
import type { Client, Conversation, Decision, Dispute } from './types';

/** The stored form of an ISO 8601 instant with an offset or `Z`. */
export function toStoredInstant(instant: string): string {
  return new Date(Date.parse(instant)).toISOString();
}

function orNull(instant: string | null): string | null {
  return instant === null ? null : toStoredInstant(instant);
}

interface Stamped {
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

function stamps<T extends Stamped>(record: T): T {
  return {
    ...record,
    createdAt: toStoredInstant(record.createdAt),
    updatedAt: toStoredInstant(record.updatedAt),
    deletedAt: orNull(record.deletedAt),
  };
}

export function clientInstants(client: Client): Client {
  return { ...stamps(client), archivedAt: orNull(client.archivedAt), lastContactAt: orNull(client.lastContactAt) };
}

export function conversationInstants(conversation: Conversation): Conversation {
  return { ...stamps(conversation), at: toStoredInstant(conversation.at) };
}

export function disputeInstants(dispute: Dispute): Dispute {
  return {
    ...stamps(dispute),
    statusHistory: dispute.statusHistory.map((s) => ({ ...s, at: toStoredInstant(s.at) })),
  };
}

export function decisionInstants(decision: Decision): Decision {
  return {
    ...stamps(decision),
    statusHistory: decision.statusHistory.map((s) => ({ ...s, at: toStoredInstant(s.at) })),
  };
}

/** Every instant of a record of a journal table in the stored UTC form. */
export const RECORD_INSTANTS = {
  clients: clientInstants,
  conversations: conversationInstants,
  disputes: disputeInstants,
  decisions: decisionInstants,
} as const;
