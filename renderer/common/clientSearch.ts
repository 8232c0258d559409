/** Ranking for the client combobox: name prefix, then word prefix, then anywhere in name or organization. */
import type { Client } from '../../shared/domain/types';
import { findClientNamed, normaliseName } from '../../shared/rules/clientNames';

export { normaliseName };

function rank(client: Client, q: string): number {
  const name = normaliseName(client.name);
  const org = normaliseName(client.organization);
  if (name.startsWith(q)) return 0;
  if (name.split(' ').some((w) => w.startsWith(q))) return 1;
  if (org.startsWith(q) || org.split(' ').some((w) => w.startsWith(q))) return 2;
  if (name.includes(q) || org.includes(q)) return 3;
  return -1;
}

/** Up to `limit` clients matching the query, best first; archived clients after live ones. */
export function searchClients(clients: readonly Client[], query: string, limit = 8): Client[] {
  const q = normaliseName(query);
  if (!q) return clients.filter((c) => !c.archivedAt).slice(0, limit);
  const scored: { client: Client; score: number }[] = [];
  for (const client of clients) {
    const r = rank(client, q);
    if (r >= 0) scored.push({ client, score: r + (client.archivedAt ? 10 : 0) });
  }
  // `clients` is already sorted by name, and sort is stable, so equal scores stay alphabetical.
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map((s) => s.client);
}

export function findClientByExactName(clients: readonly Client[], name: string): Client | undefined {
  return findClientNamed(clients, name);
}

/** One line of the picker's list: a client, or "Create “name”". */
export type ClientOption = { kind: 'client'; client: Client } | { kind: 'create'; name: string };

/**
 * What the picker lists for `query`. While the clients are still loading (`undefined`) it
 * offers nothing, and never "Create": Enter on a name that exists would create a duplicate.
 */
export function clientOptions(
  clients: readonly Client[] | undefined,
  query: string,
  allowCreate: boolean,
): ClientOption[] {
  if (!clients) return [];
  const found: ClientOption[] = searchClients(clients, query).map((client) => ({ kind: 'client', client }));
  const name = query.trim();
  if (allowCreate && name && !findClientNamed(clients, name)) found.push({ kind: 'create', name });
  return found;
}
