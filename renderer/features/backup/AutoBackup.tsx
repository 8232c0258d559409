import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickBackupSettings } from '../../../shared/backup/format';
import { isJournalEmpty } from '../../db/journal';
import { useSettings } from '../../shell/SettingsProvider';
import { bridge, capabilities } from '../../platform/bridge';
import { useToast } from '../../ui/Toasts';
import { isBackupDue } from '../../../shared/backup/schedule';
import { writeAutoBackup } from './backupFiles';
import { exportJournalInWorker } from './backupInWorker';

const HOUR = 60 * 60 * 1000;

/**
 * Background: the daily automatic backup (checked at start and every hour) and the on-quit
 * one. Desktop only: the browser build has no backups folder, so it stays silent there.
 */
export function AutoBackup() {
  const { t } = useTranslation('backup');
  const toast = useToast();
  const { settings, appInfo, reloadSettings } = useSettings();
  const latest = useRef({ settings, appInfo, reloadSettings, toast, t });
  latest.current = { settings, appInfo, reloadSettings, toast, t };
  const running = useRef<Promise<void> | null>(null);

  const writeNow = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const work = (async () => {
      const { settings: s, appInfo: info, reloadSettings: reload } = latest.current;
      // An empty journal (fresh profile) must not rotate real backups out of the folder.
      if (await isJournalEmpty()) return;
      const now = new Date();
      const exported = await exportJournalInWorker({ appVersion: info.version, settings: pickBackupSettings(s), now });
      const path = await writeAutoBackup(exported);
      // Main records the time of the backup it wrote; read it back.
      if (path !== null) await reload();
    })()
      .catch((error: unknown) => {
        const { toast: show, t: tr } = latest.current;
        show({
          message: tr('auto.failed', { message: error instanceof Error ? error.message : String(error) }),
          tone: 'error',
        });
      })
      .finally(() => {
        running.current = null;
      });
    running.current = work;
    return work;
  }, []);

  useEffect(() => {
    if (!capabilities.hasBackupsFolder) return;
    const check = () => {
      if (isBackupDue(latest.current.settings.lastBackupAt, Date.now())) void writeNow();
    };
    check();
    const timer = setInterval(check, HOUR);
    return () => clearInterval(timer);
  }, [writeNow]);

  useEffect(
    () =>
      bridge.on('backup:beforeQuit', () => {
        // Main only asks when the last backup is older than a day; quit waits for this.
        void writeNow().finally(() => bridge.readyToQuit());
      }),
    [writeNow],
  );

  return null;
}
