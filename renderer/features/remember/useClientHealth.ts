import { useMemo } from 'react';
import { assessClients, type ClientHealth } from '../../../shared/rules/clientHealth';
import { resolveCadence } from '../../../shared/rules/cadence';
import { useSettings } from '../../shell/SettingsProvider';
import { useConversationRows } from '../../db/useConversationRows';
import { listActiveDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { useClients } from '../../common/useClients';
import { useToday } from '../../common/useToday';

/**
 * Health of every live, not archived client (the last outcomes and the risk); `undefined` while
 * the journal is read. Recomputed when conversations, clients, disputes or cadences change.
 */
export function useClientHealth(): ReadonlyMap<string, ClientHealth> | undefined {
  const { settings } = useSettings();
  const snapshot = useConversationRows();
  const directory = useClients();
  const activeDisputes = useLiveQuery(listActiveDisputes, []);
  const today = useToday();
  const rows = snapshot?.rows;
  return useMemo(() => {
    if (!rows || !directory || !activeDisputes) return undefined;
    return assessClients({
      clients: directory.clients,
      rows,
      activeDisputes,
      cadenceOf: (clientId) => {
        const client = directory.byId.get(clientId);
        if (!client) return null;
        return (
          resolveCadence(
            { vip: client.vip, tags: client.tags, cadenceDays: client.cadenceDays ?? null },
            settings.keepInTouch,
          )?.days ?? null
        );
      },
      today,
      nowMs: Date.now(),
    });
  }, [rows, directory, activeDisputes, settings.keepInTouch, today]);
}
