import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { formatUnderstood, formatWhenField, readWhen, whenInstant } from '../../../shared/dates/whenPhrase';
import { useSettings } from '../../shell/SettingsProvider';
import { fromLocalInput, toLocalInput } from './conversationForm';

/**
 * "When" as words: a text field read by shared/dates/whenPhrase.ts ("yesterday 15:00", "вчера в
 * 15:00", empty for now), what it understood shown next to it in the app's language, and a
 * calendar button that opens the browser's date-and-time picker for the mouse.
 */
export function WhenField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (when: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('conversation');
  const { language } = useSettings();
  const id = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  // Read once per change of the text (chrono takes a moment), against the time it was typed.
  const understood = useMemo(() => describe(value, new Date(), language, t), [value, language, t]);

  const openPicker = () => {
    const picker = pickerRef.current;
    if (!picker) return;
    const now = new Date();
    picker.value = toLocalInput(whenInstant(value, now, language) ?? now);
    try {
      picker.showPicker();
    } catch {
      // No picker here (or not allowed now): the phrase field still takes any date.
      picker.focus();
    }
  };

  return (
    <div data-field="when" className="field conversation-when">
      <label htmlFor={`${id}-when`}>{t('fields.when')}</label>
      <div className="when-control">
        <input
          id={`${id}-when`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={t('placeholders.when')}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-understood`}
        />
        <button
          type="button"
          className="icon-button when-calendar"
          aria-label={t('when.pick')}
          title={t('when.pick')}
          onClick={openPicker}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
        <input
          ref={pickerRef}
          type="datetime-local"
          className="when-picker"
          data-testid="when-picker"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const picked = fromLocalInput(e.target.value);
            if (picked) onChange(formatWhenField(picked, language));
          }}
        />
      </div>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : (
        <span
          id={`${id}-understood`}
          className={`field-hint when-understood${understood.isKnown ? '' : ' is-unknown'}`}
        >
          {understood.text}
        </span>
      )}
    </div>
  );
}

function describe(
  value: string,
  now: Date,
  language: Language,
  t: (key: string) => string,
): { text: string; isKnown: boolean } {
  const reading = readWhen(value, now, language);
  if (reading.kind === 'now') return { text: t('when.now'), isKnown: true };
  if (reading.kind === 'invalid') return { text: t('when.notUnderstood'), isKnown: false };
  return { text: formatUnderstood(reading.date, now, language), isKnown: true };
}
