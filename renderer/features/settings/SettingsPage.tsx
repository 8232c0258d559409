import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { DashboardSettings } from '../dashboard/DashboardSettings';
import { BackupSettings } from '../backup/BackupSettings';
import { SampleJournalSettings } from '../sample/SampleJournalSettings';
import { QuickLogShortcutSettings } from '../conversation/QuickLogShortcutSettings';
import { GeneralSettings } from './GeneralSettings';
import { DeletedEntriesSettings } from './DeletedEntriesSettings';
import { KeepInTouchSettings } from '../remember/KeepInTouchSettings';
import './settings.css';

/** Settings: general (language, theme) plus one section per feature. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="settings-page">
      <PageHeader title={t('nav.settings')} />
      <GeneralSettings />
      <DashboardSettings />
      <KeepInTouchSettings />
      <QuickLogShortcutSettings />
      <BackupSettings />
      <DeletedEntriesSettings />
      <SampleJournalSettings />
    </div>
  );
}
