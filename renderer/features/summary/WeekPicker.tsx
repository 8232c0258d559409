import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, addWeeks, format } from 'date-fns';
import type { Language } from '../../../shared/domain/settings';
import { isoWeekKey, isoWeekRange } from '../../../shared/rules/weeks';
import { dateLocale } from '../../../shared/dates/locales';

/** How far back the week list goes (about three years). */
const WEEKS_BACK = 160;

export function shiftWeek(week: string, by: number): string {
  return isoWeekKey(addWeeks(isoWeekRange(week).start, by));
}

/** "2026-W48 · 23–29 Nov 2026", "2026-W49 · 30 Nov – 6 Dec 2026" */
function weekOptionLabel(week: string, language: Language): string {
  const { start } = isoWeekRange(week);
  const locale = dateLocale(language);
  const sunday = addDays(start, 6);
  const first =
    start.getMonth() === sunday.getMonth()
      ? format(start, 'd', { locale })
      : format(start, start.getFullYear() === sunday.getFullYear() ? 'd MMM' : 'd MMM yyyy', { locale });
  const separator = start.getMonth() === sunday.getMonth() ? '–' : ' – ';
  return `${week} · ${first}${separator}${format(sunday, 'd MMM yyyy', { locale })}`;
}

/**
 * ISO week chooser: previous / a list of weeks with their dates / next. A list rather than
 * `<input type="week">`: it shows the dates in the app language and works in every engine.
 */
export function WeekPicker({
  week,
  maxWeek,
  language,
  onChange,
}: {
  week: string;
  maxWeek: string;
  language: Language;
  onChange: (week: string) => void;
}) {
  const { t } = useTranslation('summary');
  const id = useId();
  const weeks = useMemo(() => {
    const list: string[] = [];
    for (let i = 0; i < WEEKS_BACK; i++) list.push(shiftWeek(maxWeek, -i));
    // A week older than the list (typed into the address) still shows as chosen.
    if (!list.includes(week)) list.push(week);
    return list.map((key) => ({ key, label: weekOptionLabel(key, language) }));
  }, [maxWeek, week, language]);
  const next = shiftWeek(week, 1);
  // The step buttons are named by hidden text, not aria-label, so "Week" labels only the list.
  return (
    <div className="field summary-week">
      <label htmlFor={id}>{t('page.week')}</label>
      <div className="summary-week-controls">
        <button
          type="button"
          className="button summary-week-step"
          title={t('page.previousWeek')}
          onClick={() => onChange(shiftWeek(week, -1))}
        >
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t('page.previousWeek')}</span>
        </button>
        <select id={id} value={week} onChange={(e) => onChange(e.target.value)}>
          {weeks.map((w) => (
            <option key={w.key} value={w.key}>
              {w.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button summary-week-step"
          title={t('page.nextWeek')}
          disabled={next > maxWeek}
          onClick={() => onChange(next)}
        >
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">{t('page.nextWeek')}</span>
        </button>
      </div>
    </div>
  );
}
