import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type Theme } from '../../../shared/domain/settings';
import { useSettings } from '../../shell/SettingsProvider';
import { RadioGroup } from '../../ui/RadioGroup';
import './settings.css';

/** Names of languages in themselves, so anyone can find their own. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

/** Settings → General: language and theme. */
export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const { language, settings, appInfo, updateSettings } = useSettings();
  const id = useId();
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('general')}</h2>
      <div className="settings-grid">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            aria-describedby={`${id}-language-hint`}
            onChange={(e) => {
              const next = LANGUAGES.find((l) => l === e.target.value);
              if (next) void updateSettings({ language: next });
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <span id={`${id}-language-hint`} className="field-hint">
            {t('languageHint')}
          </span>
        </div>
        <RadioGroup<Theme>
          className="field"
          label={t('theme')}
          options={THEMES.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
          value={settings.theme}
          onChange={(theme) => void updateSettings({ theme })}
        />
      </div>
      <p className="muted settings-about">
        {t('dataLocation', { path: appInfo.userDataPath })} · {t('version', { version: appInfo.version })}
      </p>
    </section>
  );
}
