import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_KEYS, type PeriodKey } from '../../../shared/rules/periods';

export function PeriodSelect({ value, onChange }: { value: PeriodKey; onChange: (period: PeriodKey) => void }) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  return (
    <div className="dashboard-period">
      <label htmlFor={id}>{t('period.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as PeriodKey)}>
        {PERIOD_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`period.${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
