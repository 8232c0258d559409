import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleSize } from '../../../shared/sample/sizes';
import { useLiveQuery } from '../../db/live';
import { isJournalEmpty } from '../../db/journal';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';
import { useSampleJournalLoader } from './useSampleJournalLoader';
import './SampleJournalSettings.css';

const SIZES: SampleSize[] = ['small', 'large'];

/** Settings section: load a realistic made-up journal, only into an empty journal. */
export function SampleJournalSettings() {
  const { t } = useTranslation('search');
  const { language } = useSettings();
  const toast = useToast();
  const isEmpty = useLiveQuery(() => isJournalEmpty(), []);
  const [size, setSize] = useState<SampleSize>('small');
  const { state, load } = useSampleJournalLoader();
  const busy = state.phase === 'preparing' || state.phase === 'loading';
  const number = new Intl.NumberFormat(language);

  const onLoad = async () => {
    const result = await load(size);
    if (result.phase === 'done') {
      toast({
        tone: 'success',
        message: t('sample.done', {
          clients: number.format(result.clients),
          conversations: number.format(result.conversations),
        }),
      });
    } else if (result.phase === 'error') {
      toast({ tone: 'error', message: t('sample.failed', { message: result.message }) });
    }
  };

  const reason = isEmpty === undefined ? t('sample.checking') : !isEmpty && !busy ? t('sample.notEmpty') : null;
  return (
    <section className="card sample-settings" aria-labelledby="sample-journal-title">
      <h2 id="sample-journal-title">{t('sample.title')}</h2>
      <p className="muted">{t('sample.description')}</p>
      <fieldset className="sample-sizes" disabled={busy || !isEmpty}>
        <legend className="field-label">{t('sample.size')}</legend>
        {SIZES.map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name="sample-size" value={s} checked={size === s} onChange={() => setSize(s)} />
            {t(`sample.${s}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button-primary"
        disabled={busy || !isEmpty}
        aria-describedby={reason ? 'sample-journal-reason' : undefined}
        onClick={() => void onLoad()}
      >
        {t('sample.load')}
      </button>
      {reason && (
        <p className="field-hint" id="sample-journal-reason">
          {reason}
        </p>
      )}
      {state.phase === 'preparing' && (
        <div className="sample-progress" role="status">
          <progress aria-label={t('sample.progress')} />
          <span>{t('sample.preparing')}</span>
        </div>
      )}
      {state.phase === 'loading' && (
        <div className="sample-progress" role="status">
          <progress aria-label={t('sample.progress')} value={state.progress.done} max={state.progress.total} />
          <span>
            {t('sample.progressText', {
              done: number.format(state.progress.done),
              total: number.format(state.progress.total),
            })}
          </span>
        </div>
      )}
    </section>
  );
}
