import { useLiveQuery } from '../../db/live';
import { listCallListClients } from '../../db/dashboardQueries';
import type { CallListClient } from '../../../shared/rules/callList';

/** Live clients for the call list; `undefined` while loading. */
export function useCallListClients(): CallListClient[] | undefined {
  return useLiveQuery(listCallListClients, []);
}
