/**
 * The ten-to-one rule (PRODUCT.md, "The ten-to-one rule, precisely"): ratio and owed for a
 * period, as a pure function of the conversation list. Editing or deleting a conversation
 * simply means calling it again with the changed list.
 */
import type { Outcome } from '../domain/types';

export interface BalanceConversation {
  id: string;
  clientId: string;
  atMs: number;
  outcome: Outcome;
}

/** One complaint's demand for `target` different satisfied clients. */
export interface Quest {
  /** Id of the complaint conversation that opened the quest. */
  complaintId: string;
  /** The client who complained. */
  clientId: string;
  openedMs: number;
  /** Clients whose satisfied conversations paid this quest, in payment order. */
  paidClientIds: string[];
  /** Satisfied clients this quest still lacks (0 when paid in full). */
  lacking: number;
}

export interface Balance {
  satisfied: number;
  complaints: number;
  /** satisfied ÷ complaints; null when there are no complaints. */
  ratio: number | null;
  /** Sum over open quests of what each still lacks. */
  owed: number;
  /** Every quest opened in the period, oldest first (open and paid ones). */
  quests: Quest[];
}

export interface MsRange {
  /** Inclusive. */
  fromMs: number;
  /** Exclusive. */
  toMs: number;
}

/** Time order, ties broken by id, so the result never depends on the input order. */
export function compareByTime(a: { atMs: number; id: string }, b: { atMs: number; id: string }): number {
  return a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function isSorted(list: readonly BalanceConversation[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareByTime(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** A target of T satisfied clients per complaint; a whole number, at least 1. */
export function normaliseTarget(target: number): number {
  return Number.isFinite(target) ? Math.max(1, Math.round(target)) : 1;
}

export function computeBalance(
  conversations: readonly BalanceConversation[],
  target: number,
  period?: MsRange,
): Balance {
  const t = normaliseTarget(target);
  // The conversation index hands over rows already sorted; skip the copy and sort then.
  const sorted = isSorted(conversations) ? conversations : [...conversations].sort(compareByTime);
  const fromMs = period?.fromMs ?? Number.NEGATIVE_INFINITY;
  const toMs = period?.toMs ?? Number.POSITIVE_INFINITY;

  let satisfied = 0;
  let complaints = 0;
  const quests: Quest[] = [];
  // Open quests, oldest first, with the set of clients that already paid each. Quests mostly
  // close oldest first, so closed ones are skipped from `head` instead of splicing the array.
  const open: { quest: Quest; paid: Set<string> }[] = [];
  let head = 0;

  for (const c of sorted) {
    if (c.atMs < fromMs || c.atMs >= toMs) continue;
    if (c.outcome === 'complaint') {
      complaints++;
      const quest: Quest = { complaintId: c.id, clientId: c.clientId, openedMs: c.atMs, paidClientIds: [], lacking: t };
      quests.push(quest);
      open.push({ quest, paid: new Set() });
    } else if (c.outcome === 'satisfied') {
      satisfied++;
      while (head < open.length && open[head]!.quest.lacking === 0) head++;
      for (let i = head; i < open.length; i++) {
        const entry = open[i]!;
        // Quests are opened in time order, so once one is not strictly older, none later is.
        if (entry.quest.openedMs >= c.atMs) break;
        if (entry.quest.lacking === 0 || entry.paid.has(c.clientId)) continue;
        entry.paid.add(c.clientId);
        entry.quest.paidClientIds.push(c.clientId);
        entry.quest.lacking--;
        break;
      }
    }
  }

  let owed = 0;
  for (let i = head; i < open.length; i++) owed += open[i]!.quest.lacking;
  return { satisfied, complaints, ratio: complaints === 0 ? null : satisfied / complaints, owed, quests };
}
