import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ERASE_DELETED_AFTER_DAYS, MIN_ERASE_DELETED_AFTER_DAYS } from '../../../shared/rules/erasure';
import { useSettings } from '../../shell/SettingsProvider';

function parseDays(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= MIN_ERASE_DELETED_AFTER_DAYS && n <= MAX_ERASE_DELETED_AFTER_DAYS ? n : null;
}

/** Settings → Deleted entries: after how many days the text of a deleted entry is erased. */
export function DeletedEntriesSettings() {
  const { t } = useTranslation('settings');
  const { settings, updateSettings } = useSettings();
  const id = useId();
  const [text, setText] = useState(String(settings.eraseDeletedAfterDays));
  const days = parseDays(text);
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('deleted.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('deleted.eraseAfter')}</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={MIN_ERASE_DELETED_AFTER_DAYS}
          max={MAX_ERASE_DELETED_AFTER_DAYS}
          value={text}
          aria-invalid={days === null ? true : undefined}
          aria-describedby={`${id}-hint${days === null ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setText(e.target.value);
            const n = parseDays(e.target.value);
            if (n !== null && n !== settings.eraseDeletedAfterDays) void updateSettings({ eraseDeletedAfterDays: n });
          }}
          onBlur={() => {
            if (days === null) setText(String(settings.eraseDeletedAfterDays));
          }}
        />
        <span id={`${id}-hint`} className="field-hint">
          {t('deleted.eraseAfterHint')}
        </span>
        {days === null && (
          <span id={`${id}-error`} className="field-error">
            {t('deleted.invalid')}
          </span>
        )}
      </div>
    </section>
  );
}
