import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';
import './dashboard.css';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Settings section: target ratio, week start, nudges and quiet hours. */
export function DashboardSettings() {
  const { t } = useTranslation('dashboard');
  const { settings, updateSettings } = useSettings();
  const toast = useToast();
  const id = useId();
  // Number fields keep what is typed, so an invalid entry can be shown and corrected.
  const [targetText, setTargetText] = useState(String(settings.targetRatio));
  const [daysText, setDaysText] = useState(String(settings.nudgeAfterDays));
  const targetValid = parseWhole(targetText, 1, 50) !== null;
  const daysValid = parseWhole(daysText, 1, 60) !== null;

  const save = (patch: Partial<Settings>) => {
    updateSettings(patch).catch((error: unknown) =>
      toast({
        message: t('settings.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        tone: 'error',
      }),
    );
  };

  return (
    <section className="card dashboard-settings settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>

      <div className="field">
        <label htmlFor={`${id}-target`}>{t('settings.target')}</label>
        <input
          id={`${id}-target`}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          step={1}
          value={targetText}
          aria-invalid={!targetValid}
          aria-describedby={`${id}-target-hint`}
          onChange={(e) => {
            setTargetText(e.target.value);
            const n = parseWhole(e.target.value, 1, 50);
            if (n !== null && n !== settings.targetRatio) save({ targetRatio: n });
          }}
          onBlur={() => {
            if (!targetValid) setTargetText(String(settings.targetRatio));
          }}
        />
        <span
          id={`${id}-target-hint`}
          className={targetValid ? 'field-hint' : 'field-error'}
          role={targetValid ? undefined : 'alert'}
        >
          {targetValid ? t('settings.targetHint') : t('settings.targetError')}
        </span>
      </div>

      <div className="field">
        <label htmlFor={`${id}-week`}>{t('settings.weekStart')}</label>
        <select
          id={`${id}-week`}
          value={String(settings.weekStartsOn)}
          onChange={(e) => save({ weekStartsOn: e.target.value === '0' ? 0 : 1 })}
        >
          <option value="1">{t('settings.monday')}</option>
          <option value="0">{t('settings.sunday')}</option>
        </select>
      </div>

      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.nudgesEnabled}
            onChange={(e) => save({ nudgesEnabled: e.target.checked })}
          />
          {t('settings.nudges')}
        </label>
        <span className="field-hint">{t('settings.nudgesHint')}</span>
      </div>

      <fieldset className="dashboard-settings-nudges" disabled={!settings.nudgesEnabled}>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('settings.nudgeAfter')}</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            step={1}
            value={daysText}
            aria-invalid={!daysValid}
            aria-describedby={`${id}-days-hint`}
            onChange={(e) => {
              setDaysText(e.target.value);
              const n = parseWhole(e.target.value, 1, 60);
              if (n !== null && n !== settings.nudgeAfterDays) save({ nudgeAfterDays: n });
            }}
            onBlur={() => {
              if (!daysValid) setDaysText(String(settings.nudgeAfterDays));
            }}
          />
          <span
            id={`${id}-days-hint`}
            className={daysValid ? 'field-hint' : 'field-error'}
            role={daysValid ? undefined : 'alert'}
          >
            {daysValid ? t('settings.nudgeAfterHint') : t('settings.nudgeAfterError')}
          </span>
        </div>
        <div className="row dashboard-settings-quiet">
          <div className="field">
            <label htmlFor={`${id}-quiet-from`}>{t('settings.quietFrom')}</label>
            <input
              id={`${id}-quiet-from`}
              type="time"
              value={settings.quietHoursStart}
              aria-describedby={`${id}-quiet-hint`}
              onChange={(e) => TIME.test(e.target.value) && save({ quietHoursStart: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-quiet-to`}>{t('settings.quietTo')}</label>
            <input
              id={`${id}-quiet-to`}
              type="time"
              value={settings.quietHoursEnd}
              aria-describedby={`${id}-quiet-hint`}
              onChange={(e) => TIME.test(e.target.value) && save({ quietHoursEnd: e.target.value })}
            />
          </div>
        </div>
        <span id={`${id}-quiet-hint`} className="field-hint">
          {t('settings.quietHint')}
        </span>
      </fieldset>
    </section>
  );
}
