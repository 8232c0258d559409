/** ISO weeks (`RRRR-'W'II`, Monday to Sunday) in local time. */
import { addWeeks, format, startOfISOWeek } from 'date-fns';

export const ISO_WEEK_FORMAT = "RRRR-'W'II";
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

export function isoWeekKey(date: Date): string {
  return format(date, ISO_WEEK_FORMAT);
}

export function isValidIsoWeekKey(weekKey: string): boolean {
  const m = WEEK_KEY.exec(weekKey);
  if (!m) return false;
  const start = weekStart(Number(m[1]), Number(m[2]));
  return isoWeekKey(start) === weekKey;
}

function weekStart(year: number, week: number): Date {
  // 4 January is always in ISO week 1 of its year.
  const week1 = startOfISOWeek(new Date(year, 0, 4));
  return addWeeks(week1, week - 1);
}

/** Local Monday 00:00 of the week to the next Monday 00:00 (exclusive). Throws on a bad key. */
export function isoWeekRange(weekKey: string): { start: Date; end: Date } {
  const m = WEEK_KEY.exec(weekKey);
  if (!m) throw new Error(`Not an ISO week: ${weekKey}`);
  const start = weekStart(Number(m[1]), Number(m[2]));
  if (isoWeekKey(start) !== weekKey) throw new Error(`Not an ISO week: ${weekKey}`);
  return { start, end: addWeeks(start, 1) };
}

/** The most recent ISO week that has fully ended before `now`. */
export function lastCompleteIsoWeek(now: Date): string {
  return isoWeekKey(addWeeks(startOfISOWeek(now), -1));
}
