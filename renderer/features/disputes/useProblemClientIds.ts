/**
 * Ids of clients shown as problem clients: the manual flag, or (once disputes exist) an open
 * or in-correction dispute. The disputes feature fills in the derived part.
 */
import type { Client } from '../../../shared/domain/types';

export function useProblemClientIds(): ReadonlySet<string> {
  return new Set<string>();
}

export function isProblemClient(client: Client, derived: ReadonlySet<string>): boolean {
  return client.problem || derived.has(client.id);
}
