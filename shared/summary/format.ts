/** Formatting shared by the summary's sections: numbers, dates and the document's labels. */
import { format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { CalendarDate } from '../domain/types';
import type { Language } from '../domain/settings';
import { dateLocale } from '../dates/locales';
import type { SummaryLabels } from './types';

export function numberLocale(language: Language): string {
  return language === 'ru' ? 'ru-RU' : 'en-GB';
}

/** "23–29 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027". */
export function formatWeekRange(first: Date, last: Date, language: Language): string {
  const locale = dateLocale(language);
  if (first.getFullYear() !== last.getFullYear()) {
    return `${format(first, 'd MMMM yyyy', { locale })} – ${format(last, 'd MMMM yyyy', { locale })}`;
  }
  if (first.getMonth() !== last.getMonth()) {
    return `${format(first, 'd MMMM', { locale })} – ${format(last, 'd MMMM yyyy', { locale })}`;
  }
  return `${format(first, 'd', { locale })}–${format(last, 'd MMMM yyyy', { locale })}`;
}

/** "23 Nov 2026", or `none` when there is no date. */
export function formatCalendarDate(date: CalendarDate | null, language: Language, none: string): string {
  if (!date) return none;
  return format(parseISO(date), 'd MMM yyyy', { locale: dateLocale(language) });
}

export function labelsFrom(t: TFunction): SummaryLabels {
  return {
    sections: t('summary:doc.sections', { returnObjects: true }) as SummaryLabels['sections'],
    columns: t('summary:doc.columns', { returnObjects: true }) as SummaryLabels['columns'],
    empty: t('summary:doc.empty', { returnObjects: true }) as SummaryLabels['empty'],
    overdue: t('summary:doc.overdue'),
    private: t('summary:doc.private'),
    incognito: t('summary:doc.incognito'),
    vip: t('summary:doc.vip'),
    none: t('common:none'),
  };
}
