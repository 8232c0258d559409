import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { isValidIsoWeekKey, isoWeekKey, lastCompleteIsoWeek } from '../../../shared/rules/weeks';
import { PageHeader } from '../../ui/PageHeader';
import { useSettings } from '../../shell/SettingsProvider';
import { href, navigate, useRoute } from '../../shell/useRoute';
import { WeekPicker } from './WeekPicker';
import { SummaryPreview } from './SummaryPreview';
import { useWeeklySummary } from './useWeeklySummary';
import { useSummaryExport, type SummaryFormat } from './useSummaryExport';
import './summary.css';

const FORMATS: { format: SummaryFormat; key: string }[] = [
  { format: 'markdown', key: 'page.exportMarkdown' },
  { format: 'html', key: 'page.exportHtml' },
  { format: 'pdf', key: 'page.exportPdf' },
  { format: 'csv', key: 'page.exportCsv' },
];

/**
 * The assistant's Monday page: pick a week (the last complete one by default), preview the
 * summary and export it. The chosen week lives in the address (`#/summary?week=2026-W48`).
 */
export function SummaryPage() {
  const { t } = useTranslation('summary');
  const { t: ta } = useTranslation('agenda');
  const { settings, language: appLanguage, updateSettings } = useSettings();
  const route = useRoute();
  // The page is opened for minutes, not across midnight: "now" at mount is good enough.
  const [now] = useState(() => new Date());
  const ids = { private: useId(), language: useId() };
  const [includePrivate, setIncludePrivate] = useState(false);

  const { defaultWeek, currentWeek } = useMemo(
    () => ({ defaultWeek: lastCompleteIsoWeek(now), currentWeek: isoWeekKey(now) }),
    [now],
  );
  const requested = route.query.get('week');
  const week = requested && isValidIsoWeekKey(requested) && requested <= currentWeek ? requested : defaultWeek;
  const setWeek = (next: string) => navigate(`/summary?week=${next}`);

  const language: Language = settings.summaryLanguage ?? appLanguage;
  const model = useWeeklySummary(week, {
    includePrivate,
    language,
    target: settings.targetRatio,
    nowMs: now.getTime(),
  });
  const { busy, exportAs } = useSummaryExport();

  return (
    <div className="summary-page">
      <PageHeader
        title={t('page.title')}
        actions={[
          // The meeting agenda for any period has its own page, opened from here.
          <a key="agenda" className="button" href={href('/agenda')}>
            {ta('page.title')}
          </a>,
          ...FORMATS.map(({ format, key }) => (
            <button
              key={format}
              type="button"
              className={`button${format === 'pdf' ? ' button-primary' : ''}`}
              disabled={!model || busy !== null}
              aria-busy={busy === format}
              onClick={() => model && void exportAs(format, model)}
            >
              {t(key)}
            </button>
          )),
        ]}
      />

      <div className="toolbar summary-controls">
        <WeekPicker week={week} maxWeek={currentWeek} language={appLanguage} onChange={setWeek} />
        <div className="field summary-language">
          <label htmlFor={ids.language}>{t('page.language')}</label>
          <select
            id={ids.language}
            value={settings.summaryLanguage ?? ''}
            onChange={(e) => {
              const value = e.target.value;
              void updateSettings({
                summaryLanguage: (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : null,
              });
            }}
          >
            <option value="">{t('page.languageApp')}</option>
            <option value="en">{t('page.languageEn')}</option>
            <option value="ru">{t('page.languageRu')}</option>
          </select>
        </div>
        <div className="summary-private">
          <label className="checkbox" htmlFor={ids.private}>
            <input
              id={ids.private}
              type="checkbox"
              checked={includePrivate}
              onChange={(e) => setIncludePrivate(e.target.checked)}
            />
            {t('page.includePrivate')}
          </label>
          <span className="field-hint">{t('page.includePrivateHint')}</span>
        </div>
      </div>

      {includePrivate && (
        <p className="summary-warning" role="status">
          {t('page.privateIncluded')}
        </p>
      )}
      {model && model.totals.conversations === 0 && <p className="summary-note muted">{t('page.emptyWeek')}</p>}

      {model ? (
        <SummaryPreview model={model} />
      ) : (
        <div className="summary-skeleton" aria-busy="true" aria-label={t('page.previewLoading')}>
          <span />
          <span />
          <span />
          <span />
        </div>
      )}
    </div>
  );
}
