/**
 * The call list: clients worth calling to pay what is owed (PRODUCT.md). Only clients who can
 * still pay at least one open quest (not yet counted in it): a client counts once per quest, so
 * calling someone who already paid every open quest cannot reduce what is owed. Satisfied in their
 * latest conversation, never a problem client, not archived or deleted; VIPs first, then the ones
 * not contacted for the longest time. When nothing is owed there is no call list.
 */
import type { BalanceConversation, Quest } from './balance';

export interface CallListClient {
  id: string;
  name: string;
  organization: string;
  vip: boolean;
  /** Manual problem flag. */
  problem: boolean;
  archivedAt: string | null;
  deletedAt: string | null;
}

export interface CallListEntry {
  clientId: string;
  name: string;
  organization: string;
  vip: boolean;
  lastContactMs: number;
}

export function buildCallList(args: {
  clients: readonly CallListClient[];
  conversations: readonly BalanceConversation[];
  /** The quests of the period (from computeBalance); only open ones (still lacking) count. */
  quests: readonly Quest[];
  asOfMs: number;
  /** Derived problem clients (open disputes); the manual flag is read from the client. */
  problemClientIds: ReadonlySet<string>;
  limit?: number;
}): CallListEntry[] {
  const { clients, conversations, quests, asOfMs, problemClientIds, limit } = args;
  const open = quests.filter((q) => q.lacking > 0 && q.openedMs < asOfMs).map((q) => new Set(q.paidClientIds));
  // Nothing owed: no call list.
  if (open.length === 0) return [];
  const canStillPay = (clientId: string): boolean => open.some((paid) => !paid.has(clientId));
  const latest = new Map<string, BalanceConversation>();
  for (const c of conversations) {
    if (c.atMs >= asOfMs) continue;
    const prev = latest.get(c.clientId);
    if (!prev || c.atMs > prev.atMs || (c.atMs === prev.atMs && c.id > prev.id)) latest.set(c.clientId, c);
  }
  const entries: CallListEntry[] = [];
  for (const client of clients) {
    if (client.deletedAt !== null || client.archivedAt !== null) continue;
    if (client.problem || problemClientIds.has(client.id)) continue;
    if (!canStillPay(client.id)) continue;
    const last = latest.get(client.id);
    if (!last || last.outcome !== 'satisfied') continue;
    entries.push({
      clientId: client.id,
      name: client.name,
      organization: client.organization,
      vip: client.vip,
      lastContactMs: last.atMs,
    });
  }
  entries.sort(
    (a, b) =>
      Number(b.vip) - Number(a.vip) ||
      a.lastContactMs - b.lastContactMs ||
      a.name.localeCompare(b.name) ||
      (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
  return limit === undefined ? entries : entries.slice(0, Math.max(0, limit));
}
