import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/domain/types';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('disputes');
  return (
    <span className={`severity severity-${severity}`}>
      {t('severityLabel', {
        severity: t(`severity.${severity}`, { ns: 'common' }),
      })}
    </span>
  );
}
