import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { BackupStatus } from '../../../shared/ipc/contract';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { call, capabilities } from '../../platform/bridge';
import { useToast } from '../../ui/Toasts';

/** Last automatic backup, the folder, "Change folder…" and "Open folder" (desktop app only). */
export function AutomaticBackups() {
  const { t } = useTranslation('backup');
  const { settings, language, reloadSettings } = useSettings();
  const toast = useToast();
  const [status, setStatus] = useState<BackupStatus | null>(null);

  useEffect(() => {
    if (!capabilities.hasBackupsFolder) return;
    let live = true;
    call('backup:status', null)
      .then((s) => live && setStatus(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [settings.lastBackupAt, settings.backupFolder]);

  const changeFolder = useCallback(async () => {
    try {
      const next = await call('backup:chooseFolder', null);
      if (next) {
        setStatus(next);
        await reloadSettings();
        toast({ message: t('auto.folderChanged', { folder: next.folder }), tone: 'success' });
      }
    } catch (e) {
      toast({ message: e instanceof Error ? e.message : String(e), tone: 'error' });
    }
  }, [toast, t, reloadSettings]);

  const openFolder = useCallback(async () => {
    try {
      await call('backup:openFolder', null);
    } catch (e) {
      toast({ message: e instanceof Error ? e.message : String(e), tone: 'error' });
    }
  }, [toast]);

  if (!capabilities.hasBackupsFolder) {
    return (
      <div className="backup-auto">
        <h3>{t('auto.title')}</h3>
        <p className="muted" data-testid="backup-auto-desktop-only">
          {t('auto.desktopOnly')}
        </p>
      </div>
    );
  }

  const last = settings.lastBackupAt ?? status?.lastBackupAt ?? null;
  return (
    <div className="backup-auto">
      <h3>{t('auto.title')}</h3>
      <p className="muted">{t('auto.description')}</p>
      <dl className="backup-facts">
        <dt>{t('auto.last')}</dt>
        <dd data-testid="backup-last">
          {last ? format(new Date(last), 'PPPp', { locale: dateLocale(language) }) : t('auto.never')}
        </dd>
        <dt>{t('auto.folder')}</dt>
        <dd className="file-path">
          {status?.folder ?? '…'}
          {status && <span className="muted"> · {t('auto.files', { count: status.files.length })}</span>}
        </dd>
      </dl>
      <div className="backup-actions">
        <button type="button" className="button" onClick={() => void changeFolder()}>
          {t('auto.changeFolder')}
        </button>
        <button type="button" className="button" onClick={() => void openFolder()}>
          {t('auto.openFolder')}
        </button>
      </div>
    </div>
  );
}
