import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import { capabilities } from '../../platform/bridge';
import { Dialog } from '../../ui/Dialog';
import type { PendingRestore } from './useJournalBackup';

/** The confirm step: what the backup holds, what it replaces, and that a safety backup comes first. */
export function RestoreConfirmDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingRestore;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const { language } = useSettings();
  const { parsed } = pending;
  return (
    <Dialog
      title={t('restore.title')}
      open
      onRequestClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {tc('actions.cancel')}
          </button>
          <button type="button" className="button button-primary button-danger-fill" onClick={onConfirm}>
            {t('restore.confirm')}
          </button>
        </>
      }
    >
      <dl className="backup-facts">
        <dt>{t('restore.file')}</dt>
        <dd className="file-path">{pending.fileName}</dd>
        <dt>{t('restore.madeOn')}</dt>
        <dd>{format(new Date(parsed.createdAt), 'PPPp', { locale: dateLocale(language) })}</dd>
        <dt>{t('restore.appVersion')}</dt>
        <dd>{parsed.appVersion}</dd>
      </dl>
      <p className="backup-warning">{t('restore.replaces')}</p>
      <table className="table backup-counts">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('restore.file')}</span>
            </th>
            <th scope="col">{t('restore.now')}</th>
            <th scope="col">{t('restore.inBackup')}</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`tableTitle.${table}`)}</th>
              <td>{pending.current[table]}</td>
              <td>{parsed.counts[table]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* An empty journal has nothing to keep, so no safety backup is taken then. */}
      {!pending.currentIsEmpty && (
        <p>{t(capabilities.hasBackupsFolder ? 'restore.safetyDesktop' : 'restore.safetyBrowser')}</p>
      )}
      {parsed.settings.targetRatio !== undefined && (
        <p className="muted">{t('restore.settings', { target: parsed.settings.targetRatio })}</p>
      )}
      {parsed.migratedFrom !== null && <p className="muted">{t('restore.migrated')}</p>}
    </Dialog>
  );
}
