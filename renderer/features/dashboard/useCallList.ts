import { useMemo } from 'react';
import { buildCallList, type CallListEntry } from '../../../shared/rules/callList';
import type { IndexSnapshot } from '../../db/conversationIndex';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import { useCallListClients } from './useCallListClients';

/**
 * The whole call list (callers slice it), recomputed only when conversations, clients, problem
 * clients or the day change. `undefined` while loading.
 */
export function useCallList(snapshot: IndexSnapshot | undefined, today: string): CallListEntry[] | undefined {
  const clients = useCallListClients();
  const problemIds = useProblemClientIds();
  // The set may be a new object on every render; key the memo on its contents instead.
  const problemKey = [...problemIds].sort().join('\n');
  const stableProblemIds = useMemo(() => new Set(problemKey ? problemKey.split('\n') : []), [problemKey]);
  return useMemo(
    () =>
      snapshot && clients && today
        ? buildCallList({
            clients,
            conversations: snapshot.rows,
            asOfMs: Date.now(),
            problemClientIds: stableProblemIds,
          })
        : undefined,
    [snapshot, clients, stableProblemIds, today],
  );
}
