import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decideNudge, isQuietTime, type NudgeSettings } from '../../../shared/rules/nudges';

const settings: NudgeSettings = {
  nudgesEnabled: true,
  nudgeAfterDays: 3,
  quietHoursStart: '20:00',
  quietHoursEnd: '08:00',
  lastNudgeOn: null,
};
const DAY = 86_400_000;

describe('decideNudge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 10, 0)); // Monday 10:00 local
  });
  afterEach(() => vi.useRealTimers());

  const none = { decisions: 0, planSteps: 0 };

  it('nudges when something is owed and no satisfied conversation for N days', () => {
    const now = new Date();
    const lastSatisfiedMs = new Date(2026, 10, 20, 18, 0).getTime(); // Friday: 3 calendar days ago
    expect(decideNudge({ now, settings, owed: 8, lastSatisfiedMs, journalStartMs: 0, dueToday: none })).toEqual({
      owed: { owed: 8, daysSinceSatisfied: 3 },
      due: null,
      keepInTouch: null,
    });
    // Two days is not enough.
    expect(
      decideNudge({
        now,
        settings,
        owed: 8,
        lastSatisfiedMs: lastSatisfiedMs + DAY,
        journalStartMs: 0,
        dueToday: none,
      }),
    ).toBeNull();
    // Nothing owed: no nudge.
    expect(decideNudge({ now, settings, owed: 0, lastSatisfiedMs, journalStartMs: 0, dueToday: none })).toBeNull();
    // Never a satisfied conversation: counted from the journal's first conversation.
    const journalStartMs = new Date(2026, 10, 19, 9, 0).getTime();
    expect(
      decideNudge({ now, settings, owed: 10, lastSatisfiedMs: null, journalStartMs, dueToday: none })?.owed,
    ).toEqual({
      owed: 10,
      daysSinceSatisfied: null,
    });
    // A journal begun today with one complaint is not nagged at once.
    expect(
      decideNudge({ now, settings, owed: 10, lastSatisfiedMs: null, journalStartMs: now.getTime(), dueToday: none }),
    ).toBeNull();
  });

  it('nudges on the due day of a decision or plan step', () => {
    const r = decideNudge({
      now: new Date(),
      settings,
      owed: 0,
      lastSatisfiedMs: null,
      journalStartMs: null,
      dueToday: { decisions: 1, planSteps: 2 },
    });
    expect(r).toEqual({ owed: null, due: { decisions: 1, planSteps: 2 }, keepInTouch: null });
  });

  it('nudges for clients due to talk and "On this day" items, within the same once-a-day limit', () => {
    const input = { owed: 0, lastSatisfiedMs: null, journalStartMs: null, dueToday: none };
    expect(decideNudge({ ...input, now: new Date(), settings, keepInTouch: { dueToTalk: 2, onThisDay: 1 } })).toEqual({
      owed: null,
      due: null,
      keepInTouch: { dueToTalk: 2, onThisDay: 1 },
    });
    expect(
      decideNudge({ ...input, now: new Date(), settings, keepInTouch: { dueToTalk: 0, onThisDay: 0 } }),
    ).toBeNull();
    expect(
      decideNudge({
        ...input,
        now: new Date(),
        settings: { ...settings, lastNudgeOn: '2026-11-23' },
        keepInTouch: { dueToTalk: 2, onThisDay: 1 },
      }),
    ).toBeNull();
    expect(
      decideNudge({
        ...input,
        now: new Date(2026, 10, 23, 21, 0),
        settings,
        keepInTouch: { dueToTalk: 2, onThisDay: 0 },
      }),
    ).toBeNull();
  });

  it('at most once a day, never when switched off', () => {
    const input = { now: new Date(), owed: 5, lastSatisfiedMs: null, journalStartMs: 0, dueToday: none };
    expect(decideNudge({ ...input, settings: { ...settings, lastNudgeOn: '2026-11-23' } })).toBeNull();
    expect(decideNudge({ ...input, settings: { ...settings, lastNudgeOn: '2026-11-22' } })).not.toBeNull();
    expect(decideNudge({ ...input, settings: { ...settings, nudgesEnabled: false } })).toBeNull();
  });

  it('not in quiet hours, which may wrap midnight', () => {
    const input = { owed: 5, lastSatisfiedMs: null, journalStartMs: 0, dueToday: none, settings };
    expect(decideNudge({ ...input, now: new Date(2026, 10, 23, 21, 0) })).toBeNull();
    expect(decideNudge({ ...input, now: new Date(2026, 10, 23, 7, 59) })).toBeNull();
    expect(decideNudge({ ...input, now: new Date(2026, 10, 23, 8, 0) })).not.toBeNull();
    expect(decideNudge({ ...input, now: new Date(2026, 10, 23, 19, 59) })).not.toBeNull();
  });
});

describe('isQuietTime', () => {
  it('handles same-day windows, wrapping windows and empty windows', () => {
    expect(isQuietTime(new Date(2026, 0, 1, 13, 0), '12:00', '14:00')).toBe(true);
    expect(isQuietTime(new Date(2026, 0, 1, 14, 0), '12:00', '14:00')).toBe(false);
    expect(isQuietTime(new Date(2026, 0, 1, 23, 0), '22:00', '06:00')).toBe(true);
    expect(isQuietTime(new Date(2026, 0, 1, 12, 0), '22:00', '06:00')).toBe(false);
    expect(isQuietTime(new Date(2026, 0, 1, 12, 0), '09:00', '09:00')).toBe(false);
    expect(isQuietTime(new Date(2026, 0, 1, 12, 0), 'bad', '09:00')).toBe(false);
  });
});
