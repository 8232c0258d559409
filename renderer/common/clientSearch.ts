/** Ranking for the client combobox: name prefix, then word prefix, then anywhere in name or organization. */
import type { Client } from '../../shared/domain/types';

export function normaliseName(text: string): string {
  return text.trim().toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

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
  const q = normaliseName(name);
  if (!q) return undefined;
  const live = clients.filter((c) => normaliseName(c.name) === q);
  return live.find((c) => !c.archivedAt) ?? live[0];
}
