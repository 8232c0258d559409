/**
 * The sample journal's dates. Instants are stored in UTC (`toISOString`); calendar dates are the
 * director's, from an explicit offset from UTC and never from this machine's time zone, so the
 * same options give the same journal everywhere; days are added on the calendar (date-fns).
 */
import { addDaysToDate } from '../dates/calendar';
import type { CalendarDate, Instant } from '../domain/types';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The stored instant form, `2026-11-23T12:04:00.000Z`. */
export function iso(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** The calendar date of an instant in a time zone `offsetMs` ahead of UTC. */
export function localDate(offsetMs: number, ms: number): CalendarDate {
  return iso(ms + offsetMs).slice(0, 10);
}

/** Midnight of the local day of `ms`, on the zone's clock (UTC ms shifted by `offsetMs`). */
export function localMidnight(offsetMs: number, ms: number): number {
  return Math.floor((ms + offsetMs) / DAY_MS) * DAY_MS;
}

/** Saturday or Sunday, for a value from `localMidnight`. */
export function isWeekend(localMidnightMs: number): boolean {
  const weekday = new Date(localMidnightMs).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return addDaysToDate(date, days);
}
