import { useMemo } from 'react';
import { buildCallList, type CallListEntry } from '../../../shared/rules/callList';
import type { IndexSnapshot } from '../../db/conversationIndex';
import { useLoadedProblemClientIds } from '../../common/useProblemClientIds';
import { useCallListClients } from './useCallListClients';

/**
 * The whole call list (callers slice it), recomputed only when conversations, clients, problem
 * clients or the day change. `undefined` while loading.
 */
export function useCallList(snapshot: IndexSnapshot | undefined, today: string): CallListEntry[] | undefined {
  const clients = useCallListClients();
  // A problem client never shows on the list, not even before the disputes are read.
  const problemIds = useLoadedProblemClientIds();
  return useMemo(
    () =>
      snapshot && clients && problemIds && today
        ? buildCallList({
            clients,
            conversations: snapshot.rows,
            asOfMs: Date.now(),
            problemClientIds: problemIds,
          })
        : undefined,
    [snapshot, clients, problemIds, today],
  );
}
