/** Client repository. */
import type { Client } from '../../shared/domain/types';
import { nowInstant } from '../../shared/dates/instant';
import { db } from './db';
import { newRecordBase } from './records';
import { isLive } from '../../shared/domain/records';

export type ClientInput = Pick<Client, 'name'> &
  Partial<
    Pick<Client, 'organization' | 'role' | 'phone' | 'email' | 'tags' | 'vip' | 'problem' | 'notes' | 'cadenceDays'>
  >;

export function buildClient(input: ClientInput, now: string = nowInstant()): Client {
  const name = input.name.trim();
  if (!name) throw new Error('A client needs a name.');
  return {
    ...newRecordBase(now),
    name,
    organization: input.organization?.trim() ?? '',
    role: input.role?.trim() ?? '',
    phone: input.phone?.trim() ?? '',
    email: input.email?.trim() ?? '',
    tags: input.tags ?? [],
    vip: input.vip ?? false,
    problem: input.problem ?? false,
    notes: input.notes ?? '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
    ...(input.cadenceDays !== undefined ? { cadenceDays: input.cadenceDays } : {}),
  };
}

export async function createClient(input: ClientInput): Promise<Client> {
  const client = buildClient(input);
  await db.clients.add(client);
  return client;
}

/**
 * Updates a client. A `cadenceDays` key present with `undefined` removes the client's own
 * cadence (Dexie deletes a property updated to undefined): the client follows the defaults again.
 */
export async function updateClient(id: string, patch: Partial<ClientInput>): Promise<void> {
  const changes: Partial<Client> = { ...patch, updatedAt: nowInstant() };
  if (patch.name !== undefined) {
    const name = patch.name.trim();
    if (!name) throw new Error('A client needs a name.');
    changes.name = name;
  }
  await db.clients.update(id, changes);
}

export async function setClientArchived(id: string, archived: boolean): Promise<void> {
  const now = nowInstant();
  await db.clients.update(id, { archivedAt: archived ? now : null, updatedAt: now });
}

export async function getClient(id: string): Promise<Client | undefined> {
  const client = await db.clients.get(id);
  return isLive(client) ? client : undefined;
}

/** Live clients (not deleted), archived ones only when asked, sorted by name. */
export async function listClients(options: { includeArchived?: boolean } = {}): Promise<Client[]> {
  const all = await db.clients.orderBy('name').toArray();
  // A protected journal stores names sealed (the index sees ''): sort the opened names here, in
  // the index's own code-unit order (a stable sort: unprotected, the order is unchanged).
  all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return all.filter((c) => isLive(c) && (options.includeArchived || c.archivedAt === null));
}
