/**
 * Calendar-date arithmetic on `yyyy-MM-dd` strings in the local zone. Days are counted on the
 * calendar (date-fns `addDays` moves the day of the month), never as 24-hour steps, so a
 * daylight-saving change never shifts a date.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { CalendarDate } from '../domain/types';
import { localDate } from './instant';

/** Local midnight of a calendar date. */
export function parseCalendarDate(day: CalendarDate): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

export function addDaysToDate(day: CalendarDate, days: number): CalendarDate {
  return localDate(addDays(parseCalendarDate(day), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(parseCalendarDate(to), parseCalendarDate(from));
}

/** The local calendar date of an instant given in milliseconds. */
export function localDateOfMs(ms: number): CalendarDate {
  return localDate(new Date(ms));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The date `day` comes round again in `year`. 29 February comes round on 28 February in a
 * year without one, so a promise made on a leap day still has its anniversary.
 */
export function anniversaryIn(day: CalendarDate, year: number): CalendarDate {
  const monthDay = day.slice(5);
  const yyyy = String(year).padStart(4, '0');
  if (monthDay === '02-29' && !isLeapYear(year)) return `${yyyy}-02-28`;
  return `${yyyy}-${monthDay}`;
}
