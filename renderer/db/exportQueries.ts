/**
 * Reads for the journal CSV export (the weekly summary's live reads are in useSummaryRecords.ts).
 * Ranges on `at` are indexed (instants are UTC ISO strings, so string order is time order).
 */
import type { Client, Conversation } from '../../shared/domain/types';
import { db } from './db';
import { isLive } from '../../shared/domain/records';

export interface ExportBatch {
  conversations: Conversation[];
  done: number;
  total: number;
}

/**
 * Live conversations with `fromIso <= at < toIso` (either end open), in time order, read in
 * pages so a 50 000-row export can report progress and does not hold one huge transaction.
 */
export async function readConversationsForExport(
  fromIso: string | null,
  toIso: string | null,
  onProgress?: (done: number, total: number) => void,
  pageSize = 5000,
): Promise<Conversation[]> {
  const range = () =>
    fromIso !== null && toIso !== null
      ? db.conversations.where('at').between(fromIso, toIso, true, false)
      : fromIso !== null
        ? db.conversations.where('at').aboveOrEqual(fromIso)
        : toIso !== null
          ? db.conversations.where('at').below(toIso)
          : db.conversations.orderBy('at');
  const total = await range().count();
  const out: Conversation[] = [];
  for (let offset = 0; offset < total; offset += pageSize) {
    const page = await range().offset(offset).limit(pageSize).toArray();
    for (const c of page) if (isLive(c)) out.push(c);
    onProgress?.(Math.min(total, offset + page.length), total);
    if (page.length < pageSize) break;
  }
  return out;
}

/** Clients by id (missing ids are left out). */
export async function readClientsById(ids: Iterable<string>): Promise<Map<string, Client>> {
  const unique = [...new Set(ids)];
  const clients = await db.clients.bulkGet(unique);
  const map = new Map<string, Client>();
  for (const c of clients) if (c) map.set(c.id, c);
  return map;
}
