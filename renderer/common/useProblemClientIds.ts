/**
 * Ids of clients shown as problem clients: the manual flag, or an open or in-correction
 * dispute. The derived part is a live query over the disputes status index, so resolving the
 * last dispute of a client clears the mark everywhere at once.
 */
import { useMemo } from 'react';
import type { Client } from '../../shared/domain/types';
import { problemClientIds } from '../../shared/rules/disputes';
import { listActiveDisputes } from '../db/disputes';
import { useLiveQuery } from '../db/live';

const EMPTY: ReadonlySet<string> = new Set<string>();

/** The problem clients, empty until the disputes are read (marks that may appear a moment late). */
export function useProblemClientIds(): ReadonlySet<string> {
  return useLoadedProblemClientIds() ?? EMPTY;
}

/**
 * The problem clients, `undefined` until the disputes are read: for views that must never show a
 * problem client unmarked, or on the call list, even for a moment (render a skeleton meanwhile).
 */
export function useLoadedProblemClientIds(): ReadonlySet<string> | undefined {
  const active = useLiveQuery(listActiveDisputes, []);
  // Joined into a string so a dispute edit that does not change the set keeps the same Set.
  const key = active ? [...problemClientIds(active)].sort().join(',') : undefined;
  return useMemo(() => (key === undefined ? undefined : key ? new Set(key.split(',')) : EMPTY), [key]);
}

export function isProblemClient(client: Client, derived: ReadonlySet<string>): boolean {
  return client.problem || derived.has(client.id);
}
