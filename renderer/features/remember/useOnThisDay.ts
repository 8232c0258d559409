import { useMemo } from 'react';
import { buildOnThisDay, type OnThisDayItem } from '../../../shared/rules/onThisDay';
import { useSettings } from '../../shell/SettingsProvider';
import { listDecisions } from '../../db/decisions';
import { listDisputes } from '../../db/disputes';
import { useLiveQuery } from '../../db/live';
import { useClients } from '../../common/useClients';
import { useToday } from '../../common/useToday';
import { useLastContact } from './useDueToTalk';

/** "On this day" items not dismissed; `undefined` while the journal is read. */
export function useOnThisDay(): OnThisDayItem[] | undefined {
  const { settings } = useSettings();
  const today = useToday();
  const decisions = useLiveQuery(listDecisions, []);
  const disputes = useLiveQuery(listDisputes, []);
  const directory = useClients();
  const lastContact = useLastContact();
  const dismissed = settings.dismissedOnThisDay;
  return useMemo(() => {
    if (!decisions || !disputes || !directory || !lastContact) return undefined;
    return buildOnThisDay({
      today,
      nowMs: Date.now(),
      decisions,
      disputes,
      clients: directory.clients,
      lastContact,
      dismissed: new Set(dismissed),
    });
  }, [today, decisions, disputes, directory, lastContact, dismissed]);
}
