/**
 * Client import: the existing clients a plan checks duplicates against, and the write —
 * every new client and every merge in ONE transaction, so an import is all or nothing.
 */
import type { Client } from '../../shared/domain/types';
import { mergeFields, type ExistingClient, type ResolvedImport } from '../../shared/import/plan';
import { nowInstant } from '../../shared/dates/instant';
import { buildClient } from './clients';
import { db, type RapportDb } from './db';
import { isLive } from '../../shared/domain/records';

/** Live clients (archived included: they are still the same people). */
export async function loadClientsForImport(database: RapportDb = db): Promise<ExistingClient[]> {
  const all = await database.clients.toArray();
  return all.filter(isLive).map(({ id, name, organization, role, phone, email, tags, vip }) => ({
    id,
    name,
    organization,
    role,
    phone,
    email,
    tags,
    vip,
  }));
}

export interface ImportOutcome {
  createdIds: string[];
  /** The merged clients as they were before, for Undo. */
  mergedBefore: Client[];
}

export async function applyClientImport(resolved: ResolvedImport, database: RapportDb = db): Promise<ImportOutcome> {
  const now = nowInstant();
  const created = resolved.creates.map((candidate) => buildClient(candidate, now));
  const ids = resolved.merges.map((m) => m.clientId);
  return database.transaction('rw', database.clients, async () => {
    // Merges read the stored record inside the transaction, so an edit made while the
    // dialog was open is not overwritten.
    const stored = await database.clients.bulkGet(ids);
    const before: Client[] = [];
    const after: Client[] = [];
    resolved.merges.forEach((merge, i) => {
      const client = stored[i];
      if (!client || client.deletedAt !== null) return;
      before.push(client);
      after.push({ ...merge.incoming.reduce<Client>((acc, inc) => mergeFields(acc, inc), client), updatedAt: now });
    });
    await database.clients.bulkAdd(created);
    await database.clients.bulkPut(after);
    return { createdIds: created.map((c) => c.id), mergedBefore: before };
  });
}

/** Undo an import: tombstone the new clients and put merged ones back as they were. */
export async function undoClientImport(outcome: ImportOutcome, database: RapportDb = db): Promise<void> {
  const now = nowInstant();
  await database.transaction('rw', database.clients, async () => {
    await database.clients.bulkUpdate(
      outcome.createdIds.map((key) => ({ key, changes: { deletedAt: now, updatedAt: now } })),
    );
    await database.clients.bulkPut(outcome.mergedBefore);
  });
}
