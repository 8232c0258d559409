import { useTranslation } from 'react-i18next';
import { ROOT_CAUSES, SEVERITIES, type RootCause, type Severity } from '../../../shared/domain/types';

interface Props {
  idPrefix: string;
  rootCause: RootCause;
  severity: Severity;
  onRootCause: (value: RootCause) => void;
  onSeverity: (value: Severity) => void;
}

/** Root cause and severity selects, shared by the new-dispute dialog and the dispute page. */
export function DisputeFormFields({ idPrefix, rootCause, severity, onRootCause, onSeverity }: Props) {
  const { t } = useTranslation('disputes');
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={`${idPrefix}-root`}>{t('fields.rootCause')}</label>
        <select id={`${idPrefix}-root`} value={rootCause} onChange={(e) => onRootCause(e.target.value as RootCause)}>
          {ROOT_CAUSES.map((c) => (
            <option key={c} value={c}>
              {t(`rootCause.${c}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-severity`}>{t('fields.severity')}</label>
        <select id={`${idPrefix}-severity`} value={severity} onChange={(e) => onSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
