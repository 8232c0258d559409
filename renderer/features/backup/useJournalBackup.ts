/** State and actions of the Backup settings section: back up now, check a file, restore it. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickBackupSettings, type BackupCounts } from '../../../shared/backup/format';
import { BackupError, type ParsedBackup } from '../../../shared/backup/parse';
import { countJournal, restoreJournal, type BackupPhase } from '../../db/backup';
import { isJournalEmpty } from '../../db/journal';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';
import { keepSafetyBackup, saveBackupFile } from './backupFiles';
import { openFileBase64 } from '../../platform/files';
import { checkBackupFileInWorker, exportJournalInWorker } from './backupInWorker';
import { describeProblem } from './describeProblem';

export interface Progress {
  phase: BackupPhase;
  done: number;
}

export interface PendingRestore {
  fileName: string;
  parsed: ParsedBackup;
  /** Records now, tombstones included, as the backup counts them. */
  current: BackupCounts;
  /** The journal now is empty (`isEmptyJournal`): no safety backup is taken. */
  currentIsEmpty: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useJournalBackup() {
  const { t } = useTranslation('backup');
  const toast = useToast();
  const { settings, appInfo, updateSettings } = useSettings();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<{ fileName: string; message: string } | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const onProgress = useCallback((phase: BackupPhase, done: number) => setProgress({ phase, done }), []);

  const backUpNow = useCallback(async () => {
    setError(null);
    setResult(null);
    setProgress({ phase: 'reading', done: 0 });
    try {
      const exported = await exportJournalInWorker({
        appVersion: appInfo.version,
        settings: pickBackupSettings(settings),
        onProgress,
      });
      const saved = await saveBackupFile(exported);
      if (saved === null) toast({ message: t('section.cancelled') });
      else
        toast({
          message:
            saved.kind === 'saved'
              ? t('section.saved', { path: saved.path })
              : t('section.savedBrowser', { path: saved.name }),
          tone: 'success',
          duration: 8000,
        });
    } catch (e) {
      toast({ message: t('section.failed', { message: messageOf(e) }), tone: 'error' });
    } finally {
      setProgress(null);
    }
  }, [appInfo, settings, onProgress, toast, t]);

  const chooseRestoreFile = useCallback(async () => {
    setError(null);
    setResult(null);
    let fileName = '';
    try {
      const file = await openFileBase64(['json'], 'Rapport backup');
      if (!file) return;
      fileName = file.name;
      setProgress({ phase: 'checking', done: 0 });
      const parsed = await checkBackupFileInWorker(file.base64, onProgress);
      setPending({ fileName, parsed, current: await countJournal(), currentIsEmpty: await isJournalEmpty() });
    } catch (e) {
      const message =
        e instanceof BackupError ? describeProblem(t, e.problem) : t('restore.readFailed', { message: messageOf(e) });
      setError({ fileName, message });
    } finally {
      setProgress(null);
    }
  }, [onProgress, t]);

  const confirmRestore = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    setProgress({ phase: 'safety', done: 0 });
    try {
      const restored = await restoreJournal(pending.parsed, {
        appVersion: appInfo.version,
        currentSettings: pickBackupSettings(settings),
        keepSafetyBackup,
        onProgress,
        // The worker reads the same database through its own connection.
        exportCurrent: ({ appVersion, settings: kept, now, fileNamePrefix, onProgress: report }) =>
          exportJournalInWorker({ appVersion, settings: kept, now, fileNamePrefix, onProgress: report }),
      });
      if (Object.keys(restored.settings).length) await updateSettings(restored.settings);
      const c = restored.counts;
      const done = t('restore.done', {
        clients: t('counts.clients', { count: c.clients }),
        conversations: t('counts.conversations', { count: c.conversations }),
        disputes: t('counts.disputes', { count: c.disputes }),
        decisions: t('counts.decisions', { count: c.decisions }),
      });
      const kept = restored.safetyBackup ? ` ${t('restore.safetyKept', { path: restored.safetyBackup })}` : '';
      setResult(done + kept);
      toast({ message: done, tone: 'success', duration: 8000 });
    } catch (e) {
      setError({ fileName: pending.fileName, message: t('restore.failed', { message: messageOf(e) }) });
    } finally {
      setProgress(null);
    }
  }, [pending, appInfo, settings, updateSettings, onProgress, toast, t]);

  return {
    progress,
    error,
    pending,
    result,
    backUpNow,
    chooseRestoreFile,
    confirmRestore,
    cancelRestore: () => setPending(null),
    isBusy: progress !== null,
  };
}
