import { useTranslation } from 'react-i18next';
import { AutomaticBackups } from './AutomaticBackups';
import { BackupProgress } from './BackupProgress';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { useJournalBackup } from './useJournalBackup';
import './backup.css';

/** Settings section: Back up now, Restore from backup…, automatic backups folder. */
export function BackupSettings() {
  const { t } = useTranslation('backup');
  const backup = useJournalBackup();
  return (
    <section
      className="card settings-section backup-section"
      aria-labelledby="backup-title"
      data-testid="backup-settings"
    >
      <h2 id="backup-title">{t('section.title')}</h2>
      <p className="muted backup-intro">{t('section.intro')}</p>
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={backup.isBusy}
          onClick={() => void backup.backUpNow()}
        >
          {t('section.backUpNow')}
        </button>
        <button
          type="button"
          className="button"
          disabled={backup.isBusy}
          onClick={() => void backup.chooseRestoreFile()}
        >
          {t('section.restore')}
        </button>
      </div>
      {backup.progress && <BackupProgress progress={backup.progress} />}
      {backup.error && (
        <div className="error-panel" role="alert" data-testid="backup-error">
          <strong>{t('restore.invalidTitle')}</strong>
          {backup.error.fileName && <span className="file-path">{backup.error.fileName}</span>}
          <span>{backup.error.message}</span>
        </div>
      )}
      {backup.result && (
        <p className="backup-result" role="status" data-testid="backup-result">
          {backup.result}
        </p>
      )}
      <AutomaticBackups />
      {backup.pending && (
        <RestoreConfirmDialog
          pending={backup.pending}
          onConfirm={() => void backup.confirmRestore()}
          onCancel={backup.cancelRestore}
        />
      )}
    </section>
  );
}
