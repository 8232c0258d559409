/**
 * What every section builder of the summary needs: the week's bounds, the language's formatters
 * and labels, the clients by id, and which entries are visible.
 */
import type { Locale } from 'date-fns';
import type { TFunction } from 'i18next';
import type { CalendarDate, Client } from '../domain/types';
import type { Language } from '../domain/settings';
import { createI18n } from '../i18n/createI18n';
import { dateLocale } from '../dates/locales';
import { localDate } from '../dates/instant';
import { isoWeekRange } from '../rules/weeks';
import { labelsFrom, numberLocale } from './format';
import { summaryVisibility, type SummaryVisibility } from './privacy';
import type { SummaryLabels, WeeklySummaryInput, WeeklySummaryOptions } from './types';

export interface SummaryWeek {
  week: string;
  /** Monday 00:00 and the next Monday 00:00, local time. */
  start: Date;
  end: Date;
  fromMs: number;
  toMs: number;
  /** Sunday of the week. */
  lastDayDate: Date;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  /** The first day after the week: anything due before it is overdue at week end. */
  dayAfter: CalendarDate;
  /**
   * The week is still running (now is before its end). Then statuses, overdue counts and the
   * call list are as of now; for a complete week they are as of its end.
   */
  inProgress: boolean;
  /** The instant statuses are read at: now during the week, its end once it is over. */
  asOfMs: number;
  /** The day the figures are as of (today, or the week's Sunday). */
  asOfDate: Date;
  asOfDay: CalendarDate;
  /** Due dates before this day are overdue: today during the week, the day after it once over. */
  overdueBefore: CalendarDate;
}

export interface SummaryContext {
  language: Language;
  includePrivate: boolean;
  t: TFunction;
  locale: Locale;
  numbers: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  labels: SummaryLabels;
  week: SummaryWeek;
  clients: ReadonlyMap<string, Client>;
  clientName: (id: string) => string;
  visible: SummaryVisibility;
}

/** The week's bounds; `nowMs` (absent: the week is read as complete) tells a week in progress. */
export function summaryWeek(week: string, nowMs?: number): SummaryWeek {
  const { start, end } = isoWeekRange(week);
  // Sunday of the week: the day before next Monday (DST-safe: calendar arithmetic on the date).
  const lastDayDate = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  const inProgress = nowMs !== undefined && nowMs < end.getTime();
  const asOfDate = inProgress ? new Date(nowMs) : lastDayDate;
  return {
    week,
    start,
    end,
    fromMs: start.getTime(),
    toMs: end.getTime(),
    lastDayDate,
    firstDay: localDate(start),
    lastDay: localDate(lastDayDate),
    dayAfter: localDate(end),
    inProgress,
    asOfMs: inProgress ? nowMs : end.getTime(),
    asOfDate,
    asOfDay: localDate(asOfDate),
    overdueBefore: inProgress ? localDate(asOfDate) : localDate(end),
  };
}

export function createSummaryContext(input: WeeklySummaryInput, options: WeeklySummaryOptions): SummaryContext {
  const { language, includePrivate } = options;
  const t = createI18n(language).t;
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  return {
    language,
    includePrivate,
    t,
    locale: dateLocale(language),
    numbers: new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 0 }),
    labels: labelsFrom(t),
    week: summaryWeek(input.week, input.nowMs),
    clients,
    clientName: (id) => clients.get(id)?.name || t('summary:doc.unknownClient'),
    visible: summaryVisibility(input, includePrivate),
  };
}
