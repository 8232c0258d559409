import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../shell/SettingsProvider';
import { call, capabilities } from '../../platform/bridge';
import { acceleratorFromKeys, DEFAULT_QUICK_LOG_SHORTCUT, displayAccelerator } from './accelerator';
import './QuickLogShortcutSettings.css';

type Message = { tone: 'info' | 'error'; text: string } | null;

/** Settings section: the global quick-log shortcut, recorded by pressing the keys. */
export function QuickLogShortcutSettings() {
  const { t } = useTranslation('search');
  const { settings, appInfo, updateSettings } = useSettings();
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const isMac = appInfo.platform === 'darwin';
  const current = settings.quickLogShortcut;
  const shown = (accelerator: string) => displayAccelerator(accelerator, isMac);

  const apply = async (accelerator: string) => {
    const previous = current;
    try {
      await updateSettings({ quickLogShortcut: accelerator });
      const { registered } = await call('shortcut:set', { accelerator });
      if (registered) setMessage({ tone: 'info', text: t('shortcut.saved', { shortcut: shown(accelerator) }) });
      else if (capabilities.globalShortcut) {
        // Another application owns it: keep the shortcut that works.
        await updateSettings({ quickLogShortcut: previous });
        await call('shortcut:set', { accelerator: previous });
        setMessage({ tone: 'error', text: t('shortcut.taken', { shortcut: shown(accelerator) }) });
      } else setMessage({ tone: 'info', text: t('shortcut.saved', { shortcut: shown(accelerator) }) });
    } catch (error) {
      setMessage({ tone: 'error', text: t('shortcut.failed', { message: (error as Error).message }) });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    if (event.key === 'Tab') {
      setRecording(false);
      return;
    }
    // The keys belong to the recorder: not to Ctrl+N, Ctrl+K or the browser.
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      setRecording(false);
      return;
    }
    const result = acceleratorFromKeys(event);
    if (result.kind === 'needsModifier') setMessage({ tone: 'error', text: t('shortcut.needsModifier') });
    if (result.kind !== 'accelerator') return;
    setRecording(false);
    void apply(result.accelerator);
  };

  return (
    <section className="card quicklog-settings" aria-labelledby="quick-log-shortcut-title">
      <h2 id="quick-log-shortcut-title">{t('shortcut.title')}</h2>
      <p className="muted">{t('shortcut.description')}</p>
      <div className="shortcut-row">
        <span className="field-label" id="quick-log-shortcut-label">
          {t('shortcut.current')}
        </span>
        <kbd className="shortcut-keys" aria-labelledby="quick-log-shortcut-label" data-testid="quick-log-shortcut">
          {shown(current)}
        </kbd>
        <button
          type="button"
          className={`button${recording ? ' button-primary' : ''}`}
          aria-pressed={recording}
          aria-describedby={recording ? 'quick-log-shortcut-recording' : undefined}
          onClick={() => {
            setMessage(null);
            setRecording((r) => !r);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          {recording ? t('shortcut.recording') : t('shortcut.change')}
        </button>
        <button
          type="button"
          className="button"
          disabled={current === DEFAULT_QUICK_LOG_SHORTCUT}
          onClick={() => void apply(DEFAULT_QUICK_LOG_SHORTCUT)}
        >
          {t('shortcut.reset')}
        </button>
      </div>
      {recording && (
        <p className="field-hint" id="quick-log-shortcut-recording">
          {t('shortcut.recordingHint')}
        </p>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'field-error' : 'field-hint'} role="status">
          {message.text}
        </p>
      )}
      {!capabilities.globalShortcut && <p className="field-hint">{t('shortcut.browserOnly')}</p>}
    </section>
  );
}
