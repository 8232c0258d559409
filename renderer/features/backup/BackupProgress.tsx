import { useTranslation } from 'react-i18next';
import type { Progress } from './useJournalBackup';

/** A labelled progress bar for the long steps (reading, writing, checking, replacing). */
export function BackupProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation('backup');
  const label = t(`phase.${progress.phase}`);
  return (
    <div className="backup-progress" role="status" data-testid="backup-progress">
      <span>{label}</span>
      <progress value={Math.round(progress.done * 100)} max={100} aria-label={label} />
    </div>
  );
}
