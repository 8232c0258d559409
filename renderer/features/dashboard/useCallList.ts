import { useMemo } from 'react';
import { buildCallList, type CallListEntry } from '../../../shared/rules/callList';
import type { Quest } from '../../../shared/rules/balance';
import type { IndexSnapshot } from '../../db/conversationIndex';
import { useLoadedProblemClientIds } from '../../common/useProblemClientIds';
import { useCallListClients } from './useCallListClients';

/**
 * The whole call list (callers slice it) for the quests of a period, recomputed only when
 * conversations, quests, clients, problem clients or the day change. `undefined` while loading;
 * empty when nothing is owed.
 */
export function useCallList(
  snapshot: IndexSnapshot | undefined,
  quests: readonly Quest[] | undefined,
  today: string,
): CallListEntry[] | undefined {
  const clients = useCallListClients();
  // A problem client never shows on the list, not even before the disputes are read.
  const problemIds = useLoadedProblemClientIds();
  return useMemo(
    () =>
      snapshot && quests && clients && problemIds && today
        ? buildCallList({
            clients,
            conversations: snapshot.rows,
            quests,
            asOfMs: Date.now(),
            problemClientIds: problemIds,
          })
        : undefined,
    [snapshot, quests, clients, problemIds, today],
  );
}
