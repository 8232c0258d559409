import { Nudges } from '../features/dashboard/Nudges';
import { AutoBackup } from '../features/backup/AutoBackup';
import { SettingsRecoveredNotice } from '../features/backup/SettingsRecoveredNotice';
import { EraseDeletedEntries } from '../features/settings/EraseDeletedEntries';

/**
 * Background work that runs while the app is open. Each feature contributes one component;
 * they render nothing or a banner.
 */
export function AppServices() {
  return (
    <>
      <Nudges />
      <AutoBackup />
      <SettingsRecoveredNotice />
      <EraseDeletedEntries />
    </>
  );
}
