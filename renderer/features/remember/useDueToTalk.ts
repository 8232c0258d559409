import { useMemo } from 'react';
import { buildDueToTalk, latestContactByClient, type DueToTalkEntry } from '../../../shared/rules/cadence';
import { useSettings } from '../../shell/SettingsProvider';
import { useConversationRows } from '../../db/useConversationRows';
import { useClients } from '../../common/useClients';
import { useLoadedProblemClientIds } from '../../common/useProblemClientIds';
import { useToday } from '../../common/useToday';

/** The latest conversation of each client up to now, recomputed when the journal changes. */
export function useLastContact(): ReadonlyMap<string, number> | undefined {
  const snapshot = useConversationRows();
  const today = useToday();
  return useMemo(
    () => (snapshot ? latestContactByClient(snapshot.rows, Date.now()) : undefined),
    // `today` moves "now" on at midnight; the snapshot's version on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot?.version, today],
  );
}

/**
 * "Due to talk": clients past their cadence, most overdue first; `undefined` until the journal,
 * the clients and the problem clients are read (a problem client is never shown unmarked).
 */
export function useDueToTalk(): DueToTalkEntry[] | undefined {
  const { settings } = useSettings();
  const directory = useClients();
  const problemClientIds = useLoadedProblemClientIds();
  const lastContact = useLastContact();
  const today = useToday();
  return useMemo(() => {
    if (!directory || !problemClientIds || !lastContact) return undefined;
    return buildDueToTalk({
      clients: directory.clients.map((c) => ({ ...c, cadenceDays: c.cadenceDays ?? null })),
      lastContact,
      defaults: settings.keepInTouch,
      today,
      problemClientIds,
    });
  }, [directory, problemClientIds, lastContact, settings.keepInTouch, today]);
}
