// The When field's phrases, in a zone with daylight saving time. Must be the first import.
import '../summary/tz-berlin';
import { describe, expect, it } from 'vitest';
import { formatUnderstood, formatWhenField, readWhen, whenInstant } from '../../../shared/dates/whenPhrase';
import type { Language } from '../../../shared/domain/settings';

/** Monday 23 November 2026, 11:30 in Berlin (CET, UTC+1). */
const NOW = new Date('2026-11-23T10:30:00Z');

function iso(text: string, language: Language, now = NOW): string | null {
  return whenInstant(text, now, language)?.toISOString() ?? null;
}

describe('reading When', () => {
  it('reads the English phrases of the issue relative to now', () => {
    expect(iso('yesterday 15:00', 'en')).toBe('2026-11-22T14:00:00.000Z');
    expect(iso('yesterday at 3 pm', 'en')).toBe('2026-11-22T14:00:00.000Z');
    expect(iso('last Friday 10:30', 'en')).toBe('2026-11-20T09:30:00.000Z');
    expect(iso('2 hours ago', 'en')).toBe('2026-11-23T08:30:00.000Z');
    expect(iso('10:30', 'en')).toBe('2026-11-23T09:30:00.000Z');
    expect(iso('30 Nov 2026 15:00', 'en')).toBe('2026-11-30T14:00:00.000Z');
  });

  it('reads the Russian phrases of the issue relative to now', () => {
    expect(iso('вчера в 15:00', 'ru')).toBe('2026-11-22T14:00:00.000Z');
    expect(iso('в понедельник 10:30', 'ru')).toBe('2026-11-23T09:30:00.000Z');
    expect(iso('в прошлую пятницу в 10:30', 'ru')).toBe('2026-11-20T09:30:00.000Z');
    expect(iso('2 часа назад', 'ru')).toBe('2026-11-23T08:30:00.000Z');
    expect(iso('30.11.2026 15:00', 'ru')).toBe('2026-11-30T14:00:00.000Z');
  });

  it('keeps the time of day it is now for a day without a time', () => {
    expect(iso('позавчера', 'ru')).toBe('2026-11-21T10:30:00.000Z');
    expect(iso('last Friday', 'en')).toBe('2026-11-20T10:30:00.000Z');
    expect(iso('today', 'en')).toBe('2026-11-23T10:30:00.000Z');
  });

  it('tries the other language second', () => {
    expect(iso('yesterday 15:00', 'ru')).toBe('2026-11-22T14:00:00.000Z');
    expect(iso('вчера в 15:00', 'en')).toBe('2026-11-22T14:00:00.000Z');
  });

  it('reads empty as now, and a native picker value as local time', () => {
    expect(readWhen('  ', NOW, 'en')).toEqual({ kind: 'now' });
    expect(iso('', 'ru')).toBe(NOW.toISOString());
    expect(iso('2026-11-20T09:15', 'en')).toBe('2026-11-20T08:15:00.000Z');
    expect(readWhen('2026-02-31T09:15', NOW, 'en')).toEqual({ kind: 'invalid' });
  });

  it('refuses what it cannot read, and a phrase read only in part', () => {
    expect(readWhen('blah', NOW, 'en')).toEqual({ kind: 'invalid' });
    expect(readWhen('ерунда', NOW, 'ru')).toEqual({ kind: 'invalid' });
    // chrono alone would read only "15:00" of it and drop the date.
    expect(readWhen('30.11 at 15:00 or so', NOW, 'en')).toEqual({ kind: 'invalid' });
    expect(readWhen('yesterday and today', NOW, 'en')).toEqual({ kind: 'invalid' });
  });

  describe('across the end of summer time (Sunday 25 October 2026, 03:00 CEST → 02:00 CET)', () => {
    /** Monday 26 October 2026, 10:00 in Berlin (CET, UTC+1). */
    const MONDAY = new Date('2026-10-26T09:00:00Z');

    it('puts a wall-clock time on the right side of the change', () => {
      // Sunday 15:00 is already CET; Saturday 15:00 was still CEST.
      expect(iso('yesterday 15:00', 'en', MONDAY)).toBe('2026-10-25T14:00:00.000Z');
      expect(iso('вчера в 15:00', 'ru', MONDAY)).toBe('2026-10-25T14:00:00.000Z');
      expect(iso('позавчера', 'ru', MONDAY)).toBe('2026-10-24T08:00:00.000Z');
      expect(iso('last Friday 10:30', 'en', MONDAY)).toBe('2026-10-23T08:30:00.000Z');
      expect(iso('в пятницу 10:30', 'ru', MONDAY)).toBe('2026-10-23T08:30:00.000Z');
    });

    it('counts "hours ago" in real hours over the change', () => {
      // 03:30 CET on the Sunday is 02:30 UTC; two real hours before is 00:30 UTC (02:30 CEST).
      const sunday = new Date('2026-10-25T02:30:00Z');
      expect(iso('2 hours ago', 'en', sunday)).toBe('2026-10-25T00:30:00.000Z');
      expect(iso('2 часа назад', 'ru', sunday)).toBe('2026-10-25T00:30:00.000Z');
    });
  });
});

describe('showing When', () => {
  it('shows what it understood in the app language, with the year only when it is not this one', () => {
    const date = new Date('2026-11-30T14:00:00Z');
    expect(formatUnderstood(date, NOW, 'en')).toBe('Mon 30 Nov, 15:00');
    expect(formatUnderstood(date, NOW, 'ru')).toBe('пнд 30 нояб., 15:00');
    expect(formatUnderstood(new Date('2025-12-31T08:05:00Z'), NOW, 'en')).toBe('Wed 31 Dec 2025, 09:05');
  });

  it('writes an instant into the field so that it reads back the same, every month, in both languages', () => {
    for (const language of ['en', 'ru'] as const) {
      for (let month = 0; month < 12; month++) {
        const date = new Date(2026, month, 9 + month, 7 + month, 5 * month);
        const text = formatWhenField(date, language);
        expect(whenInstant(text, NOW, language)?.getTime(), `${language}: ${text}`).toBe(date.getTime());
      }
    }
    expect(formatWhenField(new Date('2026-11-30T14:00:00Z'), 'en')).toBe('30 Nov 2026 15:00');
    expect(formatWhenField(new Date('2026-11-30T14:00:00Z'), 'ru')).toBe('30.11.2026 15:00');
  });
});
