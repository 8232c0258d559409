/**
 * Every live client (archived included), read once per change of the clients table. 2 000
 * clients are a few hundred kilobytes: the journal, the dialog's combobox and the clients
 * list filter them in memory instead of querying IndexedDB on each keystroke.
 */
import { useMemo } from 'react';
import type { Client } from '../../shared/domain/types';
import { getClient, listClients } from '../db/clients';
import { useLiveQuery } from '../db/live';

export interface ClientDirectory {
  /** Sorted by name (locale-aware). */
  clients: readonly Client[];
  byId: ReadonlyMap<string, Client>;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareClientNames(a: Client, b: Client): number {
  return collator.compare(a.name, b.name) || collator.compare(a.organization, b.organization);
}

/** `undefined` while loading (show a skeleton). */
export function useClients(): ClientDirectory | undefined {
  const all = useLiveQuery(() => listClients({ includeArchived: true }), []);
  return useMemo(() => {
    if (!all) return undefined;
    const clients = [...all].sort(compareClientNames);
    return { clients, byId: new Map(clients.map((c) => [c.id, c])) };
  }, [all]);
}

/** A live single client (deleted ones are `null`); `undefined` while loading. */
export function useClient(clientId: string | null | undefined): Client | null | undefined {
  return useLiveQuery(async () => (clientId ? ((await getClient(clientId)) ?? null) : null), [clientId]);
}
