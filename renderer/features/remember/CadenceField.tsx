import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCadenceDays } from './cadenceText';

export type CadenceMode = 'default' | 'off' | 'days';

/** What the client dialog holds for the cadence while it is edited. */
export interface CadenceFormValue {
  mode: CadenceMode;
  daysText: string;
}

export function cadenceFormOf(cadenceDays: number | 'off' | undefined): CadenceFormValue {
  if (cadenceDays === 'off') return { mode: 'off', daysText: '30' };
  if (typeof cadenceDays === 'number') return { mode: 'days', daysText: String(cadenceDays) };
  return { mode: 'default', daysText: '30' };
}

/** The client's `cadenceDays` (undefined = follow the defaults), or null while the days are invalid. */
export function cadenceOfForm(value: CadenceFormValue): { cadenceDays: number | 'off' | undefined } | null {
  if (value.mode === 'default') return { cadenceDays: undefined };
  if (value.mode === 'off') return { cadenceDays: 'off' };
  const days = parseCadenceDays(value.daysText);
  return days === null ? null : { cadenceDays: days };
}

/** "Keep in touch" in the client dialog: the defaults, off, or every N days. */
export function CadenceField({
  value,
  onChange,
  showError,
}: {
  value: CadenceFormValue;
  onChange: (value: CadenceFormValue) => void;
  /** Show the days error (after a save attempt). */
  showError: boolean;
}) {
  const { t } = useTranslation('remember');
  const id = useId();
  const invalid = showError && cadenceOfForm(value) === null;
  return (
    <div className="row cadence-field">
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('cadence.field')}</label>
        <select
          id={`${id}-mode`}
          value={value.mode}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ ...value, mode: e.target.value as CadenceMode })}
        >
          <option value="default">{t('cadence.useDefault')}</option>
          <option value="off">{t('cadence.off')}</option>
          <option value="days">{t('cadence.days')}</option>
        </select>
        <span id={`${id}-hint`} className="field-hint">
          {t('cadence.hint')}
        </span>
      </div>
      {value.mode === 'days' && (
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('cadence.daysLabel')}</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            value={value.daysText}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-days-error` : undefined}
            onChange={(e) => onChange({ ...value, daysText: e.target.value })}
          />
          {invalid && (
            <span id={`${id}-days-error`} className="field-error" role="alert">
              {t('cadence.daysError')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
