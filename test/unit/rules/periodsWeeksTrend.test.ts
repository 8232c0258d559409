import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MS, MIN_MS, periodRange } from '../../../shared/rules/periods';
import { isoWeekKey, isoWeekRange, isValidIsoWeekKey, lastCompleteIsoWeek } from '../../../shared/rules/weeks';
import { weeklyTrend } from '../../../shared/rules/trend';
import { computeBalance } from '../../../shared/rules/balance';

// Local-time rules need a zone with DST. Node re-reads TZ when it changes; restore it after so
// other test files in the same worker keep their zone.
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const HOUR = 3_600_000;

describe('time zone set-up', () => {
  it('runs in Europe/Berlin with DST on 29 March 2026', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 5, 15).getTimezoneOffset()).toBe(-120);
  });
});

describe('ISO weeks', () => {
  it('formats week keys RRRR-WII, including weeks that belong to the neighbouring year', () => {
    expect(isoWeekKey(new Date(2026, 10, 23))).toBe('2026-W48');
    expect(isoWeekKey(new Date(2026, 0, 1))).toBe('2026-W01'); // Thursday
    expect(isoWeekKey(new Date(2027, 0, 1))).toBe('2026-W53'); // Friday of 2026's week 53
    expect(isoWeekKey(new Date(2024, 11, 30))).toBe('2025-W01');
  });

  it('a week range runs from local Monday 00:00 to the next Monday 00:00, 167 hours in the DST week', () => {
    const { start, end } = isoWeekRange('2026-W13');
    expect(start).toEqual(new Date(2026, 2, 23, 0, 0));
    expect(end).toEqual(new Date(2026, 2, 30, 0, 0));
    expect(end.getTime() - start.getTime()).toBe(167 * HOUR);
    const autumn = isoWeekRange('2026-W43'); // DST ends on 25 October 2026
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(169 * HOUR);
    expect(isoWeekRange('2026-W53').start).toEqual(new Date(2026, 11, 28));
  });

  it('rejects keys that are not ISO weeks', () => {
    expect(() => isoWeekRange('2026-48')).toThrow();
    expect(() => isoWeekRange('2025-W53')).toThrow(); // 2025 has 52 ISO weeks
    expect(isValidIsoWeekKey('2026-W53')).toBe(true);
    expect(isValidIsoWeekKey('2025-W53')).toBe(false);
  });

  it('the last complete ISO week is the one before the current week', () => {
    expect(lastCompleteIsoWeek(new Date(2026, 10, 23, 9))).toBe('2026-W47'); // Monday
    expect(lastCompleteIsoWeek(new Date(2026, 10, 29, 23, 59))).toBe('2026-W47'); // Sunday
    expect(lastCompleteIsoWeek(new Date(2026, 0, 2))).toBe('2025-W52');
  });
});

describe('periodRange', () => {
  it('this week is the local ISO week, shorter by an hour across spring DST', () => {
    const r = periodRange('thisWeek', new Date(2026, 2, 29, 12)); // Sunday, DST day
    expect(r.fromMs).toBe(new Date(2026, 2, 23).getTime());
    expect(r.toMs).toBe(new Date(2026, 2, 30).getTime());
    expect(r.toMs - r.fromMs).toBe(167 * HOUR);
  });

  it('last 30 days is today and the 29 whole local days before it', () => {
    const now = new Date(2026, 3, 10, 15, 30); // 10 April, spring DST on 29 March lies inside
    const r = periodRange('last30Days', now);
    expect(r.fromMs).toBe(new Date(2026, 2, 12).getTime());
    expect(r.toMs).toBe(new Date(2026, 3, 11).getTime());
    expect(r.toMs - r.fromMs).toBe(30 * 24 * HOUR - HOUR);
  });

  it('quarter, year and all time', () => {
    const now = new Date(2026, 10, 23, 10);
    expect(periodRange('thisQuarter', now)).toEqual({
      fromMs: new Date(2026, 9, 1).getTime(),
      toMs: new Date(2027, 0, 1).getTime(),
    });
    expect(periodRange('thisYear', now)).toEqual({
      fromMs: new Date(2026, 0, 1).getTime(),
      toMs: new Date(2027, 0, 1).getTime(),
    });
    expect(periodRange('allTime', now)).toEqual({ fromMs: MIN_MS, toMs: MAX_MS });
  });

  it('conversations late on the DST Sunday are in this week; at the next local Monday 00:00 they are not', () => {
    const now = new Date(2026, 2, 25);
    const range = periodRange('thisWeek', now);
    const lateSunday = new Date(2026, 2, 29, 23, 30).getTime();
    const nextMonday = new Date(2026, 2, 30, 0, 0).getTime();
    const b = computeBalance(
      [
        { id: 'x1', clientId: 'A', atMs: new Date(2026, 2, 23, 0, 0).getTime(), outcome: 'complaint' },
        { id: 'x2', clientId: 'B', atMs: lateSunday, outcome: 'satisfied' },
        { id: 'x3', clientId: 'C', atMs: nextMonday, outcome: 'satisfied' },
      ],
      10,
      range,
    );
    expect(b).toMatchObject({ complaints: 1, satisfied: 1, owed: 9 });
    // A fixed 7 × 24 h week would have wrongly included the next Monday 00:00 conversation.
    expect(range.fromMs + 7 * 24 * HOUR).toBeGreaterThan(nextMonday);
  });
});

describe('weeklyTrend', () => {
  it('buckets conversations per local week across DST, oldest week first', () => {
    const now = new Date(2026, 3, 1, 12); // Wednesday of 2026-W14
    const rows = [
      { atMs: new Date(2026, 2, 29, 23, 30).getTime(), outcome: 'satisfied' as const }, // Sunday of W13 (DST)
      { atMs: new Date(2026, 2, 23, 0, 0).getTime(), outcome: 'complaint' as const }, // Monday of W13
      { atMs: new Date(2026, 2, 30, 0, 0).getTime(), outcome: 'satisfied' as const }, // Monday of W14
      { atMs: new Date(2026, 2, 31, 9).getTime(), outcome: 'neutral' as const },
      { atMs: new Date(2026, 2, 1).getTime(), outcome: 'complaint' as const }, // too old for 3 weeks
    ];
    const trend = weeklyTrend(rows, { now, weeks: 3 });
    expect(trend.map((w) => w.weekKey)).toEqual(['2026-W12', '2026-W13', '2026-W14']);
    expect(trend.map((w) => [w.satisfied, w.complaints, w.ratio])).toEqual([
      [0, 0, null],
      [1, 1, 1],
      [1, 0, null],
    ]);
    expect(trend[1]!.endMs - trend[1]!.startMs).toBe(167 * HOUR);
  });

  it('Sunday weeks start on Sunday and carry the ISO key of their Monday', () => {
    const now = new Date(2026, 10, 25); // Wednesday
    const trend = weeklyTrend([{ atMs: new Date(2026, 10, 22, 10).getTime(), outcome: 'satisfied' }], {
      now,
      weeks: 2,
      weekStartsOn: 0,
    });
    expect(new Date(trend[1]!.startMs)).toEqual(new Date(2026, 10, 22));
    expect(trend[1]!.weekKey).toBe('2026-W48');
    expect(trend[1]!.satisfied).toBe(1);
    // The same Sunday conversation falls into the previous ISO week with Monday starts.
    const iso = weeklyTrend([{ atMs: new Date(2026, 10, 22, 10).getTime(), outcome: 'satisfied' }], { now, weeks: 2 });
    expect(iso.map((w) => w.satisfied)).toEqual([1, 0]);
  });

  it('gives 52 buckets for a year and an empty list for zero weeks', () => {
    expect(weeklyTrend([], { now: new Date(2026, 10, 23), weeks: 52 })).toHaveLength(52);
    expect(weeklyTrend([], { now: new Date(2026, 10, 23), weeks: 0 })).toEqual([]);
  });
});
