// Weeks that contain a daylight-saving change, in Europe/Berlin. Must be the first import.
import './tz-berlin';
import { describe, expect, it } from 'vitest';
import { buildWeeklySummary } from '../../../shared/summary/model';
import { local, summaryFixture } from '../../fixtures/summary-week';
import type { Conversation } from '../../../shared/domain/types';

function weekWith(week: string, times: [string, string][]) {
  const base = summaryFixture();
  const template = base.conversations.find((c) => c.id === 'c2')!;
  const conversations: Conversation[] = times.map(([id, at]) => ({
    ...template,
    id,
    at,
    summary: id,
    feedback: { ...template.feedback },
  }));
  return buildWeeklySummary(
    {
      ...base,
      week,
      conversations,
      journal: conversations.map((c) => ({
        id: c.id,
        clientId: c.clientId,
        atMs: Date.parse(c.at),
        outcome: c.outcome,
        private: false,
      })),
    },
    { includePrivate: false, language: 'en' },
  );
}

describe('weekly summary across a DST change (Europe/Berlin)', () => {
  it('runs in a zone with DST', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(-120);
  });

  it('autumn: 2026-W43 is 169 hours long and keeps both local ends', () => {
    const m = weekWith('2026-W43', [
      ['before', local(2026, 10, 18, 23, 59, 59)],
      ['monday', local(2026, 10, 19, 0, 0, 0)],
      // 02:30 happens twice on 25 October; either is inside the week.
      ['repeated-hour', '2026-10-25T01:30:00.000Z'],
      ['sunday', local(2026, 10, 25, 23, 59, 59)],
      ['after', local(2026, 10, 26, 0, 0, 0)],
    ]);
    expect(m.toMs - m.fromMs).toBe(169 * 3600_000);
    expect(m.fromMs).toBe(Date.parse('2026-10-18T22:00:00.000Z'));
    expect(m.toMs).toBe(Date.parse('2026-10-25T23:00:00.000Z'));
    expect(m.conversations.map((c) => c.id)).toEqual(['monday', 'repeated-hour', 'sunday']);
    expect(m.conversations.map((c) => c.dateTime)).toEqual([
      '2026-10-19 00:00',
      '2026-10-25 02:30',
      '2026-10-25 23:59',
    ]);
    expect([m.firstDay, m.lastDay, m.dateRange]).toEqual(['2026-10-19', '2026-10-25', '19–25 October 2026']);
  });

  it('spring: 2026-W13 is 167 hours long and keeps both local ends', () => {
    const m = weekWith('2026-W13', [
      ['before', local(2026, 3, 22, 23, 59, 59)],
      ['monday', local(2026, 3, 23, 0, 0, 0)],
      ['sunday', local(2026, 3, 29, 23, 59, 59)],
      ['after', local(2026, 3, 30, 0, 0, 0)],
    ]);
    expect(m.toMs - m.fromMs).toBe(167 * 3600_000);
    expect(m.conversations.map((c) => c.id)).toEqual(['monday', 'sunday']);
    expect(m.totals.conversations).toBe(2);
    expect([m.firstDay, m.lastDay]).toEqual(['2026-03-23', '2026-03-29']);
  });

  it('names a week that spans two years', () => {
    const m = weekWith('2026-W53', []);
    expect(m.dateRange).toBe('28 December 2026 – 3 January 2027');
    expect(m.totals.conversations).toBe(0);
  });
});
