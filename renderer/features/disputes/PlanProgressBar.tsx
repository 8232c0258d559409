import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../../shared/rules/disputes';

/** "3/5" with a thin bar; no plan shows a dash. */
export function PlanProgressBar({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation('disputes');
  if (progress.total === 0) return <span className="muted">{t('plan.none')}</span>;
  const label = t('plan.progressLabel', {
    done: progress.done,
    total: progress.total,
  });
  return (
    <span className="plan-progress" title={label}>
      <span aria-hidden="true" className="plan-progress-bar">
        <span style={{ width: `${(100 * progress.done) / progress.total}%` }} />
      </span>
      <span aria-label={label}>
        {progress.done}/{progress.total}
      </span>
    </span>
  );
}
