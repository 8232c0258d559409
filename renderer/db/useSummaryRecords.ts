/**
 * Live reads for the weekly summary. The week's conversations come from an indexed range on `at`
 * (instants are UTC ISO strings, so string order is time order). Disputes and decisions are small
 * tables read whole; each live query re-runs only when its own table changes.
 */
import type { Client, Conversation, Decision, Dispute } from '../../shared/domain/types';
import { db } from './db';
import { useLiveQuery } from './live';
import { isLive } from '../../shared/domain/records';

/** Live conversations with `fromIso <= at < toIso`, in time order; `undefined` while loading. */
export function useConversationsBetween(fromIso: string, toIso: string): Conversation[] | undefined {
  return useLiveQuery(
    () => db.conversations.where('at').between(fromIso, toIso, true, false).filter(isLive).toArray(),
    [fromIso, toIso],
  );
}

/** Every client, archived and tombstoned ones too (old conversations still name them). */
export function useAllClients(): Client[] | undefined {
  return useLiveQuery(() => db.clients.toArray(), []);
}

export function useLiveDisputes(): Dispute[] | undefined {
  return useLiveQuery(() => db.disputes.filter(isLive).toArray(), []);
}

export function useLiveDecisions(): Decision[] | undefined {
  return useLiveQuery(() => db.decisions.filter(isLive).toArray(), []);
}
