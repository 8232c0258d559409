/** Dashboard periods as local-time ranges [fromMs, toMs). ISO weeks start on Monday. */
import {
  addDays,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfISOWeek,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import type { MsRange } from './balance';

export const PERIOD_KEYS = ['thisWeek', 'last30Days', 'thisQuarter', 'thisYear', 'allTime'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export const DEFAULT_PERIOD: PeriodKey = 'last30Days';

/** The earliest and latest instants a JavaScript Date can hold: "all time" stays finite. */
export const MIN_MS = -8.64e15;
export const MAX_MS = 8.64e15;

export function isPeriodKey(value: unknown): value is PeriodKey {
  return typeof value === 'string' && (PERIOD_KEYS as readonly string[]).includes(value);
}

/**
 * Calendar periods run to the end of the calendar unit (a conversation planned later this week
 * still belongs to this week). "Last 30 days" is today and the 29 days before it, whole days.
 */
export function periodRange(key: PeriodKey, now: Date): MsRange {
  switch (key) {
    case 'thisWeek': {
      const start = startOfISOWeek(now);
      return { fromMs: start.getTime(), toMs: addWeeks(start, 1).getTime() };
    }
    case 'last30Days': {
      const today = startOfDay(now);
      return { fromMs: addDays(today, -29).getTime(), toMs: addDays(today, 1).getTime() };
    }
    case 'thisQuarter': {
      const start = startOfQuarter(now);
      return { fromMs: start.getTime(), toMs: addQuarters(start, 1).getTime() };
    }
    case 'thisYear': {
      const start = startOfYear(now);
      return { fromMs: start.getTime(), toMs: addYears(start, 1).getTime() };
    }
    case 'allTime':
      return { fromMs: MIN_MS, toMs: MAX_MS };
  }
}

/**
 * The rows of a time-sorted list that fall in [fromMs, toMs), found by binary search so a short
 * period over 50 000 conversations does not scan them all.
 */
export function rowsInRange<T extends { atMs: number }>(sortedRows: readonly T[], range: MsRange): readonly T[] {
  const lower = (ms: number) => {
    let lo = 0;
    let hi = sortedRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedRows[mid]!.atMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = lower(range.fromMs);
  const to = lower(range.toMs);
  return from === 0 && to === sortedRows.length ? sortedRows : sortedRows.slice(from, to);
}
